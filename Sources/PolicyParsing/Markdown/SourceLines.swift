#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A document's UTF-8 text: maps byte offsets to 1-based line numbers and back to line contents,
/// and hands out slices of it that share its storage (the Markdown reader's inline text).
struct SourceLines: Sendable {
    /// Byte offset where each line starts (4 bytes each: a document is at most
    /// `FileReader.sizeLimit` bytes, which `PolicyParser.parse` checks).
    let starts: [UInt32]
    /// The document, then `padding` NUL characters (see ``MarkdownReader/read(_:)``).
    let text: String
    /// ``text``, for the inline runs that point into it.
    let shared: SharedText
    /// The document's size in bytes, without the padding.
    let size: Int

    /// Takes `bytes` (valid UTF-8) and copies them, with `padding` zeros after them, into one
    /// native string; `bytes` are freed before any block is read.
    init(_ bytes: consuming [UInt8], padding: Int = 0) {
        let size = bytes.count
        precondition(size <= Int(UInt32.max), "SourceLines takes documents under 4 GiB")
        var starts: [UInt32] = [0]
        let text = bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress {
                var from = 0
                // memchr from one line break to the next.
                while from < buffer.count, let hit = memchr(base + from, 0x0A, buffer.count - from) {
                    from = UnsafeRawPointer(hit) - UnsafeRawPointer(base) + 1
                    starts.append(UInt32(from))
                }
            }
            return String(unsafeUninitializedCapacity: size + padding) { out in
                _ = out.initialize(from: buffer)
                out.baseAddress!.advanced(by: size).initialize(repeating: 0, count: padding)
                return size + padding
            }
        }
        self.starts = starts
        self.text = text
        self.shared = SharedText(text)
        self.size = size
    }

    /// The 1-based line holding `offset`.
    func line(of offset: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(starts[mid]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The bytes of a 1-based line without its newline, or nil past the end.
    func content(ofLine line: Int) -> Substring.UTF8View? {
        guard line >= 1, line <= starts.count else { return nil }
        let start = Int(starts[line - 1])
        let end = line < starts.count ? Int(starts[line]) - 1 : size
        return slice(from: start, count: max(start, end) - start).text.utf8
    }

    /// The `count` bytes from `offset`, as a run that shares the document's storage.
    func slice(from offset: Int, count: Int) -> InlineText {
        InlineText(shared, offset: offset, count: count)
    }

    /// `first` and `second` as one run, when `second` goes on where `first` ends in the
    /// document (or is a line break standing for the document's own, there).
    func joined(_ first: InlineText, _ second: InlineText) -> InlineText? {
        guard first.isPart(of: shared) else { return nil }
        let end = first.utf8Offset + first.utf8Count
        if second.isPart(of: shared) {
            guard second.utf8Offset == end else { return nil }
        } else {
            guard second.utf8Count == 1, end < size, second.text.utf8.first == 0x0A,
                  text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: end)] == 0x0A else { return nil }
        }
        return InlineText(shared, offset: first.utf8Offset, count: first.utf8Count + second.utf8Count)
    }

    var count: Int { starts.count }
}
