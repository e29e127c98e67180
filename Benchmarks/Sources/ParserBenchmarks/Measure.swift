import Foundation

/// Wall clock in seconds.
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// CPU time of the calling thread in seconds: unlike wall time, barely moved by other processes.
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }

/// A `VmHWM`/`VmRSS`-style line of /proc/self/status, in bytes.
func procStatus(_ key: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
        let kb = line.dropFirst(key.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) } ?? 0
        return kb * 1024
    }
    return 0
}

/// Wall and thread-CPU seconds of `body`, each the median of `rounds` runs.
func timed(rounds: Int, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    var walls: [Double] = [], cpus: [Double] = []
    for _ in 0..<rounds {
        let (w, c) = (now(), cpuNow())
        try body()
        walls.append(now() - w)
        cpus.append(cpuNow() - c)
    }
    return (median(walls), median(cpus))
}

/// Every `.md`/`.txt` file under `path` (or `path` itself), sorted.
func files(under path: String) -> [String] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return [] }
    guard isDir.boolValue else { return [path] }
    let names = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
    return names.filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.sorted().map { path + "/" + $0 }
}

/// A file's bytes in one allocation (no `Data` copy, so a big file's peak RSS is its own size).
func read(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { return [] }
    defer { fclose(file) }
    fseek(file, 0, SEEK_END)
    let size = ftell(file)
    fseek(file, 0, SEEK_SET)
    guard size > 0 else { return [] }
    return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in count = fread(buffer.baseAddress, 1, size, file) }
}
