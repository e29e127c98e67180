import PolicyExtraction
import PolicyHistory
import PolicyModel

/// Where the browser's histories come from, and how their versions are read and extracted
/// (the shell plugs in here: `Adapters/HistoryVersionReader`). BrowserCore itself reads no
/// file; without a reader the loaded policies are the versions (``FileVersions``) and the
/// ``PracticeSource`` extracts them one by one.
public protocol VersionReader: Sendable {
    /// The version records of the loaded policies (document and date of each), plus any
    /// versions a source knows that are not loaded (a git history's older commits).
    func records(for policies: [Policy]) -> [VersionRecord]
    /// The text of a version that is no loaded policy; nil when it cannot be read.
    func policy(of version: Version) -> Policy?
    /// Reads and extracts `count` versions of one document, in the order given (nearest
    /// first): each one's text from `text` (nil: it cannot be read), its answers reusing what
    /// versions share (``ExtractionMemo``). Calls `done` with each one's position, its text and
    /// its summary (nil when unreadable, or when nothing can extract) as soon as it is known,
    /// from any thread. Once `done` returns false (the view closed), stops taking more.
    func extract(_ count: Int, reading text: @Sendable (Int) -> Policy?, done: @Sendable (Int, Policy?, PracticeSummary?) -> Bool)
}

/// The loaded documents' histories, rebuilt when the loaded policies have changed.
struct BrowserHistory: Sendable {
    var reader: (any VersionReader)? { didSet { builtFor = -1 } }
    /// Extracts versions when there is no ``reader``.
    var practices: (any PracticeSource)?
    private(set) var catalog = HistoryCatalog([])
    /// The policy count the catalog was built for (-1: never built).
    private var builtFor = -1

    /// Builds the catalog again at the next ``update(_:practices:)`` (a policy's text came in).
    mutating func forget() {
        builtFor = -1
    }

    /// Builds the catalog again when policies were added since the last build.
    mutating func update(_ policies: [Policy], practices source: (any PracticeSource)?) {
        practices = source
        guard builtFor != policies.count else { return }
        builtFor = policies.count
        let records = reader?.records(for: policies) ?? FileVersions.records(policies, contents: VersionContent.keys(policies))
        catalog = HistoryCatalog(HistoryBuilder.histories(records))
    }

    /// The text of `version`: the loaded policy, else what the reader reads.
    func policy(of version: Version, in policies: [Policy], index: [String: Int]) -> Policy? {
        if let id = version.policyID, let i = index[id] { return policies[i] }
        return reader?.policy(of: version)
    }

    /// Whether versions' answers can be extracted (a reader, or a practice source).
    var canExtract: Bool { reader != nil || practices != nil }

    /// Reads and extracts versions through the reader, else one by one through the practice
    /// source (see ``VersionReader/extract(_:reading:done:)``).
    func extract(_ count: Int, reading text: @Sendable (Int) -> Policy?, done: @Sendable (Int, Policy?, PracticeSummary?) -> Bool) {
        if let reader {
            reader.extract(count, reading: text, done: done)
            return
        }
        for i in 0..<count {
            let policy = text(i)
            if !done(i, policy, policy.flatMap { p in practices?.summary(for: p) }) { break }
        }
    }
}

extension BrowserState {
    /// Plugs in where versions come from (the shell's reader of files and git histories).
    public mutating func readVersions(with reader: any VersionReader) {
        history.reader = reader
    }

    /// The loaded documents' histories (built now if the loaded policies changed).
    public mutating func historyCatalog() -> HistoryCatalog {
        history.update(policies, practices: practiceSource)
        return history.catalog
    }
}

/// Content keys of loaded policies, for ``FileVersions/records(_:contents:)``.
public enum VersionContent {
    /// Policy id -> a key equal for equal texts (title, preamble, sections), so that a version
    /// going back to an earlier text is seen (``Version/returnsTo``) without reading files.
    public static func keys(_ policies: [Policy]) -> [String: String] {
        Dictionary(policies.map { p in
            var h = Hasher()
            h.combine(p.title)
            h.combine(p.preamble)
            h.combine(p.sections)
            return (p.id, String(h.finalize(), radix: 16))
        }, uniquingKeysWith: { a, _ in a })
    }
}
