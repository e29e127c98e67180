import Foundation
import PolicyClassifier
import PolicyDeep
import Testing

/// The Swift WordPiece tokenizer against Hugging Face's fast tokenizer for the base model
/// (fixtures from tools/deep/tokenizer-fixtures.py).
@Suite struct TokenizerTests {
    struct Case: Decodable {
        var text: String
        var ids: [Int32]
    }

    @Test func trickyStringsMatchTheFastTokenizer() throws {
        let tokenizer = try Fixtures.baseTokenizer()
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: Fixtures.url("tokenizer-cases.json")))
        #expect(cases.count > 20)
        for item in cases {
            #expect(tokenizer.encode(item.text) == item.ids, "\(item.text.debugDescription)")
        }
    }

    /// Every record of the four vendored OPP-115 CSVs: the hash of Swift's ids against Python's.
    @Test func everyOPP115RecordMatchesTheFastTokenizer() throws {
        let tokenizer = try Fixtures.baseTokenizer()
        var expected: [String: [String]] = [:]
        var current = ""
        for line in try Fixtures.text("opp115-token-hashes.txt").split(separator: "\n") {
            if line.hasPrefix("# ") {
                current = String(line.split(separator: " ")[1])
            } else {
                expected[current, default: []].append(String(line))
            }
        }
        #expect(expected.count == 4)
        var mismatches = 0, total = 0
        for (name, hashes) in expected.sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Resources/opp115/\(name)")
            let records = try CSVReader(sourceName: name).records(in: String(contentsOf: url, encoding: .utf8))
            #expect(records.count == hashes.count, "\(name): \(records.count) records, the fixture has \(hashes.count)")
            for (record, hash) in zip(records, hashes) {
                total += 1
                if Self.hash(tokenizer.encode(record.fields[0])) != hash { mismatches += 1 }
            }
        }
        #expect(total > 8000)
        #expect(mismatches == 0, "\(mismatches) of \(total) records tokenized differently")
    }

    @Test func truncatesToTheMaximumLengthWithTheSpecialTokens() throws {
        let tokenizer = try Fixtures.baseTokenizer()
        let ids = tokenizer.encode(String(repeating: "privacy ", count: 400))
        #expect(ids.count == 256)
        #expect(ids.first == tokenizer.vocabulary.classifier && ids.last == tokenizer.vocabulary.separator)
        #expect(tokenizer.encode("") == [tokenizer.vocabulary.classifier, tokenizer.vocabulary.separator])
    }

    /// FNV-1a 64 of the ids joined by commas, as 16 hex digits.
    static func hash(_ ids: [Int32]) -> String {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in ids.map(String.init).joined(separator: ",").utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01B3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
