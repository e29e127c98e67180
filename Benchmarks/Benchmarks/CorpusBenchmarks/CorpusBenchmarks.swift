import Benchmark
import PolicyClassifier
import PolicyExtraction

// Benchmarks over the 45 corpus policies (ordo-one/benchmark; `swift package benchmark`).
//
// Classifier throughput on one core: the classify benchmarks walk the corpus sentences in
// order, one sentence per iteration counted in thousands, so "Throughput (# / s) (K)" reads as
// thousands of sentences per second. The peer, measured in the same run, normalizes each
// sentence and hashes its n-grams without counting or scoring: the floor of any hashed n-gram
// model. Extraction: one iteration extracts the practices of all 45 policies (divide its wall
// clock by 45 for the mean per policy).

let benchmarks: @Sendable () -> Void = {
    let policies = Corpus.policies()
    guard !policies.isEmpty, let model = try? ClassifierModel.load(from: Corpus.modelURL) else {
        print("skipped: the corpus (../shared/corpus/policies beside the repository) or the shipped model is missing")
        return
    }
    let sentences = Corpus.sentences(of: policies)
    let perSentence = Benchmark.Configuration(
        metrics: [.throughput, .wallClock, .mallocCountTotal], scalingFactor: .kilo,
        maxDuration: .seconds(3), maxIterations: 1_000)

    Benchmark("classify: labels", configuration: perSentence) { benchmark in
        let scratch = FeatureScratch()
        for i in benchmark.scaledIterations { blackHole(model.labelMask(sentences[i % sentences.count], using: scratch)) }
    }
    Benchmark("classify: labels and scores", configuration: perSentence) { benchmark in
        let scratch = FeatureScratch()
        for i in benchmark.scaledIterations { blackHole(model.predict(sentences[i % sentences.count], using: scratch)) }
    }
    Benchmark("peer: normalize and hash the n-grams only", configuration: perSentence) { benchmark in
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

    let extractor = PracticeExtractor(model: model)
    Benchmark(
        "extract practices: all \(policies.count) corpus policies",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5), maxIterations: 50)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            for policy in policies { blackHole(extractor.extract(policy)) }
        }
    }
}
