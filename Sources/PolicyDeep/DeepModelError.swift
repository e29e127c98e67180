/// Why a deep model file could not be used; each message is one line naming the file.
public enum DeepModelError: Error, Equatable, CustomStringConvertible, Sendable {
    case missing(file: String)
    case unreadable(file: String, reason: String)
    case badMagic(file: String)
    case unsupportedVersion(file: String, version: UInt32)
    case truncated(file: String, what: String)
    case badMetadata(file: String, reason: String)
    case missingTensor(file: String, name: String)
    case wrongShape(file: String, name: String, expected: [Int], found: [Int])
    case badVocabulary(file: String, reason: String)
    case noBlend(file: String)

    public var description: String {
        switch self {
        case let .missing(file): "\(file): no deep model file here (make one with `make deep-model`, tools/deep/make-model.sh)"
        case let .unreadable(file, reason): "\(file): cannot read the deep model: \(reason)"
        case let .badMagic(file): "\(file): not a policyscope deep model file (bad magic; make one with tools/deep/export.py)"
        case let .unsupportedVersion(file, version): "\(file): deep model format version \(version), this build reads version \(WeightFile.version)"
        case let .truncated(file, what): "\(file): truncated deep model file (\(what) runs past the end)"
        case let .badMetadata(file, reason): "\(file): bad deep model metadata: \(reason)"
        case let .missingTensor(file, name): "\(file): the deep model has no tensor \(name)"
        case let .wrongShape(file, name, expected, found):
            "\(file): tensor \(name) has shape \(found.map(String.init).joined(separator: "x")), expected \(expected.map(String.init).joined(separator: "x"))"
        case let .badVocabulary(file, reason): "\(file): bad WordPiece vocabulary: \(reason)"
        case let .noBlend(file): "\(file): the deep model has no blend parameters (export it with --blend-weight and --threshold)"
        }
    }
}
