/// A set of term ids as a bitmap over the vocabulary: membership is one load and a mask, which
/// matters when every candidate's section title is checked while scoring.
struct TermSet: Sendable {
    private var bits: [UInt64]

    init<S: Sequence>(_ ids: S, termCount: Int) where S.Element == UInt32 {
        bits = Array(repeating: 0, count: termCount / 64 + 1)
        for id in ids where Int(id) < termCount { bits[Int(id) >> 6] |= 1 << UInt64(id & 63) }
    }

    @inline(__always)
    func contains(_ id: UInt32) -> Bool {
        let word = Int(id >> 6)
        return word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }
}
