/// Repairs UTF-8 text that was once decoded as Windows-1252 (`â€™` -> `’`, `Ã©` -> `é`).
///
/// A run is replaced only when its characters map back to Windows-1252 bytes that form one
/// complete, valid UTF-8 sequence of two to four bytes, so ordinary accented text is untouched.
enum MojibakeRepair {
    /// Windows-1252 bytes 0x80...0x9F and the characters they stand for.
    private static let cp1252High: [Unicode.Scalar: UInt8] = {
        let chars: [UInt32: UInt8] = [
            0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
            0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
            0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
            0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
            0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
        ]
        var map: [Unicode.Scalar: UInt8] = [:]
        for (k, v) in chars { map[Unicode.Scalar(k)!] = v }
        // Bytes Windows-1252 leaves undefined, which decoders pass through as C1 controls.
        for b: UInt8 in [0x81, 0x8D, 0x8F, 0x90, 0x9D] { map[Unicode.Scalar(b)] = b }
        return map
    }()

    /// The Windows-1252 byte a scalar came from, if it could have.
    private static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value >= 0xA0 && scalar.value <= 0xFF { return UInt8(scalar.value) }
        return cp1252High[scalar]
    }

    /// Whether `text` may hold mojibake at all: a cheap check before the real work.
    static func mayContainMojibake(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0xC2 && $0.value <= 0xF4 }
    }

    static func repair(_ text: String) -> String {
        guard mayContainMojibake(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if let lead = byte(for: s), lead >= 0xC2, lead <= 0xF4 {
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if i + length <= scalars.count {
                    var bytes = [lead]
                    for j in 1..<length {
                        guard let b = byte(for: scalars[i + j]) ?? (scalars[i + j].value >= 0x80 && scalars[i + j].value <= 0xBF ? UInt8(scalars[i + j].value) : nil),
                              (0x80...0xBF).contains(b) else { break }
                        bytes.append(b)
                    }
                    if bytes.count == length, let decoded = String(validating: bytes, as: UTF8.self),
                       decoded.unicodeScalars.count == 1 {
                        out.append(contentsOf: decoded.unicodeScalars)
                        i += length
                        continue
                    }
                }
            }
            out.append(s)
            i += 1
        }
        return String(out)
    }
}
