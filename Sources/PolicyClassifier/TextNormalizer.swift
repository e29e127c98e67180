/// Turns text into the byte form features are read from: ASCII letters lowercased, every run
/// of ASCII characters that are not letters or digits (spaces, punctuation, controls) turned
/// into one space, and a space added at both ends. Bytes of non-ASCII characters are kept, so
/// accented and non-Latin words stay words.
///
/// Example: `"We use Cookies, (often)."` becomes `" we use cookies often "`.
public enum TextNormalizer {
    /// Appends the normalized bytes of `text` to `output` (which is emptied first).
    public static func normalize(_ text: String, into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        output.append(UInt8(ascii: " "))
        var copy = text
        copy.withUTF8 { bytes in
            for byte in bytes {
                let kind = Self.table[Int(byte)]
                if kind != 0 {
                    output.append(kind)
                } else if output[output.count - 1] != UInt8(ascii: " ") {
                    output.append(UInt8(ascii: " "))
                }
            }
        }
        if output[output.count - 1] != UInt8(ascii: " ") { output.append(UInt8(ascii: " ")) }
    }

    /// The normalized form of `text` as a string (for tests and debugging).
    public static func normalized(_ text: String) -> String {
        var bytes: [UInt8] = []
        normalize(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Byte -> output byte, or 0 for a separator.
    private static let table: [UInt8] = (0..<256).map { value -> UInt8 in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
        case 0x80...0xFF: return byte
        default: return 0
        }
    }
}
