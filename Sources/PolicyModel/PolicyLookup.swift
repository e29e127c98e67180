/// Finds the policy a user named: by id, by domain (its newest version), or by file path.
public enum PolicyLookup {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notFound(query: String, nearMatches: [String])

        public var description: String {
            switch self {
            case .notFound(let query, let near):
                near.isEmpty
                    ? "no loaded policy matches '\(query)'"
                    : "no loaded policy matches '\(query)'; did you mean \(near.map { "'\($0)'" }.joined(separator: ", "))?"
            }
        }
    }

    public static func find(_ query: String, in policies: [Policy]) -> Result<Policy, Failure> {
        if let exact = policies.first(where: { $0.id == query }) { return .success(exact) }
        let folded = normalizedDomain(query)
        let byDomain = policies.filter { $0.domain.map(normalizedDomain) == folded }
        if let newest = byDomain.max(by: { ($0.archivedOn?.description ?? "", $0.id) < ($1.archivedOn?.description ?? "", $1.id) }) { return .success(newest) }
        let path = normalizedPath(query)
        if let byPath = policies.first(where: { normalizedPath($0.file) == path || $0.file.hasSuffix("/" + path) }) {
            return .success(byPath)
        }
        if let byCaseInsensitiveID = policies.first(where: { $0.id.lowercased() == query.lowercased() }) {
            return .success(byCaseInsensitiveID)
        }
        return .failure(.notFound(query: query, nearMatches: nearMatches(query, in: policies)))
    }

    /// Up to five ids whose id or domain is close to `query` (edit distance or containment).
    public static func nearMatches(_ query: String, in policies: [Policy]) -> [String] {
        let q = query.lowercased()
        let scored: [(Int, String)] = policies.compactMap { policy in
            let candidates = [policy.id.lowercased()] + (policy.domain.map { [$0.lowercased()] } ?? [])
            let best = candidates.map { c -> Int in
                if c.contains(q) || (q.count >= 4 && q.contains(c)) { return 0 }
                return editDistance(q, c, limit: 4)
            }.min() ?? Int.max
            return best <= 3 ? (best, policy.id) : nil
        }
        return Array(scored.sorted { $0 < $1 }.map(\.1).prefix(5))
    }

    static func normalizedDomain(_ s: String) -> String {
        var d = s.lowercased()
        if d.hasPrefix("www.") { d.removeFirst(4) }
        return d
    }

    static func normalizedPath(_ s: String) -> String {
        var p = s
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            var rowMin = current[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
