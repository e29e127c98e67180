import Foundation

/// A store as one load uses it: the first failure (a full disk, a read-only folder, a file
/// that turns out corrupt, which is then set aside) is reported once through `warn`, and from
/// then on the load goes on from memory alone.
public final class StoreUse: @unchecked Sendable {
    private let lock = NSLock()
    private var current: PolicyStore?
    private let warn: @Sendable (String) -> Void

    public init(_ store: PolicyStore?, warn: @escaping @Sendable (String) -> Void) {
        current = store
        self.warn = warn
    }

    /// The store while it still works.
    public var store: PolicyStore? { lock.withLock { current } }

    /// Runs `body` on the store; on failure warns (once) and stops using it. Nil when there
    /// is no store any more, or the call failed.
    public func attempt<T>(_ body: (PolicyStore) throws(StoreError) -> T) -> T? {
        guard let store else { return nil }
        do {
            return try body(store)
        } catch {
            let first: Bool = lock.withLock {
                defer { current = nil }
                return current != nil
            }
            guard first else { return nil }
            if case .notAStore(let path, _) = error {
                // Found damaged part-way: the next command starts a new store.
                warn("\(error.description); set aside as \(StoreFile.setAside(path)); working from memory")
            } else {
                warn("\(error.description); working from memory")
            }
            return nil
        }
    }
}
