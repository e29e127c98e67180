import Foundation

/// `shapes [MB...]`: each pathological shape at each size (default 1, 10, 100 MB), parsed once
/// in a child process (`measure FILE`): thread CPU time and peak RSS. Fails (exit 1) when a
/// shape's time grows more than 12x from 10 to 100 MB or the largest file's peak RSS passes 3x its size.
enum ShapesBenchmark {
    struct Row { var shape: String; var megabytes: Int; var bytes: Int; var cpu: Double; var wall: Double; var peak: Int; var base: Int }

    static func run(sizes: [Int], only: Set<String>, scratch: String, corpus: [[UInt8]], executable: String) throws -> Bool {
        let dense = DenseGenerator(corpus: corpus)
        let shapes = Shape.allCases.filter { only.isEmpty || only.contains($0.rawValue) }
        var rows: [Row] = []
        print("shape          size      CPU s    wall s   MB/s(CPU)  peak RSS MB  peak/size  (peak-start)/size")
        for shape in shapes {
            for mb in sizes {
                // SHAPES_SEED makes other files of the same shapes (written under their own names).
                let seed = UInt64(ProcessInfo.processInfo.environment["SHAPES_SEED"] ?? "") ?? 7
                let path = "\(scratch)/shape-\(shape.rawValue)-\(mb)MB\(seed == 7 ? "" : "-seed\(seed)").md"
                if !FileManager.default.fileExists(atPath: path) {
                    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
                    let bytes = shape.generate(bytes: mb * 1_000_000, vocabulary: dense.words, dense: dense, corpus: corpus, seed: seed)
                    try Data(bytes).write(to: URL(fileURLWithPath: path))
                }
                let row = try measure(path, shape: shape.rawValue, megabytes: mb, executable: executable)
                rows.append(row)
                print(pad(shape.rawValue) + String(format: " %4d MB  %8.3f  %8.3f  %9.1f  %11.1f  %8.2fx  %8.2fx",
                             mb, row.cpu, row.wall, Double(row.bytes) / 1e6 / row.cpu,
                             Double(row.peak) / 1e6, Double(row.peak) / Double(row.bytes), Double(row.peak - row.base) / Double(row.bytes)))
                fflush(nil)
            }
        }
        var ok = true
        let (small, large) = (sizes.count > 1 ? sizes[sizes.count - 2] : 0, sizes.last ?? 0)
        for shape in shapes {
            let mine = rows.filter { $0.shape == shape.rawValue }
            guard let a = mine.first(where: { $0.megabytes == small }), let b = mine.first(where: { $0.megabytes == large }) else { continue }
            let ratio = b.cpu / a.cpu
            let memory = Double(b.peak) / Double(b.bytes)
            let pass = ratio <= 12 && memory <= 3
            ok = ok && pass
            print(pad(shape.rawValue) + String(format: " time %d MB / %d MB = %5.2f (<= 12)   peak %d MB = %.2fx (<= 3)   %@",
                         large, small, ratio, large, memory, pass ? "PASS" : "FAIL"))
        }
        return ok
    }

    static func pad(_ name: String) -> String { name.padding(toLength: 13, withPad: " ", startingAt: 0) }

    static func measure(_ path: String, shape: String, megabytes: Int, executable: String) throws -> Row {
        let child = Process()
        let pipe = Pipe()
        child.executableURL = URL(fileURLWithPath: executable)
        child.arguments = ["measure", path]
        child.standardOutput = pipe
        try child.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        let f = output.split(whereSeparator: \.isWhitespace)
        guard f.count == 5, let bytes = Int(f[0]), let cpu = Double(f[1]), let wall = Double(f[2]), let peak = Int(f[3]), let base = Int(f[4]) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "measure \(path): \(output)"])
        }
        return Row(shape: shape, megabytes: megabytes, bytes: bytes, cpu: cpu, wall: wall, peak: peak, base: base)
    }
}
