// The deep classifier's speed and agreement, for Benchmarks/deep/run.sh (which times PyTorch on
// the same texts). Texts files hold one JSON string a line; every result is one JSON line.
//
//   DeepBenchmarks sentences OUT.jsonl POLICY.md...   every sentence of the policies
//   DeepBenchmarks tokenize MODEL TEXTS.jsonl OUT.jsonl   ids, one JSON array a line
//   DeepBenchmarks speed MODEL TEXTS.jsonl [runs] [threads] [openBLAS|swift] [tokensPerBatch]
//   DeepBenchmarks policy MODEL POLICY.md [runs] [threads] [count]   wall time to classify a policy's first count sentences
//   DeepBenchmarks golden MODEL GOLDEN.json   max |Swift - PyTorch| logits
import Foundation
import PolicyDeep
import PolicyModel
import PolicyParsing

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

func sentences(ofPolicy path: String) -> [String] {
    guard let data = FileManager.default.contents(atPath: path),
          let policy = try? PolicyParser.parse(Array(data), file: path).policy else { fail("\(path): cannot parse") }
    return (policy.preamble + policy.flattenedSections.flatMap(\.section.blocks)).flatMap(\.sentenceTexts)
}

func readTexts(_ path: String) -> [String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("\(path): cannot read") }
    return text.split(separator: "\n").map { line in
        guard let value = try? JSONDecoder().decode(String.self, from: Data(line.utf8)) else { fail("\(path): not a JSON string: \(line.prefix(40))") }
        return value
    }
}

func json(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try! encoder.encode(value), as: UTF8.self)
}

func model(_ path: String) -> DeepModel {
    do { return try DeepModel(contentsOf: URL(fileURLWithPath: path)) } catch { fail(error.description) }
}

/// Seconds of CPU this process used, and of wall clock.
func clocks() -> (cpu: Double, wall: Double) {
    var cpu = timespec(), wall = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu)
    clock_gettime(CLOCK_MONOTONIC, &wall)
    return (Double(cpu.tv_sec) + Double(cpu.tv_nsec) / 1e9, Double(wall.tv_sec) + Double(wall.tv_nsec) / 1e9)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Runs `body` `runs` times; the medians of its CPU and wall seconds.
func timed(_ runs: Int, _ body: () -> Void) -> (cpu: Double, wall: Double) {
    var cpu: [Double] = [], wall: [Double] = []
    for _ in 0 ..< runs {
        let start = clocks()
        body()
        let end = clocks()
        cpu.append(end.cpu - start.cpu)
        wall.append(end.wall - start.wall)
    }
    return (median(cpu), median(wall))
}

let arguments = Array(CommandLine.arguments.dropFirst())
func argument(_ index: Int, _ fallback: String) -> String { index < arguments.count ? arguments[index] : fallback }

switch arguments.first {
case "sentences":
    let texts = arguments.dropFirst(2).flatMap(sentences(ofPolicy:))
    _ = FileManager.default.createFile(atPath: arguments[1], contents: Data(texts.map { json($0) + "\n" }.joined().utf8))
    print(json(["sentences": texts.count]))
case "tokenize":
    let tokenizer = model(arguments[1]).tokenizer
    let lines = readTexts(arguments[2]).map { json(tokenizer.encode($0)) + "\n" }
    _ = FileManager.default.createFile(atPath: arguments[3], contents: Data(lines.joined().utf8))
case "speed":
    let deep = model(arguments[1])
    let texts = readTexts(arguments[2])
    let runs = Int(argument(3, "5")) ?? 5
    guard let backend = GemmBackend(rawValue: argument(5, "openBLAS")) else { fail("backend: openBLAS or swift") }
    let options = InferenceOptions(threads: Int(argument(4, "1")) ?? 1, backend: backend, tokensPerBatch: Int(argument(6, "2048")) ?? 2048)
    var ids: [[Int32]] = []
    let tokenizing = timed(runs) { ids = texts.map(deep.tokenizer.encode) }
    let tokens = ids.map(\.count).reduce(0, +)
    let forward = timed(runs) { _ = deep.logits(tokenIDs: ids, options: options) }
    print(json([
        "texts": Double(texts.count), "tokens": Double(tokens), "runs": Double(runs), "threads": Double(options.threads),
        "forwardCPUSeconds": forward.cpu, "forwardWallSeconds": forward.wall,
        "tokensPerCPUSecond": Double(tokens) / forward.cpu, "tokensPerSecond": Double(tokens) / forward.wall,
        "tokenizeCPUSeconds": tokenizing.cpu,
    ]) + " backend=\(backend.rawValue)")
case "policy":
    let loadStart = clocks()
    let deep = model(arguments[1])
    let load = clocks().wall - loadStart.wall
    let texts = Array(sentences(ofPolicy: arguments[2]).prefix(Int(argument(5, "100000")) ?? 100_000))
    let threads = Int(argument(4, "2")) ?? 2
    let time = timed(Int(argument(3, "3")) ?? 3) { _ = deep.probabilities(texts, options: InferenceOptions(threads: threads, tokensPerBatch: 1024)) }
    print(json(["sentences": Double(texts.count), "threads": Double(threads), "wallSeconds": time.wall, "cpuSeconds": time.cpu,
                "modelLoadWallSeconds": load]))
case "golden":
    struct Golden: Decodable { var texts: [String]; var logits: [[Double]]; var checkpointLogits: [[Double]]? }
    guard let data = FileManager.default.contents(atPath: arguments[2]),
          let golden = try? JSONDecoder().decode(Golden.self, from: data) else { fail("\(arguments[2]): cannot read") }
    let logits = model(arguments[1]).logits(golden.texts)
    func gap(_ expected: [[Double]]) -> Double { zip(logits, expected).flatMap { zip($0, $1).map { abs(Double($0) - $1) } }.max() ?? .nan }
    print(json(["maxAbsVsFileWeights": gap(golden.logits), "maxAbsVsCheckpoint": golden.checkpointLogits.map(gap) ?? .nan]))
default:
    fail("usage: DeepBenchmarks sentences|tokenize|speed|policy|golden ... (see main.swift)")
}
