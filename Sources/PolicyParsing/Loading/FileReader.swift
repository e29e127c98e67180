#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls, so errors keep their precise reason.
enum FileReader {
    /// Larger files are refused: no privacy policy comes near it.
    static let sizeLimit = 256 * 1_048_576

    static func contents(of path: String) throws(LoadError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notARegularFile }
        let size = Int(info.st_size)
        guard size <= sizeLimit else { throw .tooLarge(bytes: size, limit: sizeLimit) }
        guard size > 0 else { throw .empty }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + total, size - total) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            total += n
        }
        if total < size { bytes.removeLast(size - total) }
        return bytes
    }
}
