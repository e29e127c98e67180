import Dispatch
import Glibc
import PolicyModel
import Synchronization

/// The saved form of an index, so that a warm start reads it instead of tokenising every
/// sentence again: its ``PolicyIndex/Parts`` (the term table's words, the postings, the
/// document and section columns, the filters' lists) as little-endian arrays after a header,
/// with a checksum of everything after the header, and the slowest of what is derived from
/// them (the postings' skips, the encoded stem groups); the rest (stems, title keys, the
/// decoded stem groups) is derived again on reading.
///
/// Layout: `PSIX`, the format version and the checksum (UInt32, UInt32, UInt64), then each
/// array as its element count (UInt64) and its elements; strings as UTF-8 byte arrays.
extension PolicyIndex {
    static let codingMagic: [UInt8] = Array("PSIX".utf8)
    /// An index whose postings streams lie in a file of their own (``writePostings(to:)``).
    static let apartMagic: [UInt8] = Array("PSIA".utf8)
    /// 2: the four-lane checksum.
    static let codingVersion: UInt32 = 2

    /// The index's saved form (see ``init(decoding:policies:)``).
    public func encoded() -> [UInt8] {
        encoded(postingsApart: false)
    }

    /// The index without its two postings streams (about two thirds of it), which
    /// ``writePostings(to:)`` writes to a file: read back with that file mapped, a search
    /// touches only the pages of the terms it reads.
    public func encodedWithoutPostings() -> [UInt8] {
        encoded(postingsApart: true)
    }

    /// Writes the postings streams to `path` (by a temporary file renamed over it, so that a
    /// mapping of an earlier file stays whole); false when it cannot.
    public func writePostings(to path: String) -> Bool {
        Self.write([postings.docBytes, postings.posBytes], to: path)
    }

    /// Writes ``encodedWithoutPostings()`` to `path` the same way, for an index kept in files
    /// (read back mapped, it is copied once, into the index's arrays); its byte count, nil
    /// when it cannot be written.
    public func writeHead(to path: String) -> Int? {
        let head = encodedWithoutPostings()
        return Self.write([ByteBlock(head)], to: path) ? head.count : nil
    }

    private static func write(_ blocks: [ByteBlock], to path: String) -> Bool {
        let temporary = "\(path).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        func writeAll(_ block: ByteBlock) -> Bool {
            block.withUnsafeBufferPointer { bytes in
                var offset = 0
                while offset < bytes.count {
                    let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                    guard n > 0 else { return false }
                    offset += n
                }
                return true
            }
        }
        let written = blocks.allSatisfy(writeAll)
        guard close(fd) == 0, written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private func encoded(postingsApart apart: Bool) -> [UInt8] {
        var out = IndexWriter()
        out.bytes += apart ? Self.apartMagic : Self.codingMagic
        out.scalar(Self.codingVersion)
        out.scalar(UInt64(0)) // the checksum, filled in below
        let header = out.bytes.count
        out.scalar(UInt64(textByteCount))
        out.scalar(UInt64(stemGroupMinimum))
        out.array(vocabulary.table.arena)
        out.array(vocabulary.table.starts)
        out.array(vocabulary.table.english.map { $0 ? UInt8(1) : 0 })
        if apart {
            // The streams' lengths and checksum, for the file read back beside this.
            out.scalar(UInt64(postings.docBytes.count))
            out.scalar(UInt64(postings.posBytes.count))
            out.scalar(Self.postingsChecksum(postings.docBytes, postings.posBytes))
        } else {
            postings.docBytes.withUnsafeBufferPointer { out.array($0) }
        }
        out.array(postings.docStart.map(UInt64.init))
        if !apart { postings.posBytes.withUnsafeBufferPointer { out.array($0) } }
        out.array(postings.posStart.map(UInt64.init))
        out.array(postings.documentFrequency)
        out.array(postings.skipStart)
        out.array(postings.skipLastDoc)
        out.array(postings.skipDocOffset)
        out.array(postings.skipPosOffset)
        out.array(docs.section)
        out.array(docs.block)
        out.array(docs.sentence)
        out.array(docs.length)
        out.array(sections.number)
        out.array(sections.titleStart)
        out.array(sections.titleTerms)
        out.array(policyDocStart)
        out.array(policySectionStart)
        out.scalar(UInt64(categoryDocs.count))
        for (label, docs) in categoryDocs.sorted(by: { $0.key < $1.key }) {
            out.string(label)
            out.array(docs)
        }
        out.scalar(UInt64(answers.count))
        for (question, values) in answers.sorted(by: { $0.key < $1.key }) {
            out.string(question)
            out.scalar(UInt64(values.count))
            for (value, policies) in values.sorted(by: { $0.key < $1.key }) {
                out.string(value)
                out.array(policies)
            }
        }
        let groups = mergedStemGroups.entries.sorted { $0.value.start < $1.value.start }
        mergedStemGroups.bytes.withUnsafeBufferPointer { out.array($0) }
        out.scalar(UInt64(groups.count))
        for (stem, entry) in groups {
            out.string(stem)
            out.scalar(UInt64(entry.start))
            out.scalar(UInt64(entry.count))
        }
        let sum = out.bytes[header...].withUnsafeBytes(IndexChecksum.of)
        withUnsafeBytes(of: sum.littleEndian) { out.bytes.replaceSubrange((header - 8)..<header, with: $0) }
        return out.bytes
    }

    /// The index saved by ``encoded()`` over the same `policies` in the same order (the caller
    /// keys saved indexes by their texts); nil when `bytes` are not such an index (another
    /// format version, damaged, or cut short, or not over that many policies).
    public convenience init?(decoding bytes: [UInt8], policies: [Policy]) {
        guard let parts = bytes.withUnsafeBytes({ Self.decodeParts($0, policyCount: policies.count) }) else { return nil }
        self.init(policies: policies, parts: parts)
    }

    /// The same from bytes where they lie (as SQLite hands them over: copied once); `postings`:
    /// the file ``writePostings(to:)`` wrote, mapped, for bytes of ``encodedWithoutPostings()``
    /// (checked against their checksum, and refused when it differs or is missing).
    public convenience init?(decoding bytes: UnsafeRawBufferPointer, policies: [Policy], postings: MappedFile? = nil) {
        guard let parts = Self.decodeParts(bytes, policyCount: policies.count, postings: postings) else { return nil }
        self.init(policies: policies, parts: parts)
    }

    /// The same over the policies' listings (ids, domains, dates; ``PolicyListing/bodiless``):
    /// a hit's text is read by `text` (policy index -> the whole policy; nil when it cannot be
    /// read, and the hit is left out), so a search reads only the policies it shows.
    public convenience init?(decoding bytes: [UInt8], listings: [Policy], text: @escaping @Sendable (Int) -> Policy?) {
        guard let parts = bytes.withUnsafeBytes({ Self.decodeParts($0, policyCount: listings.count) }) else { return nil }
        self.init(policies: listings, parts: parts, text: text)
    }

    /// The same from bytes where they lie.
    public convenience init?(decoding bytes: UnsafeRawBufferPointer, listings: [Policy], postings: MappedFile? = nil,
                             text: @escaping @Sendable (Int) -> Policy?) {
        guard let parts = Self.decodeParts(bytes, policyCount: listings.count, postings: postings) else { return nil }
        self.init(policies: listings, parts: parts, text: text)
    }

    /// The index of a head file (``writeHead(to:)``) mapped, over `policies`, with its postings
    /// file: read as from bytes, except that the merged stem groups stay in the mapping (whose
    /// pages are let go once read: a search reads back only the groups it needs).
    public convenience init?(decodingHead head: MappedFile, policies: [Policy], postings: MappedFile) {
        guard let parts = Self.decodeParts(head.bytes, policyCount: policies.count, postings: postings, head: head) else { return nil }
        self.init(policies: policies, parts: parts)
    }

    /// The same over listings, a hit's text read by `text`.
    public convenience init?(decodingHead head: MappedFile, listings: [Policy], postings: MappedFile,
                             text: @escaping @Sendable (Int) -> Policy?) {
        guard let parts = Self.decodeParts(head.bytes, policyCount: listings.count, postings: postings, head: head) else { return nil }
        self.init(policies: listings, parts: parts, text: text)
    }

    /// Whether `bytes` are of ``encodedWithoutPostings()`` (their postings lie in a file).
    public static func postingsApart(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 4 && Array(bytes[0..<4]) == apartMagic
    }

    static func postingsChecksum(_ doc: ByteBlock, _ pos: ByteBlock) -> UInt64 {
        postingsChecksum(doc, pos) { _, _ in }
    }

    /// The same, calling `done(block, range)` with each range of a block read (64 MB at a
    /// time), so that a mapped file's pages can be let go as the check goes.
    static func postingsChecksum(_ doc: ByteBlock, _ pos: ByteBlock, done: (ByteBlock, Range<Int>) -> Void) -> UInt64 {
        doc.withUnsafeBufferPointer { d in pos.withUnsafeBufferPointer { p in
            let second = IndexChecksum.of(UnsafeRawBufferPointer(p), chunk: 64 << 20) { done(pos, $0) }
            return IndexChecksum.of(UnsafeRawBufferPointer(d), chunk: 64 << 20) { done(doc, $0) }
                ^ (second << 17 | second >> 47)
        } }
    }

    /// A postings stream: an array in the bytes, or (apart) a range of the mapped file, whose
    /// lengths and checksum the bytes hold where the document stream would be; the position
    /// stream waits in `pending` for the second call, and the file's check in `check`.
    private static func stream(
        _ input: inout IndexReader, apart: Bool, file: MappedFile?, pending: inout ByteBlock?, check: inout PostingsCheck?
    ) -> ByteBlock? {
        guard apart else {
            let bytes: [UInt8]? = input.array()
            return bytes.map(ByteBlock.init)
        }
        if let positions = pending {
            pending = nil
            return positions
        }
        guard let file, let docCount: UInt64 = input.scalar(), let posCount: UInt64 = input.scalar(), let sum: UInt64 = input.scalar(),
              docCount <= UInt64(file.count), posCount == UInt64(file.count) - docCount else { return nil }
        let documents = ByteBlock(file, 0..<Int(docCount)), positions = ByteBlock(file, Int(docCount)..<file.count)
        check = PostingsCheck(documents, positions, expected: sum)
        pending = positions
        return documents
    }

    /// `head`: the mapped file `bytes` lie in, when they do.
    private static func decodeParts(
        _ bytes: UnsafeRawBufferPointer, policyCount: Int, postings file: MappedFile? = nil, head: MappedFile? = nil
    ) -> Parts? {
        var input = IndexReader(bytes: bytes)
        // Arrays are copied as they lie in memory: little-endian machines only (all policyscope runs on).
        guard UInt16(1).littleEndian == 1, bytes.count >= 16 else { return nil }
        let apart = Array(bytes[0..<4]) == apartMagic
        guard apart || Array(bytes[0..<4]) == codingMagic else { return nil }
        var pending: ByteBlock?
        var check: PostingsCheck?
        input.offset = 4
        guard let version: UInt32 = input.scalar(), version == codingVersion,
              let sum: UInt64 = input.scalar(), sum == IndexChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[16...])) else { return nil }
        guard let textBytes: UInt64 = input.scalar(), let minimum: UInt64 = input.scalar(),
              let arena: [UInt8] = input.array(), let starts: [UInt32] = input.array(), let english: [UInt8] = input.array(),
              let docBytes = Self.stream(&input, apart: apart, file: file, pending: &pending, check: &check), let docStart: [UInt64] = input.array(),
              let posBytes = Self.stream(&input, apart: apart, file: file, pending: &pending, check: &check), let posStart: [UInt64] = input.array(),
              let frequency: [UInt32] = input.array(),
              let skipStart: [UInt32] = input.array(), let skipLastDoc: [UInt32] = input.array(),
              let skipDocOffset: [UInt32] = input.array(), let skipPosOffset: [UInt32] = input.array(),
              let docSection: [UInt32] = input.array(), let docBlock: [UInt32] = input.array(),
              let docSentence: [UInt32] = input.array(), let docLength: [UInt16] = input.array(),
              let number: [UInt32] = input.array(), let titleStart: [UInt32] = input.array(),
              let titleTerms: [UInt32] = input.array(),
              let policyDocStart: [UInt32] = input.array(), let policySectionStart: [UInt32] = input.array(),
              let categoryCount: UInt64 = input.scalar()
        else { return nil }
        var categoryDocs: [String: [UInt32]] = [:]
        for _ in 0..<min(categoryCount, UInt64(bytes.count)) {
            guard let label = input.string(), let docs: [UInt32] = input.array() else { return nil }
            categoryDocs[label] = docs
        }
        guard let questionCount: UInt64 = input.scalar() else { return nil }
        var answers: [String: [String: [UInt32]]] = [:]
        for _ in 0..<min(questionCount, UInt64(bytes.count)) {
            guard let question = input.string(), let valueCount: UInt64 = input.scalar() else { return nil }
            for _ in 0..<min(valueCount, UInt64(bytes.count)) {
                guard let value = input.string(), let policies: [UInt32] = input.array() else { return nil }
                answers[question, default: [:]][value] = policies
            }
        }
        let merged: ByteBlock
        if let head {
            guard let range = input.arrayRange(), head.bytes.baseAddress == bytes.baseAddress else { return nil }
            merged = ByteBlock(head, range)
        } else {
            guard let copied: [UInt8] = input.array() else { return nil }
            merged = ByteBlock(copied)
        }
        guard let groupCount: UInt64 = input.scalar() else { return nil }
        let mergedCount = merged.count
        var groupList: [(stem: String, start: Int, count: Int)] = []
        for _ in 0..<min(groupCount, UInt64(bytes.count)) {
            guard let stem = input.string(), let start: UInt64 = input.scalar(), let count: UInt64 = input.scalar(),
                  start <= UInt64(mergedCount), count <= UInt64(mergedCount) else { return nil }
            groupList.append((stem, Int(start), Int(count)))
        }
        // Back to back in the order written, each posting at least two bytes (a gap, a frequency).
        for (k, group) in groupList.enumerated() {
            let next = k + 1 < groupList.count ? groupList[k + 1].start : mergedCount
            guard group.start <= next, 2 * group.count <= next - group.start else { return nil }
        }
        let groups = Dictionary(groupList.map { ($0.stem, MergedStemGroups.Entry(start: $0.start, count: $0.count)) },
                                uniquingKeysWith: { a, _ in a })
        guard input.offset == bytes.count else { return nil }

        // The checksum says the bytes are those written; these say they fit together, so that
        // no later read of the index leaves its arrays.
        let termCount = english.count, docCount = docSection.count, sectionCount = number.count
        func ascending<T: BinaryInteger>(_ a: [T], count: Int, last: Int) -> Bool {
            a.count == count && a.first == 0 && Int(a[a.count - 1]) == last && zip(a, a.dropFirst()).allSatisfy { $0 <= $1 }
        }
        guard ascending(starts, count: termCount + 1, last: arena.count),
              ascending(docStart, count: termCount + 1, last: docBytes.count),
              ascending(posStart, count: termCount + 1, last: posBytes.count),
              frequency.count == termCount,
              ascending(skipStart, count: termCount + 1, last: skipLastDoc.count),
              skipDocOffset.count == skipLastDoc.count, skipPosOffset.count == skipLastDoc.count,
              skipDocOffset.allSatisfy({ Int($0) < docBytes.count }), skipPosOffset.allSatisfy({ Int($0) <= posBytes.count }),
              docBlock.count == docCount, docSentence.count == docCount, docLength.count == docCount,
              docSection.allSatisfy({ Int($0) < sectionCount }),
              ascending(titleStart, count: sectionCount + 1, last: titleTerms.count),
              titleTerms.allSatisfy({ Int($0) < termCount }),
              ascending(policyDocStart, count: policyCount + 1, last: docCount),
              ascending(policySectionStart, count: policyCount + 1, last: sectionCount),
              categoryDocs.values.allSatisfy({ $0.allSatisfy { Int($0) < docCount } }),
              answers.values.allSatisfy({ $0.values.allSatisfy { $0.allSatisfy { Int($0) < policyCount } } }),
              check?.passed() ?? true
        else { return nil }
        // Everything else was copied out: the merged groups' pages come back when read.
        head?.release(0..<(head?.count ?? 0))

        return Parts(
            textBytes: Int(textBytes), terms: TermTable(arena: arena, starts: starts, english: english.map { $0 != 0 }),
            postings: PostingsStore(docBytes: docBytes, docStart: docStart.map { Int($0) }, posBytes: posBytes,
                                    posStart: posStart.map { Int($0) }, documentFrequency: frequency,
                                    skipStart: skipStart, skipLastDoc: skipLastDoc, skipDocOffset: skipDocOffset,
                                    skipPosOffset: skipPosOffset),
            docs: DocumentColumns(section: docSection, block: docBlock, sentence: docSentence, length: docLength),
            sections: SectionColumns(number: number, titleStart: titleStart, titleTerms: titleTerms),
            policyDocStart: policyDocStart, policySectionStart: policySectionStart,
            categoryDocs: categoryDocs, answers: answers, stemGroupMinimum: Int(clamping: minimum),
            mergedStemGroups: MergedStemGroups(bytes: merged, entries: groups))
    }
}

/// The check of a postings file against the checksum its index's head holds, run on another
/// thread while the head is decoded.
private final class PostingsCheck: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let sum = Mutex<UInt64?>(nil)
    private let expected: UInt64

    init(_ documents: ByteBlock, _ positions: ByteBlock, expected: UInt64) {
        self.expected = expected
        DispatchQueue.global().async { [self] in
            // Each range's pages are let go once read: the check does not hold the file.
            let found = PolicyIndex.postingsChecksum(documents, positions) { block, range in block.release(range) }
            sum.withLock { $0 = found }
            done.signal()
        }
    }

    /// Whether the file's checksum is the one expected (waits for it).
    func passed() -> Bool {
        done.wait()
        done.signal()
        return sum.withLock { $0 } == expected
    }
}

/// A checksum of a saved index (not a cryptographic one: it finds damage). Four lanes of
/// eight bytes a step, each multiplied and folded on its own so that they run side by side
/// (one lane ran at a third of the speed: 0.2 s of a 100,000-policy index's 750 MB), then the
/// last words, the last bytes, and the lanes folded together.
enum IndexChecksum {
    static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        of(raw, chunk: raw.count) { _ in }
    }

    /// The same, calling `done` with each range read (about `chunk` bytes, the last one
    /// shorter); together they cover every whole word, in order.
    static func of(_ raw: UnsafeRawBufferPointer, chunk: Int, done: (Range<Int>) -> Void) -> UInt64 {
        let k: UInt64 = 0xFF51_AFD7_ED55_8CCD
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F, c: UInt64 = 0x1656_67B1_9E37_79F9, d: UInt64 = 0x27D4_EB2F_1656_67C5
        @inline(__always) func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        @inline(__always) func step(_ h: inout UInt64, _ w: UInt64) {
            h = (h ^ w) &* k
            h ^= h >> 32
        }
        let step32 = max(32, (chunk + 31) & ~31)
        var i = 0
        while i + 32 <= raw.count {
            let start = i, end = min(i + step32, raw.count & ~31)
            while i < end {
                step(&a, word(i)); step(&b, word(i + 8)); step(&c, word(i + 16)); step(&d, word(i + 24))
                i += 32
            }
            done(start..<i)
        }
        let tail = i
        while i + 8 <= raw.count {
            step(&a, word(i))
            i += 8
        }
        if i > tail { done(tail..<i) }
        while i < raw.count {
            a = (a ^ UInt64(raw[i])) &* 0xC4CE_B9FE_1A85_EC53
            i += 1
        }
        var h = a
        for lane in [b, c, d] { step(&h, lane) }
        return h ^ (h >> 29)
    }
}

/// Appends little-endian scalars and counted arrays.
private struct IndexWriter {
    var bytes: [UInt8] = []

    mutating func scalar<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func array<T: FixedWidthInteger>(_ values: [T]) {
        scalar(UInt64(values.count))
        values.withUnsafeBytes { bytes += $0 }
    }

    mutating func array(_ values: UnsafeBufferPointer<UInt8>) {
        scalar(UInt64(values.count))
        bytes += values
    }

    mutating func string(_ text: String) {
        array(Array(text.utf8))
    }
}

/// Reads what ``IndexWriter`` wrote; nil where the bytes run out.
private struct IndexReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    mutating func scalar<T: FixedWidthInteger>() -> T? {
        let size = MemoryLayout<T>.size
        guard bytes.count - offset >= size else { return nil }
        defer { offset += size }
        return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    mutating func array<T: FixedWidthInteger>() -> [T]? {
        guard let count: UInt64 = scalar() else { return nil }
        let size = MemoryLayout<T>.stride
        guard count <= UInt64((bytes.count - offset) / size) else { return nil }
        let n = Int(count)
        defer { offset += n * size }
        return [T](unsafeUninitializedCapacity: n) { out, initialized in
            UnsafeMutableRawBufferPointer(out).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n * size)]))
            initialized = n
        }
    }

    /// Where the next counted byte array lies in the bytes, skipped.
    mutating func arrayRange() -> Range<Int>? {
        guard let count: UInt64 = scalar(), count <= UInt64(bytes.count - offset) else { return nil }
        defer { offset += Int(count) }
        return offset..<(offset + Int(count))
    }

    mutating func string() -> String? {
        guard let utf8: [UInt8] = array() else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }
}
