import Foundation

/// Runs independent jobs on up to eight tasks (one per core), results in job order.
public enum Parallel {
    /// `body(i)` for `i` in `0..<count`; `done` is told each result as it arrives, on the caller's task.
    public static func map<T: Sendable>(
        _ count: Int, _ body: @escaping @Sendable (Int) -> T, done: (Int, T) -> Void = { _, _ in }
    ) async -> [T] {
        var results = [T?](repeating: nil, count: count)
        let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        await withTaskGroup(of: (Int, T).self) { group in
            var next = 0
            func add() {
                guard next < count else { return }
                let index = next
                next += 1
                group.addTask { (index, body(index)) }
            }
            for _ in 0..<width { add() }
            while let (index, result) = await group.next() {
                results[index] = result
                done(index, result)
                add()
            }
        }
        return results.map { $0! }
    }
}
