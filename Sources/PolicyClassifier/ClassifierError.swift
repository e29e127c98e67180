import Foundation

/// Everything that can go wrong while reading data, reading or writing a model, or training.
public enum ClassifierError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The file does not exist or cannot be read.
    case fileNotReadable(path: String, reason: String)
    /// The file could not be written.
    case fileNotWritable(path: String, reason: String)
    /// A CSV row is malformed (unterminated quote, wrong number of fields, ...).
    case malformedCSV(path: String, line: Int, reason: String)
    /// A CSV row names a label that is not an OPP-115 category.
    case unknownLabel(path: String, line: Int, label: String)
    /// The file does not start with the model magic bytes.
    case badMagic(path: String)
    /// The model file was written by a format version this build cannot read.
    case unsupportedVersion(path: String, found: UInt32, supported: UInt32)
    /// The model file is truncated, inconsistent or fails its checksum.
    case corruptModel(path: String, reason: String)
    /// Training could not start (no data, a class without examples, a bad setting, ...).
    case invalidTrainingData(reason: String)

    public var description: String {
        switch self {
        case let .fileNotReadable(path, reason):
            return "cannot read \(path): \(reason)"
        case let .fileNotWritable(path, reason):
            return "cannot write \(path): \(reason)"
        case let .malformedCSV(path, line, reason):
            return "\(path):\(line): malformed CSV row: \(reason)"
        case let .unknownLabel(path, line, label):
            return "\(path):\(line): unknown OPP-115 label \"\(label)\""
        case let .badMagic(path):
            return "\(path) is not a policyscope classifier model (bad magic bytes)"
        case let .unsupportedVersion(path, found, supported):
            return "\(path) has model format version \(found); this build reads format versions 1 to \(supported)"
        case let .corruptModel(path, reason):
            return "\(path) is a corrupt model file: \(reason)"
        case let .invalidTrainingData(reason):
            return "cannot train: \(reason)"
        }
    }

    public var errorDescription: String? { description }
}
