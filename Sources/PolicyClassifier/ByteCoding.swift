/// Appends little-endian values to a byte array (model file writing).
struct ByteWriter {
    var data: [UInt8] = []

    mutating func bytes(_ values: [UInt8]) { data.append(contentsOf: values) }
    mutating func uint16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    mutating func uint32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    mutating func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    mutating func float(_ value: Float) { uint32(value.bitPattern) }
}

/// Reads little-endian values from a byte array, failing cleanly at the end (model file reading).
struct ByteReader {
    let data: [UInt8]
    let path: String
    var position: Int

    mutating func bytes(_ count: Int) throws(ClassifierError) -> ArraySlice<UInt8> {
        guard count >= 0, data.count - position >= count else {
            throw .corruptModel(path: path, reason: "truncated at byte \(position)")
        }
        defer { position += count }
        return data[position..<(position + count)]
    }

    mutating func uint16() throws(ClassifierError) -> UInt16 { UInt16(try integer(2)) }
    mutating func uint32() throws(ClassifierError) -> UInt32 { UInt32(try integer(4)) }
    mutating func uint64() throws(ClassifierError) -> UInt64 { try integer(8) }
    mutating func float() throws(ClassifierError) -> Float { Float(bitPattern: try uint32()) }

    private mutating func integer(_ size: Int) throws(ClassifierError) -> UInt64 {
        try bytes(size).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
