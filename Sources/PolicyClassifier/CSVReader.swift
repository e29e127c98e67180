import Foundation

/// A small RFC 4180 CSV reader: comma-separated fields, optional double quotes, `""` as an
/// escaped quote inside a quoted field, commas and line breaks allowed inside quotes, and
/// `\n` or `\r\n` line endings.
public struct CSVReader: Sendable {
    /// One parsed record and the 1-based line number it starts on.
    public struct Record: Sendable, Equatable {
        public var fields: [String]
        public var line: Int
    }

    /// Where the text came from, for error messages.
    public var sourceName: String

    public init(sourceName: String = "<csv>") {
        self.sourceName = sourceName
    }

    /// Parses every record in `text`. Blank lines between records are skipped.
    public func records(in text: String) throws(ClassifierError) -> [Record] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = 0
        var fieldWasQuoted = false
        var recordHasContent = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            if recordHasContent { records.append(Record(fields: fields, line: recordLine)) }
            fields.removeAll(keepingCapacity: true)
            recordHasContent = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                guard field.isEmpty, !fieldWasQuoted else {
                    throw .malformedCSV(
                        path: sourceName, line: line,
                        reason: "a quote inside an unquoted field (quote the whole field and double the quote)")
                }
                let quoteLine = line
                recordHasContent = true
                fieldWasQuoted = true
                index += 1
                var closed = false
                while index < bytes.count {
                    let inner = bytes[index]
                    if inner == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                            field.append(inner)
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    if inner == UInt8(ascii: "\n") { line += 1 }
                    field.append(inner)
                    index += 1
                }
                guard closed else {
                    throw .malformedCSV(path: sourceName, line: quoteLine, reason: "a quoted field is never closed")
                }
                if index < bytes.count {
                    let next = bytes[index]
                    let isEnd = next == UInt8(ascii: ",") || next == UInt8(ascii: "\n")
                        || next == UInt8(ascii: "\r")
                    guard isEnd else {
                        throw .malformedCSV(
                            path: sourceName, line: line, reason: "text after the closing quote of a field")
                    }
                }
            case UInt8(ascii: ","):
                recordHasContent = true
                endField()
                index += 1
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 1
                }
                index += 1
                if recordHasContent || !field.isEmpty { endField() }
                endRecord()
                line += 1
                recordLine = line
            default:
                recordHasContent = true
                field.append(byte)
                index += 1
            }
        }
        if recordHasContent || !field.isEmpty {
            recordHasContent = true
            endField()
            endRecord()
        }
        return records
    }
}
