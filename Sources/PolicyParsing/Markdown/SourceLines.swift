#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps byte offsets of a UTF-8 buffer to 1-based line numbers and back to line contents.
struct SourceLines: Sendable {
    /// Byte offset where each line starts.
    let starts: [Int]
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var from = 0
            // memchr from one line break to the next.
            while from < buffer.count, let hit = memchr(base + from, 0x0A, buffer.count - from) {
                from = UnsafeRawPointer(hit) - UnsafeRawPointer(base) + 1
                starts.append(from)
            }
        }
        self.starts = starts
        self.bytes = bytes
    }

    /// The 1-based line holding `offset`.
    func line(of offset: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The bytes of a 1-based line without its newline, or nil past the end.
    func content(ofLine line: Int) -> ArraySlice<UInt8>? {
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        let end = line < starts.count ? starts[line] - 1 : bytes.count
        return bytes[start..<max(start, end)]
    }

    var count: Int { starts.count }
}
