import Foundation

/// BERT's basic tokenizer, as Hugging Face tokenizers' `BertNormalizer` (clean text, CJK
/// characters spaced, accents stripped, lowercase) and `BertPreTokenizer` (split at white space,
/// each punctuation character a word of its own).
public enum BasicTokenizer {
    /// The words of `text`, each as its Unicode scalars.
    public static func words(_ text: String) -> [[Unicode.Scalar]] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return split(text.utf8.compactMap(asciiScalar))
        }
        return split(normalize(text))
    }

    /// Normalizes non-ASCII text: clean, space CJK, NFD without nonspacing marks, lowercase.
    static func normalize(_ text: String) -> [Unicode.Scalar] {
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0 || scalar.value == 0xFFFD || isControl(scalar) { continue }
            if isWhitespace(scalar) {
                cleaned.append(" ")
            } else if isChinese(scalar) {
                cleaned.append(" ")
                cleaned.append(scalar)
                cleaned.append(" ")
            } else {
                cleaned.append(scalar)
            }
        }
        var result: [Unicode.Scalar] = []
        for scalar in String(cleaned).decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            if scalar.properties.changesWhenLowercased {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return result
    }

    /// ASCII text the same way: controls other than tab/newline/return dropped, letters lowercased.
    private static func asciiScalar(_ byte: UInt8) -> Unicode.Scalar? {
        switch byte {
        case 0x09, 0x0A, 0x0D: " "
        case 0x00 ..< 0x20, 0x7F: nil
        case UInt8(ascii: "A") ... UInt8(ascii: "Z"): Unicode.Scalar(byte + 32)
        default: Unicode.Scalar(byte)
        }
    }

    private static func split(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in scalars {
            if isWhitespace(scalar) {
                if !current.isEmpty { words.append(current); current.removeAll(keepingCapacity: true) }
            } else if isPunctuation(scalar) {
                if !current.isEmpty { words.append(current); current.removeAll(keepingCapacity: true) }
                words.append([scalar])
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.properties.isWhitespace
    }

    /// General category C* (control, format, surrogate, private use, unassigned), tab/newline/return excepted.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" || scalar == "\n" || scalar == "\r" { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned: return true
        default: return false
        }
    }

    /// ASCII punctuation (symbols such as `$+<=>^`|~` included) or general category P*.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 33 ... 47, 58 ... 64, 91 ... 96, 123 ... 126: return true
        case 0 ..< 128: return false
        default:
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
            default: return false
            }
        }
    }

    /// The CJK Unified Ideographs blocks BERT spaces out.
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00 ... 0x9FFF, 0x3400 ... 0x4DBF, 0x20000 ... 0x2A6DF, 0x2A700 ... 0x2B73F,
             0x2B740 ... 0x2B81F, 0x2B920 ... 0x2CEAF, 0xF900 ... 0xFAFF, 0x2F800 ... 0x2FA1F: true
        default: false
        }
    }
}
