import BrowserCore
import Foundation
import PolicyModel
import PolicyParsing

// Usage: BrowserBenchmarks [policies=10000] [WIDTHxHEIGHT=200x60] [paths...=../Resources/seeds ../../shared/corpus/policies]
// Key-to-frame: for each kind of key, replays a script against the pure core and times
// `update(key)` plus `render()` into the grid, per key. Prints median and p99 per kind.
let args = CommandLine.arguments
let count = args.count > 1 ? Int(args[1]) ?? 10_000 : 10_000
let dims = (args.count > 2 ? args[2] : "200x60").split(separator: "x").compactMap { Int($0) }
let size = Size(width: dims.first ?? 200, height: dims.last ?? 60)
let paths = args.count > 3 ? Array(args[3...]) : ["../Resources/seeds", "../../shared/corpus/policies"]

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }
/// CPU time of this thread in ms: unlike wall time, barely moved by other processes.
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
}
func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    return s[min(s.count - 1, Int(Double(s.count) * p))]
}

var t = now()
let loaded = await PolicyLoader.load(paths)
guard !loaded.policies.isEmpty else {
    print("no policies under \(paths); run from Benchmarks/ or pass the paths")
    exit(1)
}
let policies = Cloner.clone(loaded.policies, to: count)
print(String(format: "loaded %d files in %.0f ms, cloned to %d policies (%d sections)", loaded.policies.count, now() - t,
             policies.count, policies.reduce(0) { $0 + $1.flattenedSections.count }))

t = now()
var state = BrowserState(policies: policies, size: size)
let initMs = now() - t
t = now()
_ = state.render()
print(String(format: "state init %.1f ms, first render %.1f ms at %dx%d", initMs, now() - t, size.width, size.height))

t = now()
var appended = BrowserState(policies: [], size: size)
let id = appended.requestLoad(["bench"])
appended.apply(.finished(id: id, policies: policies, problems: []))
_ = appended.render()
print(String(format: "appending %d loaded policies to an empty browser + frame: %.1f ms", policies.count, now() - t))

var results: [(String, [Double], [Double])] = []
for script in KeyScripts.all {
    var s = state
    s.update(script.setup)
    var times: [Double] = [], cpu: [Double] = []
    for _ in 0..<script.rounds {
        for key in script.keys {
            let t0 = now(), c0 = cpuNow()
            s.update(key)
            _ = s.render()
            times.append(now() - t0)
            cpu.append(cpuNow() - c0)
        }
        s.update(script.reset)
    }
    results.append((script.name, times, cpu))
}

func row(_ name: String, _ times: [Double], _ cpu: [Double]) {
    let label = name.count < 36 ? name + String(repeating: " ", count: 36 - name.count) : name
    print(label + String(format: "%5d %8.3f %8.3f %8.3f %8.3f %8.3f", times.count, percentile(times, 0.5), percentile(times, 0.99),
                         times.max() ?? 0, percentile(cpu, 0.5), percentile(cpu, 0.99)))
}
print("                                            ---- wall ms ----------  --- CPU ms ----")
print("kind                                 keys   median      p99      max   median      p99")
var all: [Double] = [], allCPU: [Double] = []
for (name, times, cpu) in results {
    all += times
    allCPU += cpu
    row(name, times, cpu)
}
row("ALL", all, allCPU)
let p99 = percentile(all, 0.99)
print(p99 < 16 ? "PASS: key-to-frame p99 < 16 ms" : "FAIL: key-to-frame p99 >= 16 ms")
