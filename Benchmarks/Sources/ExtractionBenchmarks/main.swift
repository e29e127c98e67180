import Foundation
import PolicyExtraction
import PolicyModel
import PolicyParsing

// Usage: ExtractionBenchmarks [runs=15] [model=../Resources/model/opp115-linear.bin] [paths...=../../shared/corpus/policies]
// Practice extraction per policy: every policy extracted once per run (after one warm-up
// run); prints the median over runs of the mean per policy, wall and thread CPU, the slowest
// policy, and the not-a-policy / non-English flags.
let args = CommandLine.arguments
let runs = args.count > 1 ? max(1, Int(args[1]) ?? 15) : 15
let modelPath = args.count > 2 ? args[2] : "../Resources/model/opp115-linear.bin"
let paths = args.count > 3 ? Array(args[3...]) : ["../../shared/corpus/policies"]

let extractor: PracticeExtractor
do {
    extractor = try PracticeExtractor(modelFile: URL(fileURLWithPath: modelPath))
} catch {
    print("cannot load the model at \(modelPath): \(error); run from Benchmarks/ or pass the path")
    exit(1)
}
let loaded = await PolicyLoader.load(paths)
guard !loaded.policies.isEmpty else {
    print("no policies under \(paths); run from Benchmarks/ or pass the paths")
    exit(1)
}
let policies = loaded.policies
let words = policies.reduce(0) { total, policy in
    total + (policy.preamble + policy.flattenedSections.flatMap(\.section.blocks)).reduce(0) { $0 + $1.text.split(separator: " ").count }
}
print("\(policies.count) policies, \(words) words; \(runs) runs after one warm-up")

let report = ExtractionTiming.measure(extractor, policies, runs: runs)
print(String(format: "mean per policy: wall median %.2f ms (min %.2f, max %.2f), CPU median %.2f ms",
             report.wallMedian, report.wallMin, report.wallMax, report.cpuMedian))
print(String(format: "slowest: %@ %.2f ms (median over runs)", report.slowest.id, report.slowest.ms))
print("flags: " + (report.flags.isEmpty ? "none" : report.flags.joined(separator: "; ")))
