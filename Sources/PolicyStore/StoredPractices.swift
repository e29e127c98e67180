import PolicyExtraction
import PolicyModel
import PolicyParsing

/// Practices for catalog entries: read from the store when stamped with the current parser
/// and model versions, else extracted from the decoded body (in parallel) and stored, so the
/// next run reads them.
public enum StoredPractices {
    /// Why a record could not be made.
    public enum Failure: Error {
        /// The policy's body could not be read again (its file went away or became unreadable).
        case body(LoadError)
        /// Making the extractor failed (a bad model file); the caller has reported it.
        case extractor(any Error)
    }

    /// One record per entry, in order. `extractor` is called once, and only when some entry's
    /// practices are not stored.
    public static func records(
        _ entries: [PolicyCatalog.Entry], using use: StoreUse?, extractor: () throws -> PracticeExtractor
    ) async throws(Failure) -> [PracticeRecord] {
        var records: [PracticeRecord?] = entries.map { entry in
            guard let blob = entry.blob else { return nil }
            return use?.attempt { store throws(StoreError) in
                try store.practiceRecord(blob: blob, name: PolicyStore.name(of: entry.listing.file),
                                         id: entry.listing.id, domain: entry.listing.domain)
            } ?? nil
        }
        let missing = entries.indices.filter { records[$0] == nil }
        guard !missing.isEmpty else { return records.map { $0! } }
        let made: PracticeExtractor
        do {
            made = try extractor()
        } catch {
            throw .extractor(error)
        }
        let computed = await Parallel.map(missing.count) { k -> Result<PracticeRecord, LoadError> in
            let entry = entries[missing[k]]
            return StoredCatalog.policy(entry, using: use).map { policy in
                let record = PracticeRecord(made.extract(policy))
                if let blob = entry.blob {
                    _ = use?.attempt { store throws(StoreError) in
                        try store.savePractices(record, of: entry.listing, blob: blob, name: PolicyStore.name(of: entry.listing.file))
                    }
                }
                return record
            }
        }
        for (index, result) in zip(missing, computed) {
            switch result {
            case .success(let record): records[index] = record
            case .failure(let error): throw .body(error)
            }
        }
        return records.map { $0! }
    }
}
