import BrowserCore

/// One kind of key, replayed: `setup` once, then `keys` (each timed) and `reset`, `rounds` times.
struct KeyScript {
    var name: String
    var setup: [Key]
    var keys: [Key]
    var reset: [Key] = []
    var rounds = 1

    static func repeated(_ key: Key, _ n: Int) -> [Key] { Array(repeating: key, count: n) }
}

enum KeyScripts {
    static let toText: [Key] = [.enter, .enter] // list -> tree -> text (first section)

    static let all: [KeyScript] = [
        KeyScript(name: "list j/k (opens each policy)", setup: [],
                  keys: KeyScript.repeated(.char("j"), 300) + KeyScript.repeated(.char("k"), 100)),
        KeyScript(name: "list PgDn/PgUp", setup: [], keys: KeyScript.repeated(.pageDown, 100) + KeyScript.repeated(.pageUp, 50)),
        KeyScript(name: "list G/g (ends of 10k)", setup: [], keys: [.char("G"), .char("g")], rounds: 50),
        KeyScript(name: "list filter typing", setup: [],
                  keys: [.char("/")] + Key.typing("c12.") + KeyScript.repeated(.backspace, 4) + Key.typing("privacy") + [.enter],
                  reset: [.char("/"), .escape], rounds: 20),
        KeyScript(name: "tree j/k", setup: [.char("j"), .char("j"), .tab],
                  keys: KeyScript.repeated(.char("j"), 60) + KeyScript.repeated(.char("k"), 60), rounds: 3),
        KeyScript(name: "tree fold h/l, expand *", setup: [.char("j"), .tab, .char("j")],
                  keys: [.char("h"), .char("l"), .char("*")], rounds: 100),
        KeyScript(name: "tree search typing", setup: [.tab],
                  keys: [.char("/")] + Key.typing("data"), reset: [.escape], rounds: 50),
        KeyScript(name: "text j/k", setup: [.tab, .tab],
                  keys: KeyScript.repeated(.char("j"), 300) + KeyScript.repeated(.char("k"), 300)),
        KeyScript(name: "text PgDn/PgUp, C-d/C-u", setup: [.tab, .tab],
                  keys: KeyScript.repeated(.pageDown, 20) + KeyScript.repeated(.pageUp, 20) + KeyScript.repeated(.ctrl("d"), 20), rounds: 5),
        KeyScript(name: "text ]/[ sections", setup: [.tab, .tab],
                  keys: KeyScript.repeated(.char("]"), 20) + KeyScript.repeated(.char("["), 20), rounds: 5),
        KeyScript(name: "text search typing + n/N", setup: [.tab, .tab],
                  keys: [.char("/")] + Key.typing("information") + [.enter] + KeyScript.repeated(.char("n"), 20) + [.char("N")],
                  reset: [.escape], rounds: 10),
        KeyScript(name: "Tab/S-Tab, z maximise", setup: [], keys: [.tab, .tab, .tab, .backTab, .char("z"), .char("z")], rounds: 50),
        KeyScript(name: "help ? / Esc", setup: [], keys: [.char("?"), .char("j"), .escape], rounds: 50),
        KeyScript(name: ": command typing", setup: [], keys: [.char(":")] + Key.typing("cookies"), reset: [.escape], rounds: 20),
        KeyScript(name: "list s sort (name, date, words, answer, load)", setup: [],
                  keys: KeyScript.repeated(.char("s"), 5), rounds: 10),
        KeyScript(name: "text H highlights, }/{ steps", setup: [.tab, .tab],
                  keys: [.char("H"), .char("H"), .char("H")] + KeyScript.repeated(.char("}"), 10) + KeyScript.repeated(.char("{"), 5), rounds: 10),
        KeyScript(name: "A answers panel, j, A", setup: [.tab, .tab],
                  keys: [.char("A")] + KeyScript.repeated(.char("j"), 5) + [.char("A")], rounds: 20),
        KeyScript(name: "o links / q, y copy", setup: [.tab, .tab], keys: [.char("o"), .char("q"), .char("y")], rounds: 30),
        KeyScript(name: ": command Enter (fuzzy over 10k)", setup: [.char(":")] + Key.typing("cookies"),
                  keys: [.enter], reset: [.char(":")] + Key.typing("cookies"), rounds: 10),
        // Space marks a policy and moves down: 500 marked, then the answer matrix.
        KeyScript(name: "matrix of 500: j l s d d k h t", setup: KeyScript.repeated(.char(" "), 500) + [.char("c")],
                  keys: [.char("j"), .char("l"), .char("s"), .char("d"), .char("d"), .char("k"), .char("h"), .char("t")],
                  rounds: 5),
    ]
}
