import Foundation
import PolicyModel
import PolicyParsing

/// The benchmarks' material: the 45 policies of `../shared/corpus/policies` beside the
/// repository and the shipped model, found from this file's location.
enum Corpus {
    /// The repository's root (this file is Benchmarks/Benchmarks/CorpusBenchmarks/...).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let modelURL = root.appendingPathComponent("Resources/model/opp115-linear.bin")

    /// The corpus policies in file-name order, or none when ../shared is not beside the repository.
    static func policies() -> [Policy] {
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/policies")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }.compactMap { file in
            guard let data = try? Data(contentsOf: file) else { return nil }
            return try? PolicyParser.parse(Array(data), file: file.path).policy
        }
    }

    /// Every sentence of `policies`, in order.
    static func sentences(of policies: [Policy]) -> [String] {
        policies.flatMap { policy in
            (policy.preamble + policy.flattenedSections.flatMap(\.section.blocks)).flatMap(\.sentenceTexts)
        }
    }
}
