import Foundation

/// A deep model file read into memory: its metadata and typed access to its tensors.
///
/// Layout: `PSDM`, a little-endian UInt32 version, a UInt64 metadata length, the JSON metadata,
/// zero padding to 64 bytes, then the data section (each tensor 64-byte aligned).
public struct WeightFile: Sendable {
    public static let magic: [UInt8] = Array("PSDM".utf8)
    public static let version: UInt32 = 1
    static let alignment = 64

    /// The file's name, for messages.
    public let file: String
    public let metadata: DeepModelMetadata
    private let bytes: Data
    private let dataStart: Int
    private let tensors: [String: DeepModelMetadata.Tensor]

    public init(contentsOf url: URL) throws(DeepModelError) {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missing(file: url.path) }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw .unreadable(file: url.path, reason: (error as NSError).localizedDescription)
        }
        try self.init(data: data, file: url.path)
    }

    public init(data: Data, file: String) throws(DeepModelError) {
        self.file = file
        bytes = data
        guard data.count >= 4 else { throw .truncated(file: file, what: "the magic") }
        guard Array(data.prefix(4)) == Self.magic else { throw .badMagic(file: file) }
        guard data.count >= 16 else { throw .truncated(file: file, what: "the header") }
        let version = Self.integer(data, at: 4, as: UInt32.self)
        guard version == Self.version else { throw .unsupportedVersion(file: file, version: version) }
        let length = Self.integer(data, at: 8, as: UInt64.self)
        guard length <= UInt64(data.count - 16) else { throw .truncated(file: file, what: "the metadata") }
        let metadataEnd = 16 + Int(length)
        do {
            metadata = try JSONDecoder().decode(DeepModelMetadata.self, from: data.subdata(in: data.startIndex + 16 ..< data.startIndex + metadataEnd))
        } catch {
            throw .badMetadata(file: file, reason: Self.describe(error))
        }
        if let problem = metadata.blend?.problem(categories: metadata.categories.count) {
            throw .badMetadata(file: file, reason: problem)
        }
        dataStart = (metadataEnd + Self.alignment - 1) / Self.alignment * Self.alignment
        var table: [String: DeepModelMetadata.Tensor] = [:]
        for tensor in metadata.tensors {
            guard let size = Self.elementSize(tensor.dtype) else {
                throw .badMetadata(file: file, reason: "tensor \(tensor.name) has unknown dtype \(tensor.dtype)")
            }
            guard tensor.offset >= 0, tensor.shape.allSatisfy({ $0 >= 0 }), tensor.bytes == tensor.shape.reduce(size, *) else {
                throw .badMetadata(file: file, reason: "tensor \(tensor.name): \(tensor.bytes) bytes do not fit shape \(tensor.shape) of \(tensor.dtype)")
            }
            guard dataStart + tensor.offset + tensor.bytes <= data.count else { throw .truncated(file: file, what: "tensor \(tensor.name)") }
            table[tensor.name] = tensor
        }
        tensors = table
    }

    /// The tensor `name` as float32 values in row-major order, checked against `shape`;
    /// int8 tensors are multiplied by their per-row scales (`name.scale`).
    public func floats(_ name: String, shape: [Int]) throws(DeepModelError) -> [Float] {
        let entry = try self.entry(name, shape: shape)
        let start = dataStart + entry.offset
        switch entry.dtype {
        case "f32":
            return [Float](unsafeUninitializedCapacity: entry.bytes / 4) { buffer, count in
                bytes.withUnsafeBytes { raw in
                    for index in 0 ..< entry.bytes / 4 {
                        buffer[index] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * index, as: UInt32.self)))
                    }
                }
                count = entry.bytes / 4
            }
        case "f16":
            return [Float](unsafeUninitializedCapacity: entry.bytes / 2) { buffer, count in
                bytes.withUnsafeBytes { raw in
                    for index in 0 ..< entry.bytes / 2 {
                        buffer[index] = Float(Float16(bitPattern: UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: start + 2 * index, as: UInt16.self))))
                    }
                }
                count = entry.bytes / 2
            }
        case "i8":
            let rows = shape.first ?? 1
            let scales = try floats(name + ".scale", shape: [rows])
            let columns = rows == 0 ? 0 : entry.bytes / rows
            return [Float](unsafeUninitializedCapacity: entry.bytes) { buffer, count in
                bytes.withUnsafeBytes { raw in
                    for row in 0 ..< rows {
                        for column in 0 ..< columns {
                            let value = raw.load(fromByteOffset: start + row * columns + column, as: Int8.self)
                            buffer[row * columns + column] = Float(value) * scales[row]
                        }
                    }
                }
                count = entry.bytes
            }
        default:
            throw .badMetadata(file: file, reason: "tensor \(name) is \(entry.dtype), not a float tensor")
        }
    }

    /// The raw bytes of a `u8` tensor (the vocabulary).
    public func byteTensor(_ name: String) throws(DeepModelError) -> Data {
        guard let entry = tensors[name] else { throw .missingTensor(file: file, name: name) }
        guard entry.dtype == "u8" else { throw .badMetadata(file: file, reason: "tensor \(name) is \(entry.dtype), not u8") }
        let start = bytes.startIndex + dataStart + entry.offset
        return bytes.subdata(in: start ..< start + entry.bytes)
    }

    private func entry(_ name: String, shape: [Int]) throws(DeepModelError) -> DeepModelMetadata.Tensor {
        guard let entry = tensors[name] else { throw .missingTensor(file: file, name: name) }
        guard entry.shape == shape else { throw .wrongShape(file: file, name: name, expected: shape, found: entry.shape) }
        return entry
    }

    private static func elementSize(_ dtype: String) -> Int? {
        switch dtype {
        case "f32": 4
        case "f16": 2
        case "i8", "u8": 1
        default: nil
        }
    }

    private static func integer<T: FixedWidthInteger>(_ data: Data, at offset: Int, as: T.Type) -> T {
        data.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case let .keyNotFound(key, _)?: "no \(key.stringValue)"
        case let .typeMismatch(_, context)?, let .valueNotFound(_, context)?, let .dataCorrupted(context)?:
            (context.codingPath.map(\.stringValue) + [context.debugDescription]).joined(separator: ": ")
        default: "\(error)"
        }
    }
}
