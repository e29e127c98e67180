import PolicyModel

/// Parses one file's bytes into a ``Policy``.
public enum PolicyParser {
    /// A parsed policy and the warnings met on the way (invalid UTF-8 and the like).
    public struct Result: Sendable {
        public var policy: Policy
        public var warnings: [String]
    }

    /// - Parameters:
    ///   - bytes: the file's raw contents.
    ///   - file: the path it came from (for `file`, the fallback id and title).
    ///   - format: forces a format; by default `.md`/`.markdown` are Markdown and other files
    ///     are Markdown when they look like it (the corpus header, `#` headings, links).
    ///
    /// The bytes are consumed: given the last reference (as the loader does), they are freed
    /// once read, before the section tree is built, so the input and the result are not both
    /// held at their full size.
    public static func parse(_ bytes: consuming [UInt8], file: String, format: DocumentFormat? = nil) throws(LoadError) -> Result {
        // What a file may hold (`FileReader` refuses more before reading), for bytes from
        // anywhere (a git history's blobs): offsets into a document take 32 bits.
        guard bytes.count <= FileReader.sizeLimit else { throw .tooLarge(bytes: bytes.count, limit: FileReader.sizeLimit) }
        let (header, format, raw, document, warnings) = try read(consume bytes, file: file, format: format)
        return Result(policy: assemble(consume raw, document: consume document, header: header, format: format, file: file), warnings: warnings)
    }

    /// The file's leaf blocks: decoded, header taken out, read as Markdown or plain text; and
    /// the document their runs point into, when it is still held whole (only by them).
    private static func read(_ bytes: consuming [UInt8], file: String, format: DocumentFormat?) throws(LoadError)
        -> (CorpusHeader?, DocumentFormat, Chunked<RawBlock>, SharedText?, [String]) {
        var decoded = try SourceDecoder.decode(consume bytes)
        decoded.bytes = HTMLEntities.terminatingBareApostrophes(decoded.bytes)
        let header = CorpusHeader.extract(from: &decoded.bytes)
        let format = format ?? detectFormat(file: file, bytes: decoded.bytes, hasHeader: header != nil)
        switch format {
        case .markdown:
            // The lines take the bytes, padded in place for md4c (no copy of the document).
            let bytes = decoded.bytes
            decoded.bytes = []
            let lines = SourceLines(consume bytes, padding: MarkdownReader.padding)
            var repaired = QuirkRepair.apply(MarkdownReader.read(lines), lines: lines)
            // The document lives on only in the runs that point into it, and not at all when
            // they are few (HTML blocks, now text of their own, were most of it).
            let released = DocumentRelease.releaseIfSparse(&repaired, document: lines.shared, size: lines.size)
            let document = released ? nil : lines.shared
            _ = consume lines
            return (header, format, HardWrapRepair.apply(repaired), document, decoded.warnings)
        case .plainText:
            return (header, format, HardWrapRepair.apply(PlainTextReader.read(decoded.bytes)), nil, decoded.warnings)
        }
    }

    /// The policy of a file's leaf blocks.
    private static func assemble(_ raw: consuming Chunked<RawBlock>, document: consuming SharedText?, header: CorpusHeader?, format: DocumentFormat, file: String) -> Policy {
        let (preamble, sections) = SectionTreeBuilder.build(consume raw, document: consume document)
        let stem = fileStem(file)
        let domain = header?.domain
        let title = sections.first?.title ?? domain.map { "\($0) privacy policy" } ?? stem
        // The language of the preamble and the first three sections, up to the block that passes
        // 40,000 bytes: the blocks are read in place, as if joined by spaces.
        var language = LanguageDetector.Scanner()
        for block in preamble {
            language.feed(block.text, separator: " ")
            if language.bytesFed > 40_000 { break }
        }
        for section in sections.prefix(3) where language.bytesFed <= 40_000 { section.feedText(to: &language, upTo: 40_000) }
        return Policy(
            id: domain.map { d in header?.archivedOn.map { "\(d)@\($0)" } ?? d } ?? stem,
            domain: domain, title: title, archivedOn: header?.archivedOn, source: header?.source,
            file: file, format: format, language: language.guess(),
            preamble: preamble, sections: sections)
    }

    static func detectFormat(file: String, bytes: [UInt8], hasHeader: Bool) -> DocumentFormat {
        let ext = file.split(separator: "/").last.flatMap { $0.contains(".") ? $0.split(separator: ".").last : nil }?.lowercased()
        if ext == "md" || ext == "markdown" || hasHeader { return .markdown }
        // Look for Markdown markup in the first lines: `#` headings, `**`, `](`, `* ` items.
        var marks = 0
        for line in bytes.prefix(32_768).split(separator: 0x0A).prefix(400) {
            let s = line.drop { $0 == 0x20 }
            if s.starts(with: Array("# ".utf8)) || s.starts(with: Array("## ".utf8)) || s.starts(with: Array("### ".utf8)) { marks += 2 }
            if s.starts(with: Array("**".utf8)) || s.starts(with: Array("* ".utf8)) { marks += 1 }
            if line.firstRange(of: Array("](".utf8)) != nil { marks += 1 }
        }
        return marks >= 2 ? .markdown : .plainText
    }

    static func fileStem(_ file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        for ext in [".markdown", ".md", ".txt", ".MD", ".TXT"] where name.hasSuffix(ext) && name.count > ext.count {
            return String(name.dropLast(ext.count))
        }
        return name
    }
}

extension Section {
    /// Feeds own blocks' texts, then each child's, in document order, each followed by a
    /// space, until `scanner` has been fed more than `limit` bytes. Returns false once it has.
    @discardableResult
    func feedText(to scanner: inout LanguageDetector.Scanner, upTo limit: Int) -> Bool {
        for block in blocks {
            scanner.feed(block.text, separator: " ")
            if scanner.bytesFed > limit { return false }
        }
        for child in children where !child.feedText(to: &scanner, upTo: limit) { return false }
        return true
    }
}
