import Foundation
import TestSupport

/// Runs the built `policyscope` binary and captures what it prints.
struct CLIRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The bytes as written, for checks that must see bytes a String would have replaced.
        var rawStdout: [UInt8] = []
        var rawStderr: [UInt8] = []
    }

    /// The binary beside the test bundle (both live in the build folder).
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [beside, beside.deletingLastPathComponent(), TestSupport.packageRoot.appendingPathComponent(".build/debug")] {
            let candidate = dir.appendingPathComponent("policyscope")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return TestSupport.packageRoot.appendingPathComponent(".build/debug/policyscope")
    }()

    /// A cache folder of this test process's own, so no test writes into the real ~/.cache.
    static let cacheHome: String = {
        let folder = NSTemporaryDirectory() + "policyscope-cli-tests-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["XDG_CACHE_HOME"] = cacheHome
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      rawStdout: Array(outData), rawStderr: Array(errData))
    }
}
