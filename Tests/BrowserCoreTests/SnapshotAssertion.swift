import BrowserCore
import Foundation
import Testing

/// Compares a rendered grid with a checked-in text snapshot under `__Snapshots__/`.
///
/// A missing snapshot is recorded and the test fails; `POLICYSCOPE_RECORD=1` re-records every
/// snapshot (and fails, so a recording run never passes by accident).
func assertSnapshot(_ grid: Grid, named name: String, filePath: String = #filePath,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = "\(grid.width)x\(grid.height)\n" + grid.text + "\n--- roles ---\n" + grid.roleText + "\n"
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent("\(name).txt")
    let record = ProcessInfo.processInfo.environment["POLICYSCOPE_RECORD"] == "1"
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); check it and run again", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let diff = zip(expected.split(separator: "\n", omittingEmptySubsequences: false),
                       actual.split(separator: "\n", omittingEmptySubsequences: false))
            .enumerated().first { $0.element.0 != $0.element.1 }
        let where_ = diff.map { "first difference on line \($0.offset + 1):\n- \($0.element.0)\n+ \($0.element.1)" } ?? "lengths differ"
        Issue.record("snapshot \(name) differs; \(where_)\nactual:\n\(actual)", sourceLocation: sourceLocation)
    }
}
