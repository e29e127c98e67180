import Foundation
import PolicyClassifier
import PolicyModel
import PolicyParsing

// Usage: ClassifierBenchmarks [rounds=15] [model=../Resources/model/opp115-linear.bin] [paths...=../../shared/corpus/policies]
// Classifier throughput on one core: every sentence of the policies is classified once per
// round (label-only path, then the full prediction with scores), after one warm-up round.
// The peer in the same process is the floor that any hashed n-gram model pays: normalizing
// the text and hashing its word and character n-grams, with no counting or scoring.
// Rates are sentences per second of this thread's CPU time (barely moved by other processes);
// medians over rounds, with min and max.
let args = CommandLine.arguments
let rounds = args.count > 1 ? max(1, Int(args[1]) ?? 15) : 15
let modelPath = args.count > 2 ? args[2] : "../Resources/model/opp115-linear.bin"
let paths = args.count > 3 ? Array(args[3...]) : ["../../shared/corpus/policies"]

/// CPU time of this thread in seconds.
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

let model: ClassifierModel
do {
    model = try ClassifierModel.load(from: URL(fileURLWithPath: modelPath))
} catch {
    print("cannot load the model at \(modelPath): \(error); run from Benchmarks/ or pass the path")
    exit(1)
}
let loaded = await PolicyLoader.load(paths)
let sentences = loaded.policies.flatMap { policy in
    (policy.preamble + policy.flattenedSections.flatMap(\.section.blocks)).flatMap(\.sentenceTexts)
}
guard !sentences.isEmpty else {
    print("no sentences under \(paths); run from Benchmarks/ or pass the paths")
    exit(1)
}
let bytes = sentences.reduce(0) { $0 + $1.utf8.count }
print(String(format: "%d policies, %d sentences (mean %.0f bytes); %d rounds after one warm-up",
             loaded.policies.count, sentences.count, Double(bytes) / Double(sentences.count), rounds))

/// Runs `body` over every sentence `rounds + 1` times and returns the median, min and max
/// rate (sentences per CPU second) of the timed rounds, and a checksum that keeps the work alive.
func measure(_ body: (String) -> Int) -> (median: Double, min: Double, max: Double, checksum: Int) {
    var checksum = 0
    var rates: [Double] = []
    for round in 0...rounds {
        let start = cpuNow()
        for sentence in sentences { checksum &+= body(sentence) }
        if round > 0 { rates.append(Double(sentences.count) / (cpuNow() - start)) }
    }
    rates.sort()
    return (rates[rates.count / 2], rates[0], rates[rates.count - 1], checksum)
}

let scratch = FeatureScratch()
let hasher = NGramHasher(config: model.config)
var normalized: [UInt8] = []
var wordHashes: [UInt64] = []
let hashing = measure { sentence in
    TextNormalizer.normalize(sentence, into: &normalized)
    var sum: UInt32 = 0
    normalized.withUnsafeBufferPointer { bytes in
        hasher.hashWords(in: bytes, into: &wordHashes)
        hasher.forEachCharNGram(in: bytes) { sum &+= $0 }
    }
    wordHashes.withUnsafeBufferPointer { hasher.forEachWordNGram(wordHashes: $0) { sum &+= $0 } }
    return Int(sum & 1)
}
let labels = measure { Int(model.labelMask($0, using: scratch)) }
let full = measure { model.predict($0, using: scratch).labels.count }

func line(_ name: String, _ r: (median: Double, min: Double, max: Double, checksum: Int)) -> String {
    String(format: "%@ median %8.0f sentences/s (min %.0f, max %.0f)", name, r.median, r.min, r.max)
}
print(line("n-gram hashing only (peer) ", hashing))
print(line("classify, labels only      ", labels) + String(format: "  %.2fx the peer's time", hashing.median / labels.median))
print(line("classify, labels and scores", full) + String(format: "  %.2fx the peer's time", hashing.median / full.median))
print("checksums \(hashing.checksum) \(labels.checksum) \(full.checksum)")
