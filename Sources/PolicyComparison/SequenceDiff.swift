/// One step of an edit script turning `old` into `new`.
public enum DiffOp<Element: Equatable & Sendable>: Equatable, Sendable {
    case same(Element)
    case removed(Element)
    case added(Element)
}

/// Myers' O((N+M)·D) shortest edit script between two sequences.
public enum SequenceDiff {
    /// The edit script, or nil when the sequences differ in more than `maxEdits` places (the
    /// caller then shows a whole replacement instead of spending quadratic time and memory).
    public static func diff<E: Equatable & Sendable>(_ old: [E], _ new: [E], maxEdits: Int = 4_000) -> [DiffOp<E>]? {
        // Common prefix and suffix cost nothing and keep D small for the usual small edits.
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        guard let middle = myers(a, b, maxEdits: maxEdits) else { return nil }
        return old[..<prefix].map { .same($0) } + middle + old[(old.count - suffix)...].map { .same($0) }
    }

    private static func myers<E: Equatable & Sendable>(_ a: [E], _ b: [E], maxEdits: Int) -> [DiffOp<E>]? {
        let n = a.count, m = b.count
        if n == 0 { return b.map { .added($0) } }
        if m == 0 { return a.map { .removed($0) } }
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...limit {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { found = true; break outer }
            }
        }
        guard found else { return nil }
        // Walk the trace back from (n, m).
        var ops: [DiffOp<E>] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let vd = trace[d]
            let k = x - y
            let prevK = (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1
            let prevX = d == 0 ? 0 : vd[offset + prevK]
            let prevY = prevX - prevK
            while x > prevX, y > prevY {
                ops.append(.same(a[x - 1]))
                x -= 1; y -= 1
            }
            if d > 0 {
                if x == prevX { ops.append(.added(b[y - 1])) } else { ops.append(.removed(a[x - 1])) }
            }
            x = prevX; y = prevY
        }
        return ops.reversed()
    }
}
