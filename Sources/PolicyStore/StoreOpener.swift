/// Opening the store for a command, so that no fault of the store stops the command: a
/// corrupt, truncated or foreign file is set aside and a new store made in its place; a newer
/// store, a read-only folder or any other failure means working from memory. Each case is
/// one warning line.
public enum StoreOpener {
    /// The store at `path`, or nil (after `warn`) when the command must do without one.
    public static func open(
        _ path: String, stamps: Stamps = Stamps(), pageLimit: Int? = nil, warn: (String) -> Void
    ) -> PolicyStore? {
        do {
            return try PolicyStore(path: path, stamps: stamps, pageLimit: pageLimit)
        } catch .notAStore(_, let reason) {
            let aside = StoreFile.setAside(path)
            do {
                let store = try PolicyStore(path: path, stamps: stamps, pageLimit: pageLimit)
                warn("the store \(path) was unreadable (\(reason)); set aside as \(aside) and started afresh")
                return store
            } catch {
                warn("the store \(path) was unreadable (\(reason)) and set aside as \(aside); \(error.description); working from memory")
                return nil
            }
        } catch .newerSchema(let path, let found, let supported) {
            warn("the store \(path) has schema version \(found), written by a newer policyscope; this one reads version \(supported); working from memory")
            return nil
        } catch {
            warn("\(error.description); working from memory")
            return nil
        }
    }
}
