import Glibc

/// Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2019;`).
enum HTMLEntities {
    /// The named references that occur in scraped policies; unknown names are kept as written.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "copy": "©", "reg": "®", "trade": "™", "sect": "§", "para": "¶", "middot": "·",
        "bull": "•", "hellip": "…", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’",
        "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»",
        "lsaquo": "‹", "rsaquo": "›", "dagger": "†", "Dagger": "‡", "permil": "‰", "euro": "€",
        "pound": "£", "yen": "¥", "cent": "¢", "deg": "°", "plusmn": "±", "times": "×",
        "divide": "÷", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²",
        "sup3": "³", "micro": "µ", "iexcl": "¡", "iquest": "¿", "shy": "\u{00AD}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}",
        "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}", "ordf": "ª", "ordm": "º",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å",
        "AElig": "Æ", "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë",
        "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï", "Ntilde": "Ñ", "Ograve": "Ò",
        "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù",
        "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý", "szlig": "ß", "agrave": "à",
        "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ",
        "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì",
        "iacute": "í", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "ograve": "ò", "oacute": "ó",
        "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù", "uacute": "ú",
        "ucirc": "û", "uuml": "ü", "yacute": "ý", "yuml": "ÿ", "OElig": "Œ", "oelig": "œ",
        "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "fnof": "ƒ", "circ": "ˆ", "tilde": "˜",
    ]

    /// Decodes one reference such as `&amp;`; anything unrecognised comes back unchanged.
    static func decode(_ reference: String) -> String {
        guard reference.hasPrefix("&"), reference.hasSuffix(";"), reference.count >= 3 else { return reference }
        let body = reference.dropFirst().dropLast()
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32? = if digits.first == "x" || digits.first == "X" {
                UInt32(digits.dropFirst(), radix: 16)
            } else {
                UInt32(digits, radix: 10)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return named[String(body)] ?? reference
    }

    /// `bytes` with a semicolon after every `&apos` that lacks one, as some HTML exports write
    /// it ("don&apost", "users&apos data"), so that it is read as an apostrophe. A `memchr`
    /// pass over the ampersands when there is none.
    static func terminatingBareApostrophes(_ bytes: [UInt8]) -> [UInt8] {
        var hits: [Int] = []
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count, let hit = memchr(base + offset, Int32(UInt8(ascii: "&")), raw.count - offset) {
                let at = base.distance(to: UnsafeRawPointer(hit))
                offset = at + 1
                guard at + 5 <= raw.count, raw[at + 1] == UInt8(ascii: "a"), raw[at + 2] == UInt8(ascii: "p"),
                      raw[at + 3] == UInt8(ascii: "o"), raw[at + 4] == UInt8(ascii: "s") else { continue }
                if apostropheEnds(UnsafeRawBufferPointer(rebasing: raw[(at + 5)...])) { hits.append(at + 5) }
            }
        }
        guard !hits.isEmpty else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + hits.count)
        var start = 0
        for end in hits {
            out += bytes[start..<end]
            out.append(UInt8(ascii: ";"))
            start = end
        }
        out += bytes[start...]
        return out
    }

    /// Whether the bytes after a bare `&apos` read as what follows an apostrophe: nothing, or
    /// a contraction's tail ("s", "t", "ll", "re", "ve", "d", "m"), before anything but a letter,
    /// a digit, `;` or `=` ("&apostrophe=2" in a link stays as written).
    private static func apostropheEnds(_ rest: UnsafeRawBufferPointer) -> Bool {
        func isWordByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x3B || b == 0x3D
        }
        var letters = 0
        while letters < rest.count, letters < 3, (rest[letters] | 0x20) >= 0x61, (rest[letters] | 0x20) <= 0x7A { letters += 1 }
        if letters < rest.count, isWordByte(rest[letters]) { return false }
        if letters == 0 { return rest.isEmpty || !isWordByte(rest[0]) }
        let tail = String(decoding: rest[0..<letters], as: UTF8.self).lowercased()
        return ["s", "t", "ll", "re", "ve", "d", "m"].contains(tail)
    }

    /// Decodes every reference inside `text` (for text that did not pass through md4c).
    static func decodeAll(in text: String) -> String {
        // A byte test: where no character is "&" the loop below gives the text back unchanged.
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = text[...]
        // `&` found as a byte (a Character search walks grapheme clusters); one that a combining
        // mark joins into another character is no reference, as the Character search had it.
        while let amp = rest.utf8.firstIndex(of: UInt8(ascii: "&")) {
            guard rest[amp...].first == "&" else {
                let next = rest.index(after: amp)
                out += rest[..<next]
                rest = rest[next...]
                continue
            }
            out += rest[..<amp]
            let tail = rest[amp...]
            if let semi = tail.prefix(12).firstIndex(of: ";") {
                let candidate = String(tail[...semi])
                let decoded = decode(candidate)
                if decoded != candidate {
                    out += decoded
                    rest = tail[tail.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = tail.dropFirst()
        }
        out += rest
        return out
    }
}
