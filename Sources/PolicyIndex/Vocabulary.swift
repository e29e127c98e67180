/// The index's words: surface forms (folded, unstemmed), their English stems, and a sorted view
/// for prefix queries.
///
/// Postings are kept per surface form. A plain query term expands to every English surface form
/// with the same Snowball stem, plus the exact form in non-English policies (which are not
/// stemmed); a prefix expands to every form that starts with it; a phrase word matches its exact
/// form only.
struct Vocabulary: Sendable {
    let table: TermTable
    /// English stem -> English surface ids.
    let stemGroups: [String: [UInt32]]
    /// All term ids in byte order of their words.
    let sorted: [UInt32]

    init(table: TermTable) {
        self.table = table
        var groups: [String: [UInt32]] = [:]
        if let stemmer = SnowballStemmer() {
            groups.reserveCapacity(table.count / 2)
            for id in 0..<table.count where table.english[id] {
                groups[table.withBytes(of: id, stemmer.stem), default: []].append(UInt32(id))
            }
        }
        stemGroups = groups
        sorted = Self.byteOrder(table)
    }

    /// Term ids in byte order of their words: sorted by their first eight bytes as one
    /// number, then, among equal ones, by the rest.
    private static func byteOrder(_ table: TermTable) -> [UInt32] {
        var keyed: [(head: UInt64, id: UInt32)] = (0..<table.count).map { id in
            table.withBytes(of: id) { bytes in
                var head: UInt64 = 0
                for k in 0..<8 { head = head << 8 | UInt64(k < bytes.count ? bytes[k] : 0) }
                return (head, UInt32(id))
            }
        }
        keyed.sort { a, b in
            if a.head != b.head { return a.head < b.head }
            return table.withBytes(of: Int(a.id)) { x in
                table.withBytes(of: Int(b.id)) { y in x.lexicographicallyPrecedes(y) }
            }
        }
        return keyed.map(\.id)
    }

    /// Surface ids a plain term matches.
    func surfaces(term word: String, stemmer: SnowballStemmer?) -> [UInt32] {
        var out = stemmer.flatMap { stemGroups[$0.stem(word)] } ?? []
        if stemmer == nil, let english = table.find(word, english: true) { out.append(UInt32(english)) }
        if let other = table.find(word, english: false) { out.append(UInt32(other)) }
        return out
    }

    /// Surface ids of exactly this folded word.
    func surfaces(exact word: String) -> [UInt32] {
        [table.find(word, english: true), table.find(word, english: false)].compactMap { $0.map(UInt32.init) }
    }

    /// Surface ids of every word starting with `prefix`.
    func surfaces(prefix: String) -> [UInt32] {
        let key = Array(prefix.utf8)
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let less = table.withBytes(of: Int(sorted[mid])) { $0.lexicographicallyPrecedes(key) }
            if less { lo = mid + 1 } else { hi = mid }
        }
        var out: [UInt32] = []
        while lo < sorted.count {
            let id = sorted[lo]
            let matches = table.withBytes(of: Int(id)) { $0.starts(with: key) }
            guard matches else { break }
            out.append(id)
            lo += 1
        }
        return out
    }

    var byteCount: Int {
        table.byteCount + sorted.capacity * 4
            + stemGroups.reduce(stemGroups.capacity * 32) { $0 + $1.key.utf8.count + $1.value.capacity * 4 + 32 }
    }
}
