import Glibc

/// Bytes an index reads: an array of its own, or a range of a file mapped into memory (the
/// postings streams of an index saved beside a store), whose pages are read only when touched.
struct ByteBlock: Sendable {
    private enum Storage: Sendable {
        case array([UInt8])
        case mapped(MappedFile, Range<Int>)
    }

    private let storage: Storage

    init(_ bytes: [UInt8]) {
        storage = .array(bytes)
    }

    init(_ file: MappedFile, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= file.count, "a block inside its file")
        storage = .mapped(file, range)
    }

    var count: Int {
        switch storage {
        case .array(let bytes): bytes.count
        case .mapped(_, let range): range.count
        }
    }

    /// Bytes of memory the block owns (a mapped block owns none: its pages belong to the file).
    var capacity: Int {
        switch storage {
        case .array(let bytes): bytes.capacity
        case .mapped: 0
        }
    }

    /// Lets the kernel drop this process's pages of `range` (of the block) when the block is
    /// mapped: the pages stay in the page cache, and come back when read again.
    func release(_ range: Range<Int>) {
        guard case .mapped(let file, let own) = storage else { return }
        file.release(own.lowerBound + range.lowerBound..<own.lowerBound + range.upperBound)
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .array(let bytes):
            return try bytes.withUnsafeBufferPointer(body)
        case .mapped(let file, let range):
            let bytes = file.bytes.bindMemory(to: UInt8.self)
            return try body(UnsafeBufferPointer(rebasing: bytes[range]))
        }
    }
}

/// A file mapped read-only into memory, unmapped when the last reference goes. The file is
/// written whole by temporary file and rename, never changed in place, so a mapping stays
/// valid however the file is replaced or removed.
public final class MappedFile: Sendable {
    nonisolated(unsafe) private let base: UnsafeMutableRawPointer?
    public let count: Int

    /// Maps `path`; nil when it cannot be opened, read or mapped.
    public init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= 0 else { return nil }
        count = Int(info.st_size)
        guard count > 0 else {
            base = nil
            return
        }
        let mapped = mmap(nil, count, PROT_READ, MAP_SHARED, fd, 0)
        guard let mapped, mapped != MAP_FAILED else { return nil }
        base = mapped
    }

    /// The mapped bytes.
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Lets the kernel drop this process's pages inside `range` (they stay in the page cache):
    /// after a check that read the whole file, only the pages searches touch count.
    func release(_ range: Range<Int>) {
        guard let base else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound == count ? count : range.upperBound / page * page
        guard start < end else { return }
        _ = madvise(base + start, end - start, MADV_DONTNEED)
    }

    deinit {
        if let base { munmap(base, count) }
    }
}
