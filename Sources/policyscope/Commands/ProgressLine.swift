import Foundation

/// A progress line on stderr when stderr is a terminal (files, MB/s, time left), redrawn in
/// place at most ten times a second; nothing at all otherwise.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let started = DispatchTime.now()
    private let lock = NSLock()
    private var lastDrawn: UInt64 = 0
    private var drawn = false

    init(_ label: String, enabled: Bool = isatty(STDERR_FILENO) != 0) {
        self.label = label
        self.enabled = enabled
    }

    /// After `done` of `total` files and `bytes` read.
    func update(done: Int, total: Int, bytes: Int) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let text: String? = lock.withLock {
            guard done == total || now - lastDrawn > 100_000_000 else { return nil }
            lastDrawn = now
            drawn = true
            return Self.text(label, done: done, total: total, bytes: bytes, seconds: Double(now - started.uptimeNanoseconds) / 1e9)
        }
        if let text { FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8)) }
    }

    /// Ends the line (when anything was drawn).
    func finish() {
        guard enabled, lock.withLock({ drawn }) else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// `LABEL 120/450 files  12.3 MB/s  0:05 left`.
    static func text(_ label: String, done: Int, total: Int, bytes: Int, seconds: Double) -> String {
        let rate = seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0
        let left = done > 0 ? Int((seconds / Double(done) * Double(total - done)).rounded()) : 0
        return "\(label) \(done)/\(total) files  " + String(format: "%.1f MB/s  %d:%02d left", rate, left / 60, left % 60)
    }
}
