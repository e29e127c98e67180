import Foundation

/// Warnings gathered while the terminal belongs to the browser (the store's faults), to be
/// shown with the load problems instead of being written over the screen.
final class CollectedWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []

    @Sendable func add(_ message: String) {
        lock.withLock { collected.append(message) }
    }

    /// Each as a load problem line: `warning: MESSAGE`.
    var problems: [String] {
        lock.withLock { collected.map { "warning: \($0)" } }
    }
}
