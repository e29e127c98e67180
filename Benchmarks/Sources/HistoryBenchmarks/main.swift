import Foundation
import PolicyGit

// Usage: HistoryBenchmarks REPO... [runs from HIST_BENCH_RUNS, default 5]
//        HistoryBenchmarks --scan REPO   (one scan; prints counts and peak RSS: what the parent times)
//        HistoryBenchmarks --list REPO   (one scan, then each document with its version count)
//
// For each repository, N runs interleaved of: `git log --first-parent --name-only --format='%H %ct'`
// (its output drained through a pipe), this program's `--scan` and `--list` as whole processes,
// and the scan inside this process. Medians, the scan's ratio to git, and PASS/FAIL against the
// issue's limit: the scan within 2x git's time plus 0.3 s; the list under 1 s.
let arguments = Array(CommandLine.arguments.dropFirst())
func include(_ path: String) -> Bool { path.hasSuffix(".md") || path.hasSuffix(".markdown") || path.hasSuffix(".txt") }

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }

/// Peak resident memory of this process (VmHWM), in bytes.
func peakRSS() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    return (Int(line.split(separator: " ")[1]) ?? 0) * 1024
}

func scan(_ path: String) -> GitHistoryScan {
    do {
        return try GitRepository(path: path).fileHistories(include: include, limits: GitLimits())
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}

/// CPU seconds (user + system) of the children that have ended.
func childrenCPU() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Runs a program with its output drained through a pipe; returns wall and CPU seconds and the output.
func timed(_ program: String, _ args: [String]) -> (seconds: Double, cpu: Double, output: String) {
    let cpuBefore = childrenCPU()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = args
    let pipe = Pipe()
    process.standardOutput = pipe
    let start = now()
    do { try process.run() } catch { print("cannot run \(program): \(error)"); exit(1) }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let seconds = now() - start
    guard process.terminationStatus == 0 else { print("\(program) \(args.joined(separator: " ")) exited \(process.terminationStatus)"); exit(1) }
    return (seconds, childrenCPU() - cpuBefore, String(decoding: data, as: UTF8.self))
}

if arguments.first == "--scan", arguments.count == 2 {
    let result = scan(arguments[1])
    let versions = result.files.reduce(0) { $0 + $1.revisions.count }
    print("commits \(result.commitCount) documents \(result.files.count) revisions \(versions) skipped \(result.skipped.count) peak-rss \(peakRSS())")
    exit(0)
}
if arguments.first == "--list", arguments.count == 2 {
    var out = ""
    for file in scan(arguments[1]).files {
        let versions = file.revisions.filter { $0.blob != nil }
        guard let first = versions.first, let last = versions.last else { continue }
        out += "\(file.path)\t\(versions.count)\t\(first.commitTime)\t\(last.commitTime)\n"
    }
    FileHandle.standardOutput.write(Data(out.utf8))
    exit(0)
}
guard !arguments.isEmpty, !arguments.contains(where: { $0.hasPrefix("-") }) else {
    print("usage: HistoryBenchmarks REPO... | --scan REPO | --list REPO")
    exit(2)
}

let runs = max(1, ProcessInfo.processInfo.environment["HIST_BENCH_RUNS"].flatMap { Int($0) } ?? 5)
let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
var failed = false
for repository in arguments {
    var git: [Double] = [], whole: [Double] = [], list: [Double] = [], inside: [Double] = []
    var gitCPU: [Double] = [], wholeCPU: [Double] = []
    var summary = "", listed = 0
    for _ in 0..<runs {
        let logged = timed("/usr/bin/git", ["-C", repository, "log", "--first-parent", "--name-only", "--format=%H %ct"])
        git.append(logged.seconds)
        gitCPU.append(logged.cpu)
        let scanned = timed(me, ["--scan", repository])
        whole.append(scanned.seconds)
        wholeCPU.append(scanned.cpu)
        summary = scanned.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let listing = timed(me, ["--list", repository])
        list.append(listing.seconds)
        listed = listing.output.split(separator: "\n").count
        let start = now()
        _ = scan(repository)
        inside.append(now() - start)
    }
    let limit = 2 * median(git) + 0.3
    let scanPass = median(whole) <= limit, listPass = median(list) < 1
    failed = failed || !scanPass
    let fields = summary.split(separator: " ").map(String.init)
    let rss = fields.count >= 10 ? (Double(fields[9]) ?? 0) / 1e6 : 0
    print("\(repository): \(fields.prefix(8).joined(separator: " ")), \(runs) runs, medians:")
    print(String(format: "  git log --first-parent --name-only    %7.3f s  (CPU %.3f s)", median(git), median(gitCPU)))
    print(String(format: "  scan, whole process (open + scan)     %7.3f s  (CPU %.3f s)  ratio %.2fx git (CPU %.2fx)  limit %.3f s (2x git + 0.3 s): %@",
                 median(whole), median(wholeCPU), median(whole) / median(git), median(wholeCPU) / median(gitCPU), limit, scanPass ? "PASS" : "FAIL"))
    print(String(format: "  scan inside this process              %7.3f s  ratio %.2fx git", median(inside), median(inside) / median(git)))
    print(String(format: "  list with version counts (%d docs)   %7.3f s  (target < 1 s: %@)", listed, median(list), listPass ? "PASS" : "over"))
    print(String(format: "  peak RSS of the scan process          %7.1f MB", rss))
}
exit(failed ? 1 : 0)
