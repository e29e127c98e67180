import Foundation

// The line protocol of `policyscope classify` (package access: the command and the fuzz
// target share it).

/// How an input line of `classify` becomes segment text.
package enum SegmentLine {
    /// The `text` of a JSON object line, or the line itself (minus a trailing carriage return).
    package static func text(of line: String) -> String {
        var line = line
        if line.hasSuffix("\r") { line.removeLast() }
        guard line.first == "{",
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let text = object["text"] as? String
        else { return line }
        return text
    }
}

/// Writes a `Prediction` as one compact JSON object, labels and scores in category order.
package enum PredictionJSON {
    package static func append(_ prediction: Prediction, to output: inout [UInt8]) {
        output.append(contentsOf: #"{"labels":["#.utf8)
        for (position, label) in prediction.labels.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            appendString(label.rawValue, to: &output)
        }
        output.append(contentsOf: #"],"scores":{"#.utf8)
        for (position, category) in OPP115Category.allCases.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            appendString(category.rawValue, to: &output)
            output.append(UInt8(ascii: ":"))
            appendScore(prediction.score(for: category), to: &output)
        }
        output.append(contentsOf: "}}".utf8)
    }

    /// A JSON string literal (the category names need no escapes beyond quotes and backslashes).
    private static func appendString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
    }

    /// A score in 0...1 with four decimals, e.g. `0.0312` or `1`.
    private static func appendScore(_ score: Float, to output: inout [UInt8]) {
        let tenThousandths = Int((min(max(score, 0), 1) * 10_000).rounded())
        if tenThousandths == 10_000 {
            output.append(UInt8(ascii: "1"))
            return
        }
        output.append(contentsOf: "0.".utf8)
        var divisor = 1000
        var rest = tenThousandths
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
