// swift-tools-version: 6.1
import PackageDescription

/// policyscope: a terminal browser for website privacy policies.
///
/// Module layering (arrows point one way; see docs/ARCHITECTURE.md):
/// PolicyModel <- PolicyParsing <- (PolicyClassifier, extraction, index, browser core)
/// <- terminal shell <- policyscope.
let package = Package(
    name: "policyscope",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "policyscope", targets: ["policyscope"]),
        .library(name: "PolicyModel", targets: ["PolicyModel"]),
        .library(name: "PolicyParsing", targets: ["PolicyParsing"]),
        .library(name: "PolicyIndex", targets: ["PolicyIndex"]),
        .library(name: "PolicyClassifier", targets: ["PolicyClassifier"]),
        .library(name: "PolicyExtraction", targets: ["PolicyExtraction"]),
        .library(name: "BrowserCore", targets: ["BrowserCore"]),
        .library(name: "PolicyStore", targets: ["PolicyStore"]),
        .library(name: "PolicyHistory", targets: ["PolicyHistory"]),
        .library(name: "PolicyGit", targets: ["PolicyGit"]),
        .library(name: "PolicyDeep", targets: ["PolicyDeep"]),
        // For Fuzz/ (its own package): the fuzz targets' checks and seeds.
        .library(name: "PolicyFuzzing", targets: ["PolicyFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure value types: Policy, Section, Block, Sentence ranges.
        .target(name: "PolicyModel"),

        // md4c, Debian's libmd4c-dev: the CommonMark parser behind the Markdown adapter.
        .systemLibrary(
            name: "CMD4C",
            providers: [.apt(["libmd4c-dev"])]
        ),

        // Files and folders -> Policy values (Markdown via md4c, plain text, metadata, cleaning).
        .target(name: "PolicyParsing", dependencies: ["PolicyModel", "CMD4C"]),

        // The OPP-115 category classifier: features, training, evaluation, the shipped model.
        .target(name: "PolicyClassifier", dependencies: ["PolicyModel"]),

        // Practices in policies: classified spans, attributes, negation, per-policy answers.
        .target(name: "PolicyExtraction", dependencies: ["PolicyModel", "PolicyClassifier"]),

        // Comparing policies: the answer matrix, section pairing, version diffs.
        .target(name: "PolicyComparison", dependencies: ["PolicyModel", "PolicyExtraction"]),

        // Documents over time: names, versions and their ids, histories from any source,
        // resolving DOC@DATE / DOC@~N, and extracting many versions at once.
        .target(name: "PolicyHistory", dependencies: ["PolicyModel", "PolicyExtraction", "PolicyComparison"]),

        // Snowball stemmers, Debian's libstemmer-dev.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),

        // The in-memory index: tokenising, BM25F search, filters, section jump.
        .target(name: "PolicyIndex", dependencies: ["PolicyModel", "CStemmer"]),

        // SQLite, Debian's libsqlite3-dev; SHA-1 for blob ids from nettle, Debian's nettle-dev.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CNettle",
            providers: [.apt(["nettle-dev"])]
        ),

        // OpenBLAS's CBLAS, Debian's libopenblas-dev: only PolicyDeep may import it. Its header
        // only: the library is opened at run time, on the first deep classification.
        .systemLibrary(
            name: "COpenBLAS",
            providers: [.apt(["libopenblas-dev"])]
        ),

        // The deep classifier: its model file, the WordPiece tokenizer, the BERT forward pass.
        .target(name: "PolicyDeep", dependencies: ["COpenBLAS"]),

        // The persistent store: parsed policies and practices in SQLite, keyed by git blob id.
        .target(name: "PolicyStore", dependencies: ["PolicyModel", "PolicyParsing", "PolicyExtraction", "CSQLite", "CNettle"]),

        // libgit2, Debian's libgit2-dev: only PolicyGit may import it.
        .systemLibrary(
            name: "CGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),

        // Git histories: which tracked file changed in which first-parent commit; blobs by id.
        .target(name: "PolicyGit", dependencies: ["CGit2"]),

        // The browser's pure core: state, keys as data, update, layout, render into a cell grid.
        .target(name: "BrowserCore", dependencies: ["PolicyModel", "PolicyClassifier", "PolicyExtraction", "PolicyComparison", "PolicyHistory"]),

        // ncursesw, Debian's libncurses-dev: only TerminalShell may import it.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),

        // Signal handlers that restore the terminal without racing the drawing thread (C).
        .target(name: "CTerminalSignals", linkerSettings: [.linkedLibrary("ncursesw")]),

        // The one module that talks to the terminal: grid -> screen, keys, resize, signals.
        .target(name: "TerminalShell", dependencies: ["BrowserCore", "CNcursesw", "CTerminalSignals"]),

        // Bundled data: the seed policies and the trained classifier model.
        .target(
            name: "PolicyResources",
            path: "Resources",
            exclude: ["opp115"],
            sources: ["PolicyResources.swift"],
            resources: [.copy("seeds"), .copy("model")]
        ),

        .executableTarget(
            name: "policyscope",
            dependencies: [
                "PolicyModel", "PolicyParsing", "PolicyClassifier", "PolicyExtraction", "PolicyComparison", "PolicyIndex", "BrowserCore", "TerminalShell",
                "PolicyResources", "PolicyStore",
                "PolicyHistory", "PolicyGit", "PolicyDeep",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The fuzz targets: one input through a parser or decoder, its invariants checked (Fuzz/
        // builds them with libFuzzer; the tests replay the crash inputs kept in Tests/PolicyFuzzingTests).
        .target(
            name: "PolicyFuzzing",
            dependencies: ["PolicyModel", "PolicyParsing", "PolicyIndex", "PolicyClassifier", "PolicyExtraction", "PolicyStore",
                           "PolicyHistory", "PolicyGit", "PolicyResources"]
        ),

        // Shared by the test targets: the package and ../shared paths, seeds and inline policies.
        .target(
            name: "TestSupport",
            dependencies: ["PolicyModel", "PolicyParsing", "PolicyResources"],
            path: "Tests/TestSupport"
        ),

        .testTarget(name: "PolicyModelTests", dependencies: ["PolicyModel"]),
        .testTarget(name: "PolicyParsingTests", dependencies: ["PolicyParsing", "PolicyResources", "TestSupport"]),
        .testTarget(name: "PolicyClassifierTests", dependencies: ["PolicyClassifier", "PolicyResources", "TestSupport"]),
        .testTarget(
            name: "PolicyExtractionTests",
            dependencies: ["PolicyExtraction", "PolicyParsing", "PolicyResources", "TestSupport"],
            exclude: ["HandRead2020s", "HandReadCorpus", "HandReadCorpus5", "HandReadCorpus6", "HandReadCorpus7", "HandReadCorpus8", "HandReadCorpus9", "HandReadCorpus10", "HandReadCorpus11", "HandReadCorpus12", "HandReadCorpus13"]
        ),
        .testTarget(name: "PolicyComparisonTests", dependencies: ["PolicyComparison", "PolicyParsing"]),
        .testTarget(name: "PolicyIndexTests", dependencies: ["PolicyIndex", "PolicyParsing", "PolicyResources", "TestSupport"]),
        .testTarget(
            name: "BrowserCoreTests",
            dependencies: ["BrowserCore", "PolicyExtraction", "PolicyHistory", "PolicyParsing", "PolicyResources", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "TerminalShellTests", dependencies: ["TerminalShell", "BrowserCore", "PolicyModel", "CNcursesw"]),
        .testTarget(name: "PolicyStoreTests", dependencies: ["PolicyStore", "PolicyParsing", "PolicyExtraction", "PolicyResources", "TestSupport"]),
        .testTarget(name: "PolicyHistoryTests", dependencies: ["PolicyHistory", "PolicyParsing", "PolicyExtraction", "PolicyResources", "TestSupport"]),
        .testTarget(name: "PolicyDeepTests", dependencies: ["PolicyDeep", "PolicyClassifier", "PolicyResources", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PolicyGitTests", dependencies: ["PolicyGit", "PolicyStore", "TestSupport"]),
        .testTarget(name: "PolicyFuzzingTests", dependencies: ["PolicyFuzzing"], exclude: ["Regressions"]),
        .testTarget(name: "PolicyscopeCLITests", dependencies: ["policyscope", "PolicyExtraction", "PolicyStore", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
