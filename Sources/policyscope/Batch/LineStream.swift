#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines of standard input read one at a time with `getline` (one buffer, reused: memory stays
/// the size of the longest line), and lines written to standard output through a stdio buffer
/// of its own (streams of its own on file descriptors 0 and 1, not the C globals).
final class LineStream {
    /// A read that failed (not the end of the stream), with the system's reason.
    struct ReadFailure: Error, CustomStringConvertible {
        var reason: String
        var description: String { "cannot read standard input: \(reason)" }
    }

    private let input: UnsafeMutablePointer<FILE>?
    private let output: UnsafeMutablePointer<FILE>?
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    init() {
        input = fdopen(0, "r")
        output = fdopen(1, "w")
    }

    deinit {
        flush()
        free(buffer)
    }

    /// The next line without its newline (invalid UTF-8 replaced), nil at the end.
    func next() throws(ReadFailure) -> String? {
        guard let input else { throw ReadFailure(reason: String(cString: strerror(errno))) }
        let count = getline(&buffer, &capacity, input)
        guard count >= 0, let buffer else {
            if ferror(input) != 0 { throw ReadFailure(reason: String(cString: strerror(errno))) }
            return nil
        }
        var length = count
        if length > 0, buffer[length - 1] == 0x0A { length -= 1 }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    /// Writes `bytes` and a newline to standard output (buffered; see ``flush()``).
    func write(_ bytes: [UInt8]) {
        guard let output else { return }
        bytes.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, output) }
        fputc(0x0A, output)
    }

    /// Sends what is buffered (also done when the stream is released).
    func flush() {
        if let output { fflush(output) }
    }
}
