import Synchronization

/// The distinct section titles (their term sequences), numbered in order of first occurrence,
/// with each section's: scoring keeps one title score per distinct title, and fuzzy section
/// jumps match far fewer strings than there are sections (synthetic and real corpora repeat
/// titles a lot). The titles' words and the sections per title are made on the first jump.
struct SectionTitleCatalog: Sendable {
    /// Per section: its title's number, `UInt32.max` for a section without a title.
    let sectionKey: [UInt32]
    /// Per title: the first section that carries it.
    let firstSection: [UInt32]
    private let texts: Texts

    /// The number of distinct titles.
    var count: Int { firstSection.count }

    init(sections: SectionColumns, vocabulary: Vocabulary) {
        self.init(sections: sections, vocabulary: vocabulary, numbers: Self.number(sections))
    }

    /// The same from ``number(_:)``'s result, made beforehand.
    init(sections: SectionColumns, vocabulary: Vocabulary, numbers: Numbers) {
        (sectionKey, firstSection) = numbers
        texts = Texts(sections: sections, vocabulary: vocabulary, sectionKey: sectionKey, firstSection: firstSection)
    }

    /// Each section's title number and each title's first section.
    typealias Numbers = (sectionKey: [UInt32], firstSection: [UInt32])

    /// Folded title text (words joined by single spaces), its words, and its sections
    /// (ascending), per title.
    var strings: (keys: [String], words: [[String]], members: [[UInt32]]) { texts.made }

    var byteCount: Int { sectionKey.capacity * 4 + firstSection.capacity * 4 + texts.byteCount }

    /// Numbers the distinct term sequences of titled sections through an open-addressing
    /// table of their hashes (a dictionary keyed by slices hashed every term with SipHash and
    /// cost a tenth of reading back a saved index).
    static func number(_ sections: SectionColumns) -> Numbers {
        var sectionKey = [UInt32](repeating: .max, count: sections.count)
        var firstSection: [UInt32] = []
        var keyHash: [UInt64] = []
        var capacity = 16
        while capacity < 2 * sections.count { capacity *= 2 }
        var table = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        sections.titleTerms.withUnsafeBufferPointer { terms in
            sections.titleStart.withUnsafeBufferPointer { start in
                func title(_ s: Int) -> UnsafeBufferPointer<UInt32> {
                    UnsafeBufferPointer(rebasing: terms[Int(start[s])..<Int(start[s + 1])])
                }
                for s in 0..<sections.count where sections.number[s] > 0 {
                    let words = title(s)
                    var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(words.count)
                    for word in words { hash = (hash ^ UInt64(word)) &* 0x0000_0100_0000_01B3 }
                    hash ^= hash >> 29
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let k = Int(table[slot])
                        if k < 0 {
                            table[slot] = Int32(firstSection.count)
                            sectionKey[s] = UInt32(firstSection.count)
                            firstSection.append(UInt32(s))
                            keyHash.append(hash)
                            break
                        }
                        if keyHash[k] == hash, title(Int(firstSection[k])).elementsEqual(words) {
                            sectionKey[s] = UInt32(k)
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        return (sectionKey, firstSection)
    }

    /// The titles' strings and members, made once, on first use.
    private final class Texts: Sendable {
        private let sections: SectionColumns
        private let vocabulary: Vocabulary
        private let sectionKey: [UInt32]
        private let firstSection: [UInt32]
        private let cache = Mutex<(keys: [String], words: [[String]], members: [[UInt32]])?>(nil)

        init(sections: SectionColumns, vocabulary: Vocabulary, sectionKey: [UInt32], firstSection: [UInt32]) {
            self.sections = sections
            self.vocabulary = vocabulary
            self.sectionKey = sectionKey
            self.firstSection = firstSection
        }

        var made: (keys: [String], words: [[String]], members: [[UInt32]]) {
            cache.withLock { cache in
                if let cache { return cache }
                var members = [[UInt32]](repeating: [], count: firstSection.count)
                for (s, k) in sectionKey.enumerated() where k != .max { members[Int(k)].append(UInt32(s)) }
                let words = firstSection.map { s in sections.title(Int(s)).map { vocabulary.table.word(Int($0)) } }
                let made = (words.map { $0.joined(separator: " ") }, words, members)
                cache = made
                return made
            }
        }

        var byteCount: Int {
            cache.withLock { cache in
                guard let (keys, words, members) = cache else { return 0 }
                return keys.reduce(keys.capacity * 16) { $0 + $1.utf8.count }
                    + words.reduce(words.capacity * 8) { $0 + $1.capacity * 16 + $1.reduce(0) { $0 + $1.utf8.count } }
                    + members.reduce(members.capacity * 8) { $0 + $1.capacity * 4 + 32 }
            }
        }
    }
}
