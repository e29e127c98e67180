import Benchmark
import Foundation
import PolicyClassifier
import PolicyModel
import PolicyParsing

// Classifier throughput on one core (ordo-one/benchmark): every benchmark walks the sentences
// of the 45 corpus policies in order, one sentence per iteration (counted in thousands), so
// "Throughput (# / s) (K)" reads as thousands of sentences per second. The peer, measured in
// the same run, normalizes each sentence and hashes its n-grams without counting or scoring:
// the floor of any hashed n-gram model. Run: `cd Benchmarks && swift package benchmark`.

/// The repository's root (this file is Benchmarks/Benchmarks/ClassifierThroughput/...).
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// Every sentence of the corpus policies, or none when ../shared is not beside the repository.
private func corpusSentences() -> [String] {
    let folder = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/policies")
    let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
    return files.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }.flatMap { file -> [String] in
        guard let data = try? Data(contentsOf: file),
              let policy = try? PolicyParser.parse(Array(data), file: file.path).policy
        else { return [] }
        return (policy.preamble + policy.flattenedSections.flatMap(\.section.blocks)).flatMap(\.sentenceTexts)
    }
}

let benchmarks: @Sendable () -> Void = {
    let sentences = corpusSentences()
    guard !sentences.isEmpty,
          let model = try? ClassifierModel.load(from: root.appendingPathComponent("Resources/model/opp115-linear.bin"))
    else {
        print("skipped: the corpus (../shared/corpus/policies beside the repository) or the shipped model is missing")
        return
    }
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal],
        scalingFactor: .kilo, maxDuration: .seconds(3), maxIterations: 1_000)

    Benchmark("classify: labels") { benchmark in
        let scratch = FeatureScratch()
        for i in benchmark.scaledIterations { blackHole(model.labelMask(sentences[i % sentences.count], using: scratch)) }
    }
    Benchmark("classify: labels and scores") { benchmark in
        let scratch = FeatureScratch()
        for i in benchmark.scaledIterations { blackHole(model.predict(sentences[i % sentences.count], using: scratch)) }
    }
    Benchmark("peer: normalize and hash the n-grams only") { benchmark in
        let hasher = NGramHasher(config: model.config)
        var normalized: [UInt8] = []
        var wordHashes: [UInt64] = []
        for i in benchmark.scaledIterations {
            TextNormalizer.normalize(sentences[i % sentences.count], into: &normalized)
            var sum: UInt32 = 0
            normalized.withUnsafeBufferPointer { bytes in
                hasher.hashWords(in: bytes, into: &wordHashes)
                hasher.forEachCharNGram(in: bytes) { sum &+= $0 }
            }
            wordHashes.withUnsafeBufferPointer { hasher.forEachWordNGram(wordHashes: $0) { sum &+= $0 } }
            blackHole(sum)
        }
    }
}
