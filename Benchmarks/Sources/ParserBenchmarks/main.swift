import Foundation
import PolicyModel
import PolicyParsing
import CMD4CBench

// Usage (from Benchmarks/, release build):
//   ParserBenchmarks [rounds=15]          corpus + seeds MB/s, heading-dense 10 MB MB/s, 100 MB peak RSS
//   ParserBenchmarks rss FILE             parses FILE once, prints its peak RSS against its size
//   ParserBenchmarks measure FILE         the same as one line: bytes, thread CPU s, wall s, peak RSS, RSS before reading
//   ParserBenchmarks shapes [MB...]       each pathological shape at 1, 10, 100 MB: time, peak RSS, linearity (SHAPES=a,b to pick)
//   ParserBenchmarks profile SECONDS      parses the corpus + seeds in a loop (for `perf record -g`)
//   ParserBenchmarks dump OUTDIR PATH...  each file's parsed policy as sorted JSON (to diff -r two builds)
//   ParserBenchmarks variants OUTDIR PATH... writes 4 edited copies of each file (.md and .txt) for `dump`
// Data: PARSER_BENCH_SHARED (default: ../shared beside the repository) holds corpus/policies;
// generated files go to PARSER_BENCH_SCRATCH (default /tmp/policyscope-parser-bench).
let env = ProcessInfo.processInfo.environment
let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let shared = env["PARSER_BENCH_SHARED"] ?? repo.deletingLastPathComponent().appendingPathComponent("shared").path
let scratch = env["PARSER_BENCH_SCRATCH"] ?? "/tmp/policyscope-parser-bench"
let args = Array(CommandLine.arguments.dropFirst())

/// The corpus and the seeds, read into memory.
func corpusFiles() -> [(name: String, bytes: [UInt8])] {
    let paths = files(under: shared + "/corpus/policies") + files(under: shared + "/seeds")
    return paths.map { ($0, read($0)) }
}

/// A generated heading-dense file of about `megabytes` MB, written once to the scratch folder.
func denseFile(megabytes: Int, corpus: [[UInt8]]) -> String {
    let path = "\(scratch)/heading-dense-\(megabytes)MB.md"
    if !FileManager.default.fileExists(atPath: path) {
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let bytes = DenseGenerator(corpus: corpus).generate(bytes: megabytes * 1_000_000, seed: 13)
        try? Data(bytes).write(to: URL(fileURLWithPath: path))
    }
    return path
}

func parseAll(_ files: [(name: String, bytes: [UInt8])]) {
    for f in files { _ = try? PolicyParser.parse(f.bytes, file: f.name) }
}

switch args.first {
case "rss":
    let bytes = read(args[1])
    let before = procStatus("VmHWM")
    let t = now()
    let result = try PolicyParser.parse(bytes, file: args[1])
    let seconds = now() - t
    let peak = procStatus("VmHWM"), held = Int(mallinfo2().uordblks) + Int(mallinfo2().hblkhd) - bytes.count
    print(String(format: "rss: %@: %.1f MB parsed in %.2f s (%.1f MB/s), %d sections; peak RSS %.1f MB = %.2fx the input (%.2fx before parsing); the result holds %.2fx the input (malloc in use)",
                 args[1], Double(bytes.count) / 1e6, seconds, Double(bytes.count) / 1e6 / seconds, result.policy.flattenedSections.count,
                 Double(peak) / 1e6, Double(peak) / Double(bytes.count), Double(before) / Double(bytes.count), Double(held) / Double(bytes.count)))
case "measure":
    // As the loader does: the bytes go to the parser, which frees them once read.
    let start = procStatus("VmHWM")
    let size = (try FileManager.default.attributesOfItem(atPath: args[1])[.size] as? Int) ?? 0
    let (t, c) = (now(), cpuNow())
    let result = try PolicyParser.parse(read(args[1]), file: args[1])
    let (wall, cpu) = (now() - t, cpuNow() - c)
    withExtendedLifetime(result) { print(size, cpu, wall, procStatus("VmHWM"), start) }
case "shapes":
    let sizes = args.dropFirst().compactMap { Int($0) }
    let only = Set((env["SHAPES"] ?? "").split(separator: ",").map(String.init))
    let ok = try ShapesBenchmark.run(sizes: sizes.isEmpty ? [1, 10, 100] : sizes, only: only, scratch: scratch,
                                     corpus: corpusFiles().map(\.bytes), executable: CommandLine.arguments[0])
    exit(ok ? 0 : 1)
case "profile":
    let corpus = corpusFiles()
    let end = now() + (args.count > 1 ? Double(args[1]) ?? 20 : 20)
    var rounds = 0
    while now() < end { parseAll(corpus); rounds += 1 }
    print("profile: \(rounds) rounds")
case "dump":
    let out = args[1]
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    var count = 0
    for path in args.dropFirst(2).flatMap(files(under:)) {
        let text: String
        do {
            let result = try PolicyParser.parse(read(path), file: path)
            text = String(decoding: try encoder.encode(result.policy), as: UTF8.self) + "\nwarnings: \(result.warnings)\n"
        } catch {
            text = "error: \(error)\n"
        }
        let name = path.map { $0 == "/" ? "_" : $0 }
        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(out)/\(String(name)).json"))
        count += 1
    }
    print("dump: \(count) files in \(out)")
case "variants":
    let out = args[1]
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let paths = args.dropFirst(2).flatMap(files(under:))
    for (n, path) in paths.enumerated() {
        let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        for (k, variant) in Variants.make(read(path), count: 4, edits: 60, seed: UInt64(n)).enumerated() {
            // The last copy loses its Markdown marks (and the corpus header), so it reads as plain text.
            let bytes = k < 3 ? variant : variant.drop { $0 != 0x0A }.filter { !"#*[]".utf8.contains($0) }
            try Data(bytes).write(to: URL(fileURLWithPath: "\(out)/\(base)-\(k).\(k % 2 == 0 ? "md" : "txt")"))
        }
    }
    print("variants: \(paths.count * 4) files in \(out)")
default:
    let rounds = args.first.flatMap { Int($0) } ?? 15
    let corpus = corpusFiles()
    guard !corpus.isEmpty else { print("no corpus under \(shared); set PARSER_BENCH_SHARED"); exit(1) }
    let corpusBytes = Double(corpus.reduce(0) { $0 + $1.bytes.count })
    parseAll(corpus)
    let c = timed(rounds: rounds) { parseAll(corpus) }
    print(String(format: "corpus: %d files, %.2f MB: median of %d rounds %.2f ms wall -> %.1f MB/s (thread CPU %.1f MB/s)",
                 corpus.count, corpusBytes / 1e6, rounds, c.wall * 1000, corpusBytes / 1e6 / c.wall, corpusBytes / 1e6 / c.cpu))
    let m = timed(rounds: rounds) { for f in corpus { MD4CPeer.parse(f.bytes) } }
    print(String(format: "md4c alone, same files: %.2f ms wall -> %.1f MB/s (thread CPU %.1f MB/s); PolicyParser.parse takes %.1fx md4c's CPU time",
                 m.wall * 1000, corpusBytes / 1e6 / m.wall, corpusBytes / 1e6 / m.cpu, c.cpu / m.cpu))

    let densePath = denseFile(megabytes: 10, corpus: corpus.map(\.bytes))
    let dense = read(densePath)
    let d = try timed(rounds: max(3, rounds / 3)) { _ = try PolicyParser.parse(dense, file: densePath) }
    let sections = try PolicyParser.parse(dense, file: densePath).policy.sections.first?.children.count ?? 0
    print(String(format: "heading-dense: %.1f MB (%d sections under the root): median of %d rounds %.0f ms wall -> %.1f MB/s (thread CPU %.1f MB/s)",
                 Double(dense.count) / 1e6, sections, max(3, rounds / 3), d.wall * 1000, Double(dense.count) / 1e6 / d.wall, Double(dense.count) / 1e6 / d.cpu))
    let md = timed(rounds: max(3, rounds / 3)) { MD4CPeer.parse(dense) }
    print(String(format: "md4c alone, heading-dense: %.1f MB/s (thread CPU %.1f MB/s)", Double(dense.count) / 1e6 / md.wall, Double(dense.count) / 1e6 / md.cpu))

    // Peak memory in a child process, so this process's arrays do not count.
    fflush(nil)
    let big = denseFile(megabytes: 100, corpus: corpus.map(\.bytes))
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = ["rss", big]
    try child.run()
    child.waitUntilExit()
}
