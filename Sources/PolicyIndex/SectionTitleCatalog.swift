/// The distinct section titles (as folded words), each with the sections that carry it, for
/// fuzzy section jumps: synthetic and real corpora repeat titles a lot, so matching runs over
/// far fewer strings than there are sections.
struct SectionTitleCatalog: Sendable {
    /// Folded title text: words joined by single spaces.
    let keys: [String]
    /// The key's words.
    let words: [[String]]
    /// Sections (global ids, ascending) per key.
    let members: [[UInt32]]

    init(sections: SectionColumns, vocabulary: Vocabulary) {
        var byTerms: [ArraySlice<UInt32>: Int] = [:]
        var members: [[UInt32]] = []
        var keys: [String] = [], words: [[String]] = []
        for s in 0..<sections.count where sections.number[s] > 0 {
            let terms = sections.title(s)
            if let k = byTerms[terms] {
                members[k].append(UInt32(s))
            } else {
                byTerms[terms] = keys.count
                let w = terms.map { vocabulary.table.word(Int($0)) }
                words.append(w)
                keys.append(w.joined(separator: " "))
                members.append([UInt32(s)])
            }
        }
        self.keys = keys
        self.words = words
        self.members = members
    }

    var byteCount: Int {
        keys.reduce(keys.capacity * 16) { $0 + $1.utf8.count }
            + words.reduce(words.capacity * 8) { $0 + $1.capacity * 16 + $1.reduce(0) { $0 + $1.utf8.count } }
            + members.reduce(members.capacity * 8) { $0 + $1.capacity * 4 + 32 }
    }
}
