import PolicyModel

/// The loaded documents' histories, and the ways a user names a version of one.
public struct HistoryCatalog: Sendable {
    public let histories: [DocumentHistory]
    private let byVersionID: [String: (history: Int, version: Int)]
    private let byPolicyID: [String: (history: Int, version: Int)]

    public init(_ histories: [DocumentHistory]) {
        self.histories = histories
        let count = histories.reduce(0) { $0 + $1.versions.count }
        // Typed as the properties are (labelled tuples): otherwise each is copied on assignment.
        var versions = [String: (history: Int, version: Int)](minimumCapacity: count)
        var policies = [String: (history: Int, version: Int)](minimumCapacity: count)
        for (h, history) in histories.enumerated() {
            for (v, version) in history.versions.enumerated() {
                versions[version.id] = (h, v)
                if let p = version.policyID { policies[p] = (h, v) }
            }
        }
        byVersionID = versions
        byPolicyID = policies
    }

    /// The history of the document `typed` names (see ``DocumentName/matches(_:)``).
    public func history(named typed: String) -> DocumentHistory? {
        let key = DocumentName.parse(typed).key
        return histories.first { $0.document.key == key }
    }

    /// The version with this exact id.
    public func version(id: String) -> Version? {
        byVersionID[id].map { histories[$0.history].versions[$0.version] }
    }

    /// The history and version that hold the loaded policy `policyID`.
    public func version(ofPolicy policyID: String) -> (history: DocumentHistory, version: Version)? {
        byPolicyID[policyID].map { (histories[$0.history], histories[$0.history].versions[$0.version]) }
    }

    /// Each document's newest version on or before `date` (documents that did not exist yet
    /// left out), in the catalog's order.
    public func versions(at date: ArchiveDate) -> [Version] {
        histories.compactMap { $0.version(onOrBefore: date) }
    }

    /// The version a POLICY argument names: an exact version id; `DOC@DATE` that is no id (the
    /// newest on or before DATE); `DOC@~N` (N versions before the newest); or a document
    /// name alone (its newest version, or the one in force on `at`).
    public func resolve(_ query: String, at: ArchiveDate? = nil) -> Result<Version, HistoryLookupError> {
        if let exact = version(id: query) { return .success(exact) }
        if let folded = histories.lazy.flatMap(\.versions).first(where: { $0.id.lowercased() == query.lowercased() }) {
            return .success(folded)
        }
        guard let atSign = query.lastIndex(of: "@") else {
            guard let history = history(named: query) else { return .failure(.noDocument(query: query, nearMatches: nearMatches(query))) }
            if let at {
                guard let v = history.version(onOrBefore: at) else { return .failure(.noVersionBefore(history.document.description, at)) }
                return .success(v)
            }
            return .success(history.newest)
        }
        let name = String(query[..<atSign]), spec = String(query[query.index(after: atSign)...])
        guard let history = history(named: name) else { return .failure(.noDocument(query: name, nearMatches: nearMatches(name))) }
        if spec.hasPrefix("~") {
            guard let steps = Int(spec.dropFirst()), steps >= 0 else { return .failure(.badVersion(query)) }
            guard let v = history.version(stepsBeforeNewest: steps) else {
                return .failure(.tooFewVersions(history.document.description, steps: steps, count: history.versions.count))
            }
            return .success(v)
        }
        guard let date = ArchiveDate(spec) else { return .failure(.badVersion(query)) }
        guard let v = history.version(onOrBefore: date) else { return .failure(.noVersionBefore(history.document.description, date)) }
        return .success(v)
    }

    /// Up to five document names that contain `query` or that it contains, ignoring case.
    public func nearMatches(_ query: String) -> [String] {
        let q = DocumentName.parse(query).key
        guard q.count >= 2 else { return [] }
        return Array(histories.map(\.document).filter { $0.key.contains(q) || q.contains($0.key) }.map(\.description).prefix(5))
    }
}

/// Why a version could not be found; each prints as one line.
public enum HistoryLookupError: Error, Equatable, CustomStringConvertible {
    case noDocument(query: String, nearMatches: [String])
    case noVersionBefore(String, ArchiveDate)
    case tooFewVersions(String, steps: Int, count: Int)
    case badVersion(String)

    public var description: String {
        switch self {
        case .noDocument(let query, let near):
            near.isEmpty ? "no loaded document matches '\(query)'"
                : "no loaded document matches '\(query)'; did you mean \(near.map { "'\($0)'" }.joined(separator: ", "))?"
        case .noVersionBefore(let document, let date):
            "\(document) has no version on or before \(date)"
        case .tooFewVersions(let document, let steps, let count):
            "\(document) has \(count) version(s): ~\(steps) goes past the oldest (~\(count - 1))"
        case .badVersion(let query):
            "'\(query)': after '@' give a version date (YYYY-MM-DD), a version id or ~N"
        }
    }
}
