// swift-tools-version: 6.1
import PackageDescription

/// policyscope benchmarks: a separate package so `swift test` on the main package never builds it.
let package = Package(
    name: "policyscope-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
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
        .executableTarget(
            name: "ExtractionBenchmarks",
            dependencies: [
                .product(name: "PolicyExtraction", package: "main"),
                .product(name: "PolicyModel", package: "main"),
                .product(name: "PolicyParsing", package: "main"),
            ],
            path: "Sources/ExtractionBenchmarks"
        ),
        .executableTarget(
            name: "ClassifierBenchmarks",
            dependencies: [
                .product(name: "PolicyClassifier", package: "main"),
                .product(name: "PolicyModel", package: "main"),
                .product(name: "PolicyParsing", package: "main"),
            ],
            path: "Sources/ClassifierBenchmarks"
        ),
    ],
    swiftLanguageModes: [.v6]
)
