// swift-tools-version: 6.1
import PackageDescription

/// policyscope benchmarks: a separate package so `swift test` on the main package never builds it.
let package = Package(
    name: "policyscope-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "IndexBenchmarks",
            dependencies: [
                .product(name: "PolicyIndex", package: "main"),
                .product(name: "PolicyModel", package: "main"),
                .product(name: "PolicyParsing", package: "main"),
            ],
            path: "Sources/IndexBenchmarks"
        ),
        .executableTarget(
            name: "BrowserBenchmarks",
            dependencies: [
                .product(name: "BrowserCore", package: "main"),
                .product(name: "PolicyModel", package: "main"),
                .product(name: "PolicyParsing", package: "main"),
            ],
            path: "Sources/BrowserBenchmarks"
        ),
        // ordo-one/benchmark suites (`swift package benchmark`); their sources are in Benchmarks/.
        .executableTarget(
            name: "CorpusBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "PolicyClassifier", package: "main"),
                .product(name: "PolicyExtraction", package: "main"),
                .product(name: "PolicyModel", package: "main"),
                .product(name: "PolicyParsing", package: "main"),
            ],
            path: "Benchmarks/CorpusBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
