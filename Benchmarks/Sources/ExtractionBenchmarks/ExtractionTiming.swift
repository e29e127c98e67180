import Foundation
import PolicyExtraction
import PolicyModel

/// Times `PracticeExtractor.extract` over a set of policies.
enum ExtractionTiming {
    struct Report {
        var wallMedian: Double
        var wallMin: Double
        var wallMax: Double
        var cpuMedian: Double
        var slowest: (id: String, ms: Double)
        /// Policies not read as policies, with their status.
        var flags: [String]
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }

    /// CPU time of this thread in ms: unlike wall time, barely moved by other processes.
    static func cpuNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func measure(_ extractor: PracticeExtractor, _ policies: [Policy], runs: Int) -> Report {
        var flags: [String] = []
        for policy in policies {
            let status = extractor.extract(policy).status
            if !status.isClassified { flags.append("\(policy.id): \(status.name)") }
        }
        var wall: [Double] = [], cpu: [Double] = []
        var perPolicy = [[Double]](repeating: [], count: policies.count)
        for _ in 0..<runs {
            let w0 = now(), c0 = cpuNow()
            for (i, policy) in policies.enumerated() {
                let t0 = now()
                _ = extractor.extract(policy)
                perPolicy[i].append(now() - t0)
            }
            wall.append((now() - w0) / Double(policies.count))
            cpu.append((cpuNow() - c0) / Double(policies.count))
        }
        let medians = perPolicy.map(median)
        let worst = medians.indices.max { medians[$0] < medians[$1] }!
        return Report(
            wallMedian: median(wall), wallMin: wall.min()!, wallMax: wall.max()!, cpuMedian: median(cpu),
            slowest: (policies[worst].id, medians[worst]), flags: flags)
    }
}
