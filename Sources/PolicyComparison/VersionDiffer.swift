import PolicyModel

/// Compares two versions of a policy: pairs their sections, then diffs the paired sections'
/// sentences, and reworded sentences word by word.
public enum VersionDiffer {
    /// A section's own sentences with the key used to pair it across versions.
    struct Unit: Sendable {
        var location: SectionLocation
        var key: String
        var sentences: [String]
    }

    /// One version made ready to diff: its sections' sentences and title keys, computed once,
    /// so that a history's consecutive steps (each version is the new side of one step and the
    /// old side of the next) share them. Diffs equal ``diff(old:new:)``'s.
    public struct Prepared: Sendable {
        public let id: String
        let units: [Unit]

        public init(_ policy: Policy) {
            id = policy.id
            units = VersionDiffer.units(of: policy)
        }
    }

    public static func diff(old: Policy, new: Policy) -> VersionDiff {
        diff(Prepared(old), Prepared(new))
    }

    /// The diff of two prepared versions.
    public static func diff(_ old: Prepared, _ new: Prepared) -> VersionDiff {
        let a = old.units, b = new.units
        let pairs = pair(a, b)
        var changes: [SectionChange] = []
        var unchanged = 0
        var matchedOld = Set<Int>()
        for (j, unit) in b.enumerated() {
            guard let i = pairs[j] else {
                changes.append(SectionChange(kind: .added, old: nil, new: unit.location,
                                             sentences: unit.sentences.map { SentenceChange(kind: .added, old: nil, new: $0) }))
                continue
            }
            matchedOld.insert(i)
            let sentenceChanges = diffSentences(a[i].sentences, unit.sentences)
            if sentenceChanges.isEmpty {
                unchanged += 1
            } else {
                changes.append(SectionChange(kind: .changed, old: a[i].location, new: unit.location, sentences: sentenceChanges))
            }
        }
        for (i, unit) in a.enumerated() where !matchedOld.contains(i) {
            changes.append(SectionChange(kind: .removed, old: unit.location, new: nil,
                                         sentences: unit.sentences.map { SentenceChange(kind: .removed, old: $0, new: nil) }))
        }
        return VersionDiff(oldID: old.id, newID: new.id, sections: changes, unchangedCount: unchanged)
    }

    static func units(of policy: Policy) -> [Unit] {
        policy.visibleSections.map { section in
            Unit(location: section.location, key: titleKey(section.displayTitle), sentences: section.blocks.flatMap(\.sentenceTexts))
        }
    }

    /// The words of a unit's text, lower-cased, for pairing sections whose titles differ.
    static func words(_ unit: Unit) -> Set<String> {
        Set(unit.sentences.flatMap { $0.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init) })
    }

    /// A title without numbering, case or punctuation, so `2. Cookies` pairs with `3) COOKIES`.
    static func titleKey(_ title: String) -> String {
        let letters = title.lowercased().drop { !$0.isLetter }
        return String(letters.filter { $0.isLetter || $0.isNumber })
    }

    /// For each new unit, the old unit it continues: same title key first (in order), then the
    /// most similar remaining text (Jaccard of words >= 0.5).
    static func pair(_ a: [Unit], _ b: [Unit]) -> [Int?] {
        var byKey: [String: [Int]] = [:]
        for (i, u) in a.enumerated() { byKey[u.key, default: []].append(i) }
        var result = [Int?](repeating: nil, count: b.count)
        var used = Set<Int>()
        for (j, u) in b.enumerated() {
            if var queue = byKey[u.key], !queue.isEmpty {
                let i = queue.removeFirst()
                byKey[u.key] = queue
                result[j] = i
                used.insert(i)
            }
        }
        // Words only for the units left: most sections keep their titles from one version to the next.
        let freeOld = a.indices.filter { !used.contains($0) }.prefix(300)
        guard !freeOld.isEmpty, result.contains(nil) else { return result }
        let oldWords = Dictionary(uniqueKeysWithValues: freeOld.map { ($0, words(a[$0])) })
        for j in b.indices where result[j] == nil {
            var best: (Int, Double)?
            let newWords = words(b[j])
            for i in freeOld where !used.contains(i) {
                let s = jaccard(oldWords[i]!, newWords)
                if s >= 0.5, s > (best?.1 ?? 0) { best = (i, s) }
            }
            if let (i, _) = best { result[j] = i; used.insert(i) }
        }
        return result
    }

    static func jaccard(_ x: Set<String>, _ y: Set<String>) -> Double {
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }

    /// Sentence edits; a removed sentence followed by an added one that shares most words is a rewording.
    static func diffSentences(_ old: [String], _ new: [String]) -> [SentenceChange] {
        guard let ops = SequenceDiff.diff(old, new, maxEdits: 1_000) else {
            return old.map { SentenceChange(kind: .removed, old: $0, new: nil) } + new.map { SentenceChange(kind: .added, old: nil, new: $0) }
        }
        var out: [SentenceChange] = []
        var removed: [String] = [], added: [String] = []
        func flush() {
            var r = removed[...], a = added[...]
            while let o = r.first, let n = a.first {
                let words = { (s: String) in Set(s.lowercased().split(whereSeparator: \.isWhitespace)) }
                let ow = words(o), nw = words(n)
                let similarity = Double(ow.intersection(nw).count) / Double(max(1, ow.union(nw).count))
                guard similarity >= 0.4 else { break }
                out.append(SentenceChange(kind: .changed, old: o, new: n, words: WordDiff(old: o, new: n)))
                r = r.dropFirst(); a = a.dropFirst()
            }
            out += r.map { SentenceChange(kind: .removed, old: $0, new: nil) }
            out += a.map { SentenceChange(kind: .added, old: nil, new: $0) }
            removed = []; added = []
        }
        for op in ops {
            switch op {
            case .same: flush()
            case .removed(let s): removed.append(s)
            case .added(let s): added.append(s)
            }
        }
        flush()
        return out
    }
}
