import Foundation
import PolicyFuzzing

/// The target of this process, from `POLICYSCOPE_FUZZ_TARGET`, set once before fuzzing starts.
nonisolated(unsafe) private var target = FuzzTarget.parser

/// libFuzzer calls this once first: picks the target, or writes its seeds and exits when
/// `POLICYSCOPE_FUZZ_SEEDS=DIR` is set (from `POLICYSCOPE_SHARED`, default `../shared`).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    let environment = ProcessInfo.processInfo.environment
    guard let name = environment["POLICYSCOPE_FUZZ_TARGET"], let chosen = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("fuzz: set POLICYSCOPE_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    target = chosen
    if let folder = environment["POLICYSCOPE_FUZZ_SEEDS"] {
        let shared = URL(fileURLWithPath: environment["POLICYSCOPE_SHARED"] ?? "../shared")
        let seeds = FuzzSeeds.seeds(for: chosen, shared: shared)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for seed in seeds { try Data(seed.bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(seed.name)) }
        } catch {
            FileHandle.standardError.write(Data("fuzz: cannot write the seeds to \(folder): \(error)\n".utf8))
            exit(1)
        }
        print("\(seeds.count) seeds of \(name) in \(folder)")
        exit(0)
    }
    return 0
}

/// libFuzzer's entry point: one input through the chosen target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target.run(data, size)
}
