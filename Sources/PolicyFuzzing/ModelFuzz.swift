import PolicyClassifier

/// The model file: its checksum is set right first (else nearly every mutation would stop
/// there), then it decodes or throws a `ClassifierError`; a decoded model writes back the same
/// bytes and classifies text as `classify` needs (see ``ClassifyFuzz/check(_:)``).
enum ModelFuzz {
    static func run(_ bytes: [UInt8]) {
        let file = withChecksum(bytes)
        guard let model = try? ModelFileFormat.decode(file, path: "fuzz.bin") else { return }
        if file[8..<12].elementsEqual([2, 0, 0, 0]) {
            require(ModelFileFormat.encode(model) == file, "a decoded version-2 model does not encode to its bytes")
        }
        for text in ["We share your email address with advertisers.", "", "cookies 12 ans ça"] {
            ClassifyFuzz.check(model.predict(text))
        }
    }

    /// `bytes` with their last eight bytes replaced by the checksum of those before.
    static func withChecksum(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 20 else { return bytes }
        var file = bytes
        let sum = ModelFileFormat.checksum(file[..<(file.count - 8)])
        for k in 0..<8 { file[file.count - 8 + k] = UInt8(truncatingIfNeeded: sum >> (8 * UInt64(k))) }
        return file
    }
}
