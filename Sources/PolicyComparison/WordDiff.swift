/// A word-level comparison of two sentences or passages.
public struct WordDiff: Equatable, Sendable {
    public var ops: [DiffOp<String>]

    /// Splits on white space and diffs the words; a passage too different to align becomes one
    /// removal followed by one addition.
    public init(old: String, new: String) {
        let a = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = new.split(whereSeparator: \.isWhitespace).map(String.init)
        ops = SequenceDiff.diff(a, b, maxEdits: 2_000) ?? (a.map { .removed($0) } + b.map { .added($0) })
    }

    public var hasChanges: Bool {
        ops.contains { if case .same = $0 { false } else { true } }
    }

    /// `[-old-]{+new+}` marks around changed runs, as `git diff --word-diff` prints them.
    public var marked: String {
        var out: [String] = []
        var removed: [String] = [], added: [String] = []
        func flush() {
            if !removed.isEmpty { out.append("[-" + removed.joined(separator: " ") + "-]") }
            if !added.isEmpty { out.append("{+" + added.joined(separator: " ") + "+}") }
            removed = []; added = []
        }
        for op in ops {
            switch op {
            case .same(let w): flush(); out.append(w)
            case .removed(let w): removed.append(w)
            case .added(let w): added.append(w)
            }
        }
        flush()
        return out.joined(separator: " ")
    }
}
