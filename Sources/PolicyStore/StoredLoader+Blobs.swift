import PolicyModel
import PolicyParsing

extension StoredLoader {
    /// A parsed blob, or why it could not be read or parsed (one line).
    public enum BlobOutcome: Sendable {
        case loaded(Policy, warnings: [String])
        case failed(String)
    }

    /// The policy of the blob `blob` (its git blob id) read as the file `file`: decoded from the
    /// store when it holds that blob under that file name, else `bytes()` read, parsed and
    /// stored. Without a store every blob is read and parsed.
    public static func loadBlob(_ blob: String, file: String, using use: StoreUse?,
                                bytes: () throws -> [UInt8]) -> BlobOutcome {
        let name = PolicyStore.name(of: file)
        if let use, let stored = use.attempt({ store throws(StoreError) in try store.parsed(blob: blob, name: name) }) ?? nil,
           let policy = PolicyCoding.decode(stored.body, file: file) {
            return .loaded(policy, warnings: stored.warnings)
        }
        let data: [UInt8]
        do { data = try bytes() } catch { return .failed(String(describing: error)) }
        let result: PolicyParser.Result
        do { result = try PolicyParser.parse(data, file: file) } catch { return .failed(error.description) }
        _ = use?.attempt { store throws(StoreError) in
            try store.save(blob: blob, name: name, size: data.count, policy: result.policy, warnings: result.warnings)
        }
        return .loaded(result.policy, warnings: result.warnings)
    }
}
