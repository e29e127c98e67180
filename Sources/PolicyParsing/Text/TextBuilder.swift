import PolicyModel

/// Builds a block's clean text piece by piece, folding white space across pieces and keeping
/// the scalar ranges of linked text.
struct TextBuilder {
    /// UTF-8 of the text so far (appending to a `[UInt8]` is much cheaper than to a String),
    /// after what ``flushed`` holds.
    private var utf8: [UInt8] = []
    /// The start of a long block's text, moved out of ``utf8`` a megabyte at a time so that the
    /// bytes being built and the finished string are never both whole (a 100 MB line: 3.2x its
    /// size at the peak, with the document). Empty for every block shorter than that.
    private var flushed = ""
    /// The bytes ``utf8`` holds before they go on into ``flushed``.
    static let flushSize = 1 << 20
    /// The size the whole text is expected to reach (its pieces' bytes), reserved for
    /// ``flushed`` at once: a string grown by doubling holds its old and new storage at each step.
    var expectedBytes = 0
    private(set) var links: [Link] = []
    private var count = 0
    private var pendingSpace = false
    private var pendingNewline = false
    private var openLink: (url: String, start: Int)?

    /// Appends a run's text, read in place when it needs no repair (the common case).
    mutating func append(_ run: InlineText, link: String?) {
        let done = run.withUTF8 { bytes -> Bool in
            guard Self.needsNoRepair(bytes) else { return false }
            if link != openLink?.url { closeLink() }
            append(utf8: bytes, link: link)
            return true
        }
        if !done { append(run.text, link: link) }
    }

    /// Appends raw inline text; `link` is the target it belongs to, if any.
    mutating func append(_ raw: Substring, link: String? = nil) {
        var raw = raw
        raw.makeContiguousUTF8()
        let plain = raw.utf8.withContiguousStorageIfAvailable(Self.needsNoRepair) ?? false
        var piece = plain ? raw : Substring(Self.dropDelimiterDebris(MojibakeRepair.repair(String(raw))))
        if link != openLink?.url { closeLink() }
        piece.makeContiguousUTF8()
        _ = piece.utf8.withContiguousStorageIfAvailable { append(utf8: $0, link: link) }
    }

    /// Whether neither mojibake repair nor delimiter debris can change `bytes` (the common case,
    /// told in one pass over the bytes).
    static func needsNoRepair(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var afterStar = false
        var i = 0
        let n = bytes.count
        while i < n {
            // Eight bytes at a time while none of them is `*` or 0xC3 (the common case).
            if !afterStar, i + 8 <= n {
                let word = ByteScan.word(bytes, at: i)
                if !ByteScan.contains(word, UInt8(ascii: "*")), !ByteScan.contains(word, 0xC3) { i += 8; continue }
            }
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "*") {
                if afterStar { return false }
                afterStar = true
                continue
            }
            afterStar = false
            // U+00C2...U+00F4, the scalars `MojibakeRepair.mayContainMojibake` looks for.
            if b == 0xC3, i < n, bytes[i] >= 0x82, bytes[i] <= 0xB4 { return false }
        }
        return true
    }

    /// The clean-up of ``append(_:link:)`` on UTF-8: ASCII bytes directly, other scalars decoded.
    private mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>, link: String?) {
        let n = bytes.count
        // Grown geometrically: reserving exactly `count + n` copied the whole text on every
        // piece, quadratic in a block of many inlines.
        let wanted = min(utf8.count + n, Self.flushSize + 8)
        if utf8.capacity < wanted { utf8.reserveCapacity(max(wanted, 2 * utf8.capacity)) }
        var i = 0
        while i < n {
            if utf8.count >= Self.flushSize { flush() }
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A { pendingNewline = true; i += 1; continue }
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { pendingSpace = true; i += 1; continue }
                beginVisible(link)
                if b > 0x20 && b < 0x7F {
                    // A run of printable ASCII goes in at once, with the single spaces between
                    // its words (each would be folded to itself).
                    var j = i + 1
                    let limit = min(n, i + Self.flushSize)
                    while j < limit {
                        let c = bytes[j]
                        if c > 0x20, c < 0x7F {
                            j += 1
                        } else if c == 0x20, j + 1 < n, bytes[j + 1] > 0x20, bytes[j + 1] < 0x7F {
                            j += 2
                        } else {
                            break
                        }
                    }
                    utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                    count += j - i
                    i = j
                } else {
                    emit(TextCleaner.visible(Unicode.Scalar(b)))
                    i += 1
                }
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            var value = UInt32(b) & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F)
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            let scalar = Unicode.Scalar(value)!
            if value == 0xAD || value == 0x200B || value == 0xFEFF { i += length; continue }
            // Typographic ligatures (U+FB00-FB06) from PDF and HTML exports: "ﬁnd" is "find".
            if value >= 0xFB00, value <= 0xFB06 {
                beginVisible(link)
                let letters = Self.ligatures[Int(value - 0xFB00)]
                utf8.append(contentsOf: letters.utf8)
                count += letters.utf8.count
                i += length
                continue
            }
            if scalar.isSpaceFast { pendingSpace = true; i += length; continue }
            beginVisible(link)
            if value <= 0x9F {
                emit(TextCleaner.visible(scalar))
            } else {
                utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<i + length]))
                count += 1
            }
            i += length
        }
    }

    /// The letters of U+FB00 ff ... U+FB06 st.
    static let ligatures = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"]

    /// Before a visible scalar: the pending white space, folded, and the start of an open link.
    private mutating func beginVisible(_ link: String?) {
        if count > 0 {
            if pendingNewline { emit("\n") } else if pendingSpace { emit(" ") }
        }
        pendingSpace = false
        pendingNewline = false
        if let url = link, openLink == nil { openLink = (url, count) }
    }

    /// Runs of two or more `*` that CommonMark left as text are unmatched emphasis delimiters
    /// from the export, not content.
    static func dropDelimiterDebris(_ text: String) -> String {
        guard hasDoubleStar(text) else { return text }
        var out = ""
        var stars = 0
        for ch in text {
            if ch == "*" { stars += 1; continue }
            if stars == 1 { out.append("*") }
            stars = 0
            out.append(ch)
        }
        if stars == 1 { out.append("*") }
        return out
    }

    /// Whether `text` holds `**`, read as bytes (Foundation's substring search cost a quarter
    /// of a whole parse).
    static func hasDoubleStar(_ text: String) -> Bool {
        var afterStar = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "*") {
                if afterStar { return true }
                afterStar = true
            } else {
                afterStar = false
            }
        }
        return false
    }

    /// Scalars emitted so far (white space still pending is not counted).
    var length: Int { count }

    /// Bytes the text's buffer holds room for (its growth is geometric: see the tests).
    var capacity: Int { utf8.capacity }

    mutating func space() { pendingSpace = true }
    mutating func lineBreak() { pendingNewline = true }

    private mutating func emit(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x80 {
            utf8.append(UInt8(v))
        } else {
            UTF8.encode(scalar) { utf8.append($0) }
        }
        count += 1
    }

    private mutating func closeLink() {
        if let open = openLink, open.start < count {
            links.append(Link(range: TextRange(start: open.start, end: count), url: ArchiveLinks.unwrap(open.url)))
        }
        openLink = nil
    }

    /// A block's clean text and its links.
    typealias Built = (text: String, links: [Link])

    /// The clean text and its links.
    mutating func finish() -> Built {
        closeLink()
        guard !flushed.isEmpty else { return (String(decoding: utf8, as: UTF8.self), links) }
        flush()
        return (flushed, links)
    }

    /// Moves the bytes built so far (whole scalars) to the end of ``flushed``.
    private mutating func flush() {
        if flushed.isEmpty { flushed.reserveCapacity(max(expectedBytes, 2 * utf8.count)) }
        flushed.append(String(decoding: utf8, as: UTF8.self))
        utf8.removeAll(keepingCapacity: true)
    }

    /// Builds clean text from inlines.
    static func build(_ inlines: [Inline]) -> Built {
        var builder = TextBuilder()
        builder.expectedBytes = inlines.reduce(0) { total, inline in
            if case .text(let run, _) = inline { total + run.utf8Count } else { total + 1 }
        }
        builder.append(inlines[...])
        return builder.finish()
    }

    /// What joins the cells of a table row: one run, shared by every row.
    static let cellSeparator: [Inline] = [.plain(" | ")]

    /// Builds a table row's clean text, its cells joined by ` | `, and the range of each cell
    /// (`starts`: each cell's column and the index of its first inline, as
    /// ``RawBlock/cellStarts`` keeps them).
    static func buildRow(_ inlines: [Inline], cellStarts starts: [RawBlock.CellStart]) -> (text: String, links: [Link], cells: [TableCell]) {
        var builder = TextBuilder()
        var cells: [TableCell] = []
        cells.reserveCapacity(starts.count)
        for (k, start) in starts.enumerated() {
            if k == 0 { builder.append(inlines[..<start.inline]) } else { builder.append(cellSeparator[...]) }
            let end = k + 1 < starts.count ? starts[k + 1].inline : inlines.count
            // Past the separator, the cell's first scalar follows one folded space.
            let first = builder.length == 0 ? 0 : builder.length + 1
            builder.append(inlines[start.inline..<max(start.inline, end)])
            cells.append(TableCell(column: start.column, range: TextRange(start: min(first, builder.length), end: builder.length)))
        }
        let (text, links) = builder.finish()
        return (text, links, cells)
    }

    private mutating func append(_ inlines: ArraySlice<Inline>) {
        for inline in inlines {
            switch inline {
            case .text(let t, let link): append(t, link: link?.url)
            case .softBreak: space()
            case .hardBreak: lineBreak()
            }
        }
    }
}
