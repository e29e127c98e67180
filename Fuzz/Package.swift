// swift-tools-version: 5.4
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's `main`, which
// then clashes with libFuzzer's own `main`.
import PackageDescription

/// policyscope's libFuzzer build: one executable, `fuzz`, whose target is chosen by
/// `POLICYSCOPE_FUZZ_TARGET` (see `run.sh`). Never part of the normal build or `swift test`:
/// build it with `swift build -c release -Xswiftc -sanitize=fuzzer[,address]` here.
let package = Package(
    name: "PolicyscopeFuzz",
    dependencies: [
        .package(name: "policyscope", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "fuzz",
            dependencies: [.product(name: "PolicyFuzzing", package: "policyscope")],
            swiftSettings: [.unsafeFlags(["-parse-as-library", "-swift-version", "6"])]
        ),
    ]
)
