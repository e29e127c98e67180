#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of one inline run: a stretch of a string it shares with other runs (the document,
/// for text md4c read from it), so a run costs no allocation and 16 bytes, and whether it sat
/// inside `**strong**` emphasis (the top bit of its length: a run is under 2 GiB, a file under
/// 256 MiB), so that an ``Inline`` takes 24 bytes, not 32.
struct InlineText: Sendable, Equatable {
    private let source: SharedText
    private let start: UInt32
    private var packed: UInt32

    private static let strongBit: UInt32 = 1 << 31
    private var count: UInt32 { packed & ~Self.strongBit }

    /// Whether the run sat inside `**strong**` emphasis.
    var isStrong: Bool { packed & Self.strongBit != 0 }

    /// The same run, inside strong emphasis or not.
    func strong(_ on: Bool) -> InlineText {
        var copy = self
        copy.packed = on ? packed | Self.strongBit : count
        return copy
    }

    /// Text of its own (a literal, decoded entities, a repaired piece).
    init(_ string: some StringProtocol) {
        let string = String(string)
        self.init(SharedText(string), offset: 0, count: string.utf8.count)
    }

    /// `count` bytes of `source` from `offset`; both ends on scalar boundaries (bounds inside a
    /// scalar would be moved back to its start). A stretch beyond 32-bit offsets is copied.
    init(_ source: SharedText, offset: Int, count: Int) {
        if let start = UInt32(exactly: offset), let length = UInt32(exactly: count), length < Self.strongBit, UInt32.max - start >= length {
            self.source = source
            self.start = start
            self.packed = length
        } else {
            let utf8 = source.string.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: offset)
            let copy = String(source.string.unicodeScalars[lower..<utf8.index(lower, offsetBy: count)])
            self.source = SharedText(copy)
            self.start = 0
            self.packed = min(UInt32(clamping: copy.utf8.count), ~Self.strongBit)
        }
    }

    /// The run's text, sharing the source's storage.
    var text: Substring {
        let string = source.string
        let utf8 = string.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(start))
        return Substring(string.unicodeScalars[lower..<utf8.index(lower, offsetBy: Int(count))])
    }

    /// Calls `body` with the run's UTF-8 bytes, read in place (no substring is made).
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = Int(start), count = Int(count)
        if let result = source.string.utf8.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[start..<start + count])) }) {
            return result
        }
        // A source that is not a native string (never made here) is read through a copy.
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// `text.containsLetterOrDigit`, told from the bytes in place when they can tell.
    var containsLetterOrDigit: Bool {
        withUTF8 { containsASCIIFast($0, isAlphanumericByte) } ?? text.containsLetterOrDigit
    }

    /// The run's size in UTF-8 bytes.
    var utf8Count: Int { Int(count) }
    /// Where the run starts in its source, in UTF-8 bytes.
    var utf8Offset: Int { Int(start) }

    /// Whether the run points into `shared`.
    func isPart(of shared: SharedText) -> Bool { source === shared }

    /// A part of ``text`` (a slice of it) as a run of the same source.
    func part(_ piece: Substring) -> InlineText {
        let base = piece.base.utf8
        return InlineText(source, offset: base.distance(from: base.startIndex, to: piece.startIndex), count: piece.utf8.count)
    }

    /// Runs are equal when their texts and emphasis are.
    static func == (a: InlineText, b: InlineText) -> Bool { a.isStrong == b.isStrong && a.text == b.text }
}

/// A string that ``InlineText`` runs point into.
final class SharedText: Sendable {
    let string: String
    init(_ string: String) { self.string = string }

    /// Gives the memory of the string's UTF-8 bytes in `range` back to the system, whole pages
    /// only (never the page of the string's header, before its first byte); those bytes read as
    /// zeros afterwards. Only for an owner that knows nothing will read them again: no run
    /// points there and the string is never read whole (see ``DocumentRelease/Progressive``).
    func releasePages(_ range: Range<Int>) {
        _ = string.utf8.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress, range.lowerBound >= 0, range.upperBound <= buffer.count else { return }
            let page = UInt(sysconf(Int32(_SC_PAGESIZE)))
            let lower = (UInt(bitPattern: base + range.lowerBound) + page - 1) & ~(page - 1)
            let upper = UInt(bitPattern: base + range.upperBound) & ~(page - 1)
            guard upper > lower, let start = UnsafeMutableRawPointer(bitPattern: lower) else { return }
            _ = madvise(start, Int(upper - lower), Int32(MADV_DONTNEED))
        }
    }
}

/// The target of a Markdown link, shared by the runs of its text.
final class LinkTarget: Sendable, Equatable {
    let url: String
    init(_ url: String) { self.url = url }
    static func == (a: LinkTarget, b: LinkTarget) -> Bool { a.url == b.url }
}
