import Foundation
import PolicyIndex
import PolicyModel
import PolicyParsing

// Usage: IndexBenchmarks [policies=10000] [corpus=../../shared/corpus/policies] [scratch=/tmp/policyscope-index-bench]
let args = CommandLine.arguments
let count = args.count > 1 ? Int(args[1]) ?? 10_000 : 10_000
let corpus = args.count > 2 ? args[2] : "../../shared/corpus/policies"
let scratch = args.count > 3 ? args[3] : "/tmp/policyscope-index-bench"
// For profiling one phase: IDX_BENCH_BUILD_ROUNDS (default 3), IDX_BENCH_QUERY_RUNS (default 30).
let environment = ProcessInfo.processInfo.environment
let buildRounds = max(1, environment["IDX_BENCH_BUILD_ROUNDS"].flatMap { Int($0) } ?? 3)
let queryRuns = max(1, environment["IDX_BENCH_QUERY_RUNS"].flatMap { Int($0) } ?? 30)

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
/// CPU time of the calling thread: unlike wall time, barely moved by other processes' load.
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }
func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted(); return s[min(s.count - 1, Int(Double(s.count) * p))]
}
func rssBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let parts = text.split(separator: " ")
    return parts.count > 1 ? (Int(parts[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}
func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

guard FileManager.default.fileExists(atPath: corpus) else {
    print("corpus not found at \(corpus); pass its path as the second argument")
    exit(1)
}

// 1. Parse: PolicyParser over every corpus file, in memory.
let files = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".md") }.sorted()
let contents = try files.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: corpus + "/" + $0))) }
let corpusBytes = contents.reduce(0) { $0 + $1.count }
var parseTimes: [Double] = []
for _ in 0..<7 {
    let t = now()
    for (name, bytes) in zip(files, contents) { _ = try PolicyParser.parse(bytes, file: name) }
    parseTimes.append(now() - t)
}
print(String(format: "parse: %d files, %@, median %.1f ms -> %.1f MB/s (one core)",
             files.count, mb(corpusBytes), median(parseTimes) * 1000, Double(corpusBytes) / 1e6 / median(parseTimes)))

// 2. Generate the synthetic corpus, and write it out for ripgrep.
let sources = await PolicyLoader.load([corpus]).policies
let generator = CorpusGenerator(sources: sources)
var t0 = now()
// IDX_BENCH_UNIQUE=1: every sentence rewritten, so that nearly all are unique.
let unique = ProcessInfo.processInfo.environment["IDX_BENCH_UNIQUE"] == "1"
let policies = generator.generate(count: count, seed: 42, rewrite: unique)
print(String(format: "generated %d policies in %.2f s; sentences occurring once: %.1f%%", policies.count, now() - t0,
             CorpusGenerator.uniqueShare(of: policies) * 100))
let dir = scratch + "/corpus-\(count)" + (unique ? "-unique" : "")
if !FileManager.default.fileExists(atPath: dir + "/done") {
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for p in policies {
        try CorpusGenerator.markdown(p).write(toFile: dir + "/" + p.file, atomically: false, encoding: .utf8)
    }
    _ = FileManager.default.createFile(atPath: dir + "/done", contents: nil)
}

// Synthetic annotations so category: and answer: filters have something to hit.
var annotations: [String: IndexAnnotations] = [:]
let labelWords: [(String, String)] = [("retain", "Data Retention"), ("secur", "Data Security"),
                                      ("third part", "Third Party Sharing/Collection"), ("cookie", "First Party Collection/Use")]
for (i, p) in policies.enumerated() where i % 2 == 0 {
    var categories: [SentenceAddress: [String]] = [:]
    for (location, section) in p.flattenedSections {
        for (b, block) in section.blocks.enumerated() {
            for (s, text) in block.sentenceTexts.enumerated() {
                let lower = text.lowercased()
                let labels = labelWords.filter { lower.contains($0.0) }.map(\.1)
                if !labels.isEmpty { categories[SentenceAddress(section: location.number, block: b, sentence: s)] = labels }
            }
        }
    }
    annotations[p.id] = IndexAnnotations(categories: categories, answers: ["sells-data": i % 4 == 0 ? "no" : "yes"])
}

// 3. Build on 2 cores.
let rssBefore = rssBytes()
var buildTimes: [Double] = []
var index: PolicyIndex? = nil
for round in 0..<buildRounds {
    index = nil
    let t = now()
    let built = await PolicyIndex.build(policies: policies, annotations: annotations, parallelism: 2)
    buildTimes.append(now() - t)
    if round == buildRounds - 1 { index = built }
}
let idx = index!
let rssAfter = rssBytes()
let text = idx.textByteCount
print(String(format: "build: %d sentences, %d terms, %@ text; median %.2f s -> %.1f MB/s total, %.1f MB/s per core (2 tasks)",
             idx.sentenceCount, idx.termCount, mb(text), median(buildTimes),
             Double(text) / 1e6 / median(buildTimes), Double(text) / 1e6 / median(buildTimes) / 2))
let f = idx.footprint
print("memory: index arrays \(mb(f.total)) (postings \(mb(f.postings)), documents \(mb(f.documents)), sections \(mb(f.sections)), vocabulary \(mb(f.vocabulary)), filters \(mb(f.filters)), titles \(mb(f.sectionTitles))) = "
      + String(format: "%.2f", Double(f.total) / Double(text)) + " x text; RSS delta over the build loop \(mb(rssAfter - rssBefore))")

// 4. Query mix.
let mix = [
    "retain", "personal information", "\"third parties\"", "\"personal information\" sell*", "shar*",
    "cookies -advertising", "sell OR rent", "(email OR address) -newsletter", "opt-out", "\"do not track\"",
    "category:retention", "category:\"Data Security\" encrypt*", "domain:site17-*.example", "data year:2012..2015",
    "answer:sells-data=no sell", "children under 13", "secur* -password", "\"you can\" choose", "analytic* OR measure*",
    "disclose law enforcement", "retain year:2010 category:retention", "delete account", "transfer outside",
]
var latencies: [Double] = []
var perQuery: [(String, Double, Double, Int)] = []
// IDX_BENCH_ONLY=query runs only that query of the mix (for profiling it).
for q in mix where environment["IDX_BENCH_ONLY"].map({ $0 == q }) ?? true {
    var times: [Double] = [], cpuTimes: [Double] = []
    var n = 0
    for _ in 0..<queryRuns {
        let t = now(), c = cpuNow()
        n = (try? idx.search(q, limit: 20).count) ?? -1
        cpuTimes.append(cpuNow() - c)
        times.append(now() - t)
    }
    latencies += times
    perQuery.append((q, median(times), median(cpuTimes), n))
}
print("  wall median, thread CPU median, hits, query:")
for (q, m, c, n) in perQuery { print(String(format: "  %8.3f ms  %8.3f ms  %2d hits  %@", m * 1000, c * 1000, n, q)) }
print(String(format: "query mix: %d runs, p50 %.3f ms, p99 %.3f ms", latencies.count,
             percentile(latencies, 0.5) * 1000, percentile(latencies, 0.99) * 1000))

// 5. One query against ripgrep over the same files.
func ripgrep(_ args: [String]) -> Double {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["rg"] + args
    p.standardOutput = FileHandle.nullDevice
    let t = now()
    try? p.run()
    p.waitUntilExit()
    return now() - t
}
var rgTimes: [Double] = []
for _ in 0..<5 { rgTimes.append(ripgrep(["-i", "-w", "-c", "retention", dir])) }
var idxTimes: [Double] = []
for _ in 0..<50 {
    let t = now()
    _ = try idx.search("\"retention\"", limit: 20)
    idxTimes.append(now() - t)
}
print(String(format: "rg -i -w -c retention: median %.1f ms; index \"retention\": median %.3f ms; ratio %.0fx",
             median(rgTimes) * 1000, median(idxTimes) * 1000, median(rgTimes) / median(idxTimes)))
