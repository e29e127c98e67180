import Foundation
import PolicyModel
import PolicyParsing
import Testing

/// md4c 0.4.8 reads a few bytes past the size it is given. What lies there must never change the
/// parse: the same document with zeros or with 0xFF bytes in its array's spare capacity reads the
/// same. The inputs are the parser fuzzer's crashes of session 9 (`Regressions/parser/`), which
/// crashed or broke the blocks' order only with the right garbage behind them.
@Suite struct PastTheEndTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("PolicyFuzzingTests/Regressions/parser")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// `bytes` in an array whose spare capacity (past `count`) holds `tail`.
    static func withTail(_ bytes: [UInt8], _ tail: UInt8) -> [UInt8] {
        var array: [UInt8] = []
        array.reserveCapacity(bytes.count + 256)
        array.append(contentsOf: bytes)
        array.append(contentsOf: repeatElement(tail, count: 256))
        array.removeLast(256)
        return array
    }

    @Test func thereAreInputs() {
        #expect(Self.inputs.count >= 3)
    }

    @Test(arguments: inputs)
    func whatLiesPastTheEndChangesNothing(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        func parsed(_ tail: UInt8) -> Policy? {
            try? PolicyParser.parse(Self.withTail(bytes, tail), file: "fuzz.md", format: .markdown).policy
        }
        #expect(parsed(0) == parsed(0xFF))
    }
}
