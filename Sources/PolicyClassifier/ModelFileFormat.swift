import Foundation

/// The binary model file (all integers and floats little-endian):
///
/// | bytes | content |
/// | --- | --- |
/// | 8 | magic `PSCOPECL` |
/// | 4 | format version (UInt32, currently 2; version 1 files, without the head block, still load) |
/// | 4 | class count `K` (UInt32) |
/// | K × (2 + n) | class names: UInt16 byte length, then UTF-8 (must match `OPP115Category`, in order) |
/// | 4 × 5 | bucket bits, word n-gram min, max, char n-gram min, max (UInt32) |
/// | 8 | hash seed (UInt64) |
/// | 4 × 2 | word block weight, char block weight (Float32) |
/// | 4 + 4 | head words (UInt32), head block weight (Float32); absent in version 1 |
/// | K × 4 × 4 | per class: bias, threshold, slope, weight scale (Float32) |
/// | 2 × B | IDF per bucket (Float16), `B = 1 << bucket bits` |
/// | B × K | weights (Int8), bucket-major: the K weights of bucket 0, then bucket 1, ... |
/// | 8 | FNV-1a 64 checksum of every byte before it (UInt64) |
///
/// A weight is `Int8 value × weight scale` of its class.
package enum ModelFileFormat {
    static let magic: [UInt8] = Array("PSCOPECL".utf8)

    package static func encode(_ model: ClassifierModel) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes(magic)
        writer.uint32(ClassifierModel.formatVersion)
        writer.uint32(UInt32(model.classCount))
        for category in OPP115Category.allCases {
            let name = Array(category.rawValue.utf8)
            writer.uint16(UInt16(name.count))
            writer.bytes(name)
        }
        let config = model.config
        for value in [
            config.bucketBits, config.wordNGrams.lowerBound, config.wordNGrams.upperBound,
            config.charNGrams.lowerBound, config.charNGrams.upperBound,
        ] {
            writer.uint32(UInt32(value))
        }
        writer.uint64(config.hashSeed)
        writer.float(config.wordBlockWeight)
        writer.float(config.charBlockWeight)
        writer.uint32(UInt32(config.headWords))
        writer.float(config.headBlockWeight)
        for category in 0..<model.classCount {
            writer.float(model.bias[category])
            writer.float(model.thresholds[category])
            writer.float(model.slopes[category])
            writer.float(model.weightScales[category])
        }
        for bits in model.idfBits { writer.uint16(bits) }
        writer.bytes(model.quantizedWeights.map { UInt8(bitPattern: $0) })
        writer.uint64(checksum(writer.data[...]))
        return writer.data
    }

    package static func decode(_ data: [UInt8], path: String) throws(ClassifierError) -> ClassifierModel {
        guard data.count >= magic.count, Array(data[0..<magic.count]) == magic else { throw .badMagic(path: path) }
        var reader = ByteReader(data: data, path: path, position: magic.count)
        let version = try reader.uint32()
        guard ClassifierModel.readableFormatVersions.contains(version) else {
            throw .unsupportedVersion(path: path, found: version, supported: ClassifierModel.formatVersion)
        }
        guard data.count >= magic.count + 12 else { throw .corruptModel(path: path, reason: "truncated header") }
        let stored = data[(data.count - 8)...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard stored == checksum(data[..<(data.count - 8)]) else {
            throw .corruptModel(path: path, reason: "checksum mismatch")
        }
        let classCount = Int(try reader.uint32())
        let categories = OPP115Category.allCases
        guard classCount == categories.count else {
            throw .corruptModel(path: path, reason: "\(classCount) classes, expected \(categories.count)")
        }
        for category in categories {
            let length = Int(try reader.uint16())
            let name = String(decoding: try reader.bytes(length), as: UTF8.self)
            guard name == category.rawValue else {
                throw .corruptModel(path: path, reason: "class \"\(name)\" where \"\(category.rawValue)\" was expected")
            }
        }
        let numbers = try (0..<5).map { _ throws(ClassifierError) in Int(try reader.uint32()) }
        guard numbers[1] <= numbers[2], numbers[3] <= numbers[4] else {
            throw .corruptModel(path: path, reason: "bad n-gram ranges")
        }
        var config = FeatureConfig(
            bucketBits: numbers[0], wordNGrams: numbers[1]...numbers[2], charNGrams: numbers[3]...numbers[4],
            hashSeed: try reader.uint64(), wordBlockWeight: try reader.float(), charBlockWeight: try reader.float(),
            headWords: 0)
        if version >= 2 {
            config.headWords = Int(try reader.uint32())
            config.headBlockWeight = try reader.float()
        }
        do { try config.validate() } catch { throw .corruptModel(path: path, reason: error.description) }
        var bias: [Float] = [], thresholds: [Float] = [], slopes: [Float] = [], scales: [Float] = []
        for _ in 0..<classCount {
            bias.append(try reader.float())
            thresholds.append(try reader.float())
            slopes.append(try reader.float())
            scales.append(try reader.float())
        }
        guard (bias + thresholds + slopes + scales).allSatisfy(\.isFinite) else {
            throw .corruptModel(path: path, reason: "a class parameter is not a finite number")
        }
        let buckets = config.bucketCount
        let idfBytes = Array(try reader.bytes(2 * buckets))
        let idfBits = (0..<buckets).map { UInt16(idfBytes[2 * $0]) | UInt16(idfBytes[2 * $0 + 1]) << 8 }
        guard idfBits.allSatisfy({ Float16(bitPattern: $0).isFinite }) else {
            throw .corruptModel(path: path, reason: "an IDF weight is not a finite number")
        }
        let weights = try reader.bytes(buckets * classCount).map { Int8(bitPattern: $0) }
        guard reader.position == data.count - 8 else {
            throw .corruptModel(path: path, reason: "\(data.count - 8 - reader.position) unexpected trailing bytes")
        }
        return ClassifierModel(
            config: config, idfBits: idfBits, quantizedWeights: weights, weightScales: scales, bias: bias,
            thresholds: thresholds, slopes: slopes)
    }

    /// FNV-1a, 64-bit.
    package static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash = NGramHasher.fnvOffset
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* NGramHasher.fnvPrime }
        return hash
    }
}
