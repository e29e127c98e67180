import Foundation

/// Rows written by parallel workers, each index by exactly one of them.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var rows: [[Float]]

    init(count: Int) { rows = Array(repeating: [], count: count) }

    func set(_ index: Int, _ row: [Float]) { lock.withLock { rows[index] = row } }

    var values: [[Float]] { lock.withLock { rows } }
}

/// Hands out batch indices to workers, each once.
final class BatchCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below count: Int) -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
    }
}
