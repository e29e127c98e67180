import Foundation
import PolicyClassifier
import PolicyExtraction
import PolicyModel
import PolicyParsing
import PolicyResources
import PolicyStore

/// The starting inputs of each target, made from the shared data (`../shared`: the corpus, the
/// seeds, the histories), the bundled seeds and the shapes of the bad-input tests. Nothing of
/// it is committed: `Fuzz/run.sh` writes it with the `fuzz-seeds` executable.
public enum FuzzSeeds {
    /// Longest seed kept whole; longer files are cut (a fuzzer runs fastest on small inputs).
    public static let maxLength = 8_192

    /// The seeds of `target`, named; `shared` is the `../shared` folder (missing parts are skipped).
    public static func seeds(for target: FuzzTarget, shared: URL) -> [(name: String, bytes: [UInt8])] {
        let files = policyFiles(shared)
        switch target {
        case .parser:
            return files.map { ($0.name, Array($0.bytes.prefix(maxLength))) } + badInputs
        case .header:
            return files.compactMap { file in
                file.bytes.split(separator: 0x0A).first.map { (file.name, Array($0)) }
            }
        case .query:
            return queries.enumerated().map { ("query\($0.offset)", Array($0.element.utf8)) }
        case .classify:
            let blocks = seedPolicies.flatMap(\.allBlocks).prefix(40)
            return blocks.enumerated().map { k, block in
                let line = k % 2 == 0 ? block.text : #"{"text": "\#(block.text.replacingOccurrences(of: "\"", with: "\\\""))"}"#
                return ("line\(k)", Array(line.utf8))
            }
        case .model:
            return [("tiny-model", tinyModel())]
        case .store:
            let policies = seedPolicies.map { ("policy-\($0.id)", [0] + PolicyCoding.encode($0)) }
            let extractor = PracticeExtractor(model: ClassifyFuzz.model)
            let records = seedPolicies.prefix(2).map { policy in
                ("practices-\(policy.id)", [1] + PracticeCoding.encode(PracticeRecord(extractor.extract(policy))))
            }
            return policies + records
        case .gittree:
            return gitPaths(shared).chunked(8).enumerated().map { k, paths in ("tree\(k)", tree(paths)) }
        case .history:
            let lines = gitPaths(shared).enumerated().map { k, path in "\(1_100_000_000 + k * 3_000_000)\t\(path)\tUpdate \(path)" }
            let extremes = ["-9223372036854775808\ta.md\tfirst", "9223372036854775807\ta.md\tlast\t-", "0\tb/2012-06-23_x.md\tt"]
            return lines.chunked(6).enumerated().map { k, chunk in ("history\(k)", Array(chunk.joined(separator: "\n").utf8)) }
                + [("extremes", Array(extremes.joined(separator: "\n").utf8))]
        }
    }

    private static func policyFiles(_ shared: URL) -> [(name: String, bytes: [UInt8])] {
        let folders = ["corpus/policies", "seeds"].map { shared.appendingPathComponent($0) } + [PolicyResources.seedsDirectory]
        var files: [(String, [UInt8])] = []
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for name in names where name.hasSuffix(".md") {
                if let data = try? Data(contentsOf: folder.appendingPathComponent(name)) { files.append((name, Array(data))) }
            }
        }
        return files
    }

    /// The shapes of `BadInputTests`, small.
    private static let badInputs: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("blank", Array("  \n\n ".utf8)),
        ("binary", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]),
        ("latin1", Array("# T\n\nCaf".utf8) + [0xE9, 0x20] + Array("ok.\n".utf8)),
        ("bom-crlf", [0xEF, 0xBB, 0xBF] + Array("# BOM\r\n\r\nOne.\r\n\r\nTwo.\rThree.\r".utf8)),
        ("utf16", [0xFF, 0xFE] + "# Hé\n\nText.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        ("deep-list", Array((0..<40).map { String(repeating: "  ", count: $0) + "- item \($0)\n" }.joined().utf8)),
        ("unbalanced", Array((String(repeating: "**a *b [c ](", count: 40) + "\n").utf8)),
        ("table", Array("| a | b |\n|---|---|\n| 1 | 2 |\n\nContents   \n---\nrow\n".utf8)),
        ("headings", Array("**1. Title**\n\n1.1 Sub\n\nALL CAPS LINE\n\n###\nShort title\n\n<p>html &amp; &#x41;</p>\n".utf8)),
        ("header", Array("> *The following text is extracted and transformed from the a.com privacy policy that was archived on 2012-06-23. Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/2012/http://a.com/) for the most accurate reproduction.*\n\n# A\n\nText.\n".utf8)),
    ]

    private static let queries = [
        "cookies third", "\"third parties\" -advertising", "shar*", "(a OR b) c", "category:\"Data Retention\"",
        "category:retention", "domain:act-on.com", "domain:*.co.uk", "year:2012..2015", "year:..2013", "year:2014",
        "answer:sells-data=no", "-\"opt out\" OR email", "Cookies  Third", "opt-out", "(a OR b) or",
    ]

    private static let seedPolicies: [Policy] = PolicyResources.seedFiles.compactMap { url in
        (try? Data(contentsOf: url)).flatMap { try? PolicyParser.parse(Array($0), file: url.path).policy }
    }

    /// A valid model file of the smallest size (256 buckets).
    private static func tinyModel() -> [UInt8] {
        let config = FeatureConfig(bucketBits: 8, wordNGrams: 1...2, charNGrams: 3...4, headWords: 4)
        let classes = OPP115Category.allCases.count
        var weights = [SIMD16<Float>](repeating: .zero, count: config.bucketCount)
        for bucket in weights.indices { for c in 0..<classes { weights[bucket][c] = Float((bucket * 7 + c * 3) % 11) - 5 } }
        let model = ClassifierModel(
            config: config, idf: (0..<config.bucketCount).map { 1 + Float($0 % 5) }, weights: weights,
            bias: [Float](repeating: -0.5, count: classes), thresholds: [Float](repeating: 0.5, count: classes),
            slopes: [Float](repeating: 1, count: classes))
        return ModelFileFormat.encode(model)
    }

    /// Paths of the histories' files, as a git history reader meets them.
    private static func gitPaths(_ shared: URL) -> [String] {
        let root = shared.appendingPathComponent("history/pga-v1")
        let found = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".md") }.sorted() + ["Facebook/Privacy Policy.md", "act-on.com.md", "a/ad/ado/adobe.com.md"]
    }

    /// A raw tree object holding a folder entry and a file entry per path component pair.
    private static func tree(_ paths: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for path in paths {
            for (k, part) in path.split(separator: "/").enumerated() {
                let isLast = k == path.split(separator: "/").count - 1
                bytes += Array((isLast ? "100644 " : "40000 ").utf8) + Array(part.utf8) + [0] + [UInt8](repeating: UInt8(k), count: 20)
            }
        }
        return bytes
    }
}

private extension Array {
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min(count, $0 + size)]) }
    }
}
