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
    /// Which classifier's practices are read and written (`fast`, `deep`): each keeps its own
    /// rows, side by side.
    public var classifier: String
    /// Stamps of other classifiers' practices that are current too: `store prune` keeps them.
    public var keptModels: [String: String] = [:]

    public init(parser: String = ParserVersion.current, model: String? = nil, classifier: String = "fast") {
        self.parser = parser
        self.model = model
        self.classifier = classifier
    }

    /// The stamp for the model file with `bytes`: ``ExtractionVersion/current`` and its blob id.
    public static func model(bytes: [UInt8]) -> String {
        "\(ExtractionVersion.current)/\(BlobID.of(bytes))"
    }

    /// The deep path's stamp: the linear model's (``model(bytes:)``), the deep model file's blob
    /// id and its blend parameters (`blend`, e.g. `w=0.5,t=0.45`).
    public static func model(linear: [UInt8], deep: [UInt8], blend: String) -> String {
        "\(model(bytes: linear))+deep/\(BlobID.of(deep))/\(blend)"
    }
}
