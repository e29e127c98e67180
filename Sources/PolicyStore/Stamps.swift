import PolicyExtraction
import PolicyParsing

/// The versions stored results are stamped with. A parsed policy is served only under the same
/// `parser` stamp; practices only under the same `parser` and `model` stamps. A changed stamp
/// makes the store recompute what depends on it, and nothing else.
public struct Stamps: Sendable, Equatable {
    /// ``ParserVersion/current`` unless a test says otherwise.
    public var parser: String
    /// The extraction rules' version and the classifier model file's blob id, or nil when no
    /// model is at hand (then no practices are read or written).
    public var model: String?

    public init(parser: String = ParserVersion.current, model: String? = nil) {
        self.parser = parser
        self.model = model
    }

    /// The stamp for the model file with `bytes`: ``ExtractionVersion/current`` and its blob id.
    public static func model(bytes: [UInt8]) -> String {
        "\(ExtractionVersion.current)/\(BlobID.of(bytes))"
    }
}
