import PolicyModel

/// Compares two versions of a policy: pairs their sections, then diffs the paired sections'
/// sentences, and reworded sentences word by word.
public enum VersionDiffer {
    /// A section's own sentences with the key used to pair it across versions.
    struct Unit {
        var location: SectionLocation
        var key: String
        var sentences: [String]
        var words: Set<String>
    }

    public static func diff(old: Policy, new: Policy) -> VersionDiff {
        let a = units(of: old), b = units(of: new)
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
            let sentences = section.blocks.flatMap(\.sentenceTexts)
            let words = Set(sentences.flatMap { $0.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init) })
            return Unit(location: section.location, key: titleKey(section.displayTitle), sentences: sentences, words: words)
        }
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
        let freeOld = a.indices.filter { !used.contains($0) }.prefix(300)
        for j in b.indices where result[j] == nil {
            var best: (Int, Double)?
            for i in freeOld where !used.contains(i) {
                let s = jaccard(a[i].words, b[j].words)
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
