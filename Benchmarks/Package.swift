// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// The main package's identity: SwiftPM names a path dependency after its folder, so a clone
/// in any folder (`main`, `policyscope`, a worktree) builds the benchmarks.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

/// A library of the main package.
func main(_ name: String) -> Target.Dependency { .product(name: name, package: mainPackage) }

/// What every benchmark reads policies with.
let parsing = ["PolicyModel", "PolicyParsing"].map(main)

/// policyscope benchmarks: a separate package so `swift test` on the main package never builds it.
let package = Package(
    name: "policyscope-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Plain executables (see README.md): the index against ripgrep, the browser's keys, git histories, the parser.
        .executableTarget(name: "IndexBenchmarks", dependencies: [main("PolicyIndex")] + parsing, path: "Sources/IndexBenchmarks"),
        .executableTarget(name: "BrowserBenchmarks", dependencies: [main("BrowserCore")] + parsing, path: "Sources/BrowserBenchmarks"),
        // Reading git histories against `git log` (generated repositories: Scripts/make-history-repo.sh).
        .executableTarget(name: "HistoryBenchmarks", dependencies: [main("PolicyGit")], path: "Sources/HistoryBenchmarks"),
        // The parser alone: corpus MB/s on one core, a heading-dense file, a 100 MB file's peak RSS.
        .executableTarget(name: "ParserBenchmarks", dependencies: parsing + ["CMD4CBench"], path: "Sources/ParserBenchmarks"),
        // The deep classifier: tokens/s against PyTorch, one policy's wall time, golden logits (deep/run.sh).
        .executableTarget(name: "DeepBenchmarks", dependencies: [main("PolicyDeep")] + parsing, path: "Sources/DeepBenchmarks"),
        // md4c alone (Debian's libmd4c-dev), timed beside the parser in the same run.
        .systemLibrary(name: "CMD4CBench", path: "Sources/CMD4CBench"),
        // ordo-one/benchmark suites (`swift package benchmark`); their sources are in Benchmarks/.
        .executableTarget(
            name: "CorpusBenchmarks",
            dependencies: [.product(name: "Benchmark", package: "benchmark"), main("PolicyClassifier"), main("PolicyExtraction")] + parsing,
            path: "Benchmarks/CorpusBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
