import Foundation

/// Reads the OPP-115 CSV format of the Polisis benchmark splits.
///
/// Each row is `"segment text",label` with no header; a segment with several labels appears
/// on several rows. Rows are merged by exact text, in order of first appearance. A header row
/// whose second field is `label` (any case) is skipped.
public enum OPP115Dataset {
    /// Loads and merges the segments of one CSV file.
    public static func load(from url: URL) throws(ClassifierError) -> [LabeledSegment] {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .fileNotReadable(path: url.path, reason: Self.reason(for: error, at: url))
        }
        return try parse(text, sourceName: url.path)
    }

    /// Parses and merges the segments of CSV `text`.
    public static func parse(_ text: String, sourceName: String = "<csv>") throws(ClassifierError)
        -> [LabeledSegment]
    {
        let records = try CSVReader(sourceName: sourceName).records(in: text)
        var order: [String] = []
        var labelsByText: [String: Set<OPP115Category>] = [:]
        for (position, record) in records.enumerated() {
            guard record.fields.count == 2 else {
                throw .malformedCSV(
                    path: sourceName, line: record.line,
                    reason: "expected 2 fields (text,label), found \(record.fields.count)")
            }
            let labelText = record.fields[1].trimmingCharacters(in: .whitespaces)
            guard let label = OPP115Category(rawValue: labelText) else {
                if position == 0, labelText.lowercased() == "label" { continue }
                throw .unknownLabel(path: sourceName, line: record.line, label: labelText)
            }
            let segmentText = record.fields[0]
            if labelsByText[segmentText] == nil { order.append(segmentText) }
            labelsByText[segmentText, default: []].insert(label)
        }
        return order.map { LabeledSegment(text: $0, labels: labelsByText[$0]!) }
    }

    private static func reason(for error: any Error, at url: URL) -> String {
        if !FileManager.default.fileExists(atPath: url.path) { return "no such file" }
        return (error as NSError).localizedDescription
    }
}
