/// The fuzz targets: each takes one input's bytes, runs one decoder or parser on it and checks
/// what came out, trapping (so that libFuzzer keeps the input) when an invariant fails. The
/// executables in `Fuzz/` call ``run(_:)``; the tests replay the committed crash inputs
/// through the same call.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Markdown and plain text -> `Policy` (`PolicyParser.parse`).
    case parser
    /// The corpus header line (`CorpusHeaderLine.read`).
    case header
    /// Search query syntax, then a search over a small index.
    case query
    /// `classify` input lines -> segment text -> prediction -> JSON line.
    case classify
    /// The classifier model file (`ModelFileFormat.decode`, checksum fixed up first).
    case model
    /// The store's binary forms of a policy and of its practices (`PolicyCoding`, `PracticeCoding`).
    case store
    /// Raw git tree objects: entries, their names as paths, the documents those name.
    case gittree
    /// Git revisions (`TIME<TAB>PATH<TAB>TITLE` lines) -> records -> histories -> lookups.
    case history

    /// Runs the target on one input.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .parser: ParserFuzz.run(bytes)
        case .header: HeaderFuzz.run(bytes)
        case .query: QueryFuzz.run(bytes)
        case .classify: ClassifyFuzz.run(bytes)
        case .model: ModelFuzz.run(bytes)
        case .store: StoreFuzz.run(bytes)
        case .gittree: GitTreeFuzz.run(bytes)
        case .history: HistoryFuzz.run(bytes)
        }
    }

    /// The libFuzzer entry point's body: `LLVMFuzzerTestOneInput(data, size)`.
    public func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
}

/// Traps with `message` when `condition` is false: a broken invariant is a finding.
@inline(__always)
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz invariant: \(message())") }
}
