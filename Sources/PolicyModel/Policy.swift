/// One loaded privacy policy: its metadata and its section tree.
///
/// Text before the first heading is kept in ``preamble``; everything after it lives in
/// ``sections``, a forest whose roots are the document's top-level headings (for the
/// Princeton-Leuven corpus, usually the page's single H1).
public struct Policy: Sendable, Hashable, Codable {
    /// Unique within one load: `domain@YYYY-MM-DD` when the corpus header gives both, otherwise
    /// the file name without its extension (with `#2`, `#3`... appended on collisions).
    public var id: String
    /// The site the policy belongs to (`lithium.com`), or nil when the file does not say.
    public var domain: String?
    /// A human title: the first heading, or the file name when the document has none.
    public var title: String
    /// When the Wayback Machine archived the page, from the corpus header.
    public var archivedOn: ArchiveDate?
    /// The snapshot URL from the corpus header.
    public var source: String?
    /// The path the policy was read from.
    public var file: String
    /// The source format the parser used.
    public var format: DocumentFormat
    /// A guess at the main language of the text.
    public var language: LanguageGuess
    /// Blocks before the first heading.
    public var preamble: [Block]
    /// The top-level sections, in document order.
    public var sections: [Section]

    public init(
        id: String, domain: String?, title: String, archivedOn: ArchiveDate?, source: String?,
        file: String, format: DocumentFormat, language: LanguageGuess,
        preamble: [Block], sections: [Section]
    ) {
        self.id = id
        self.domain = domain
        self.title = title
        self.archivedOn = archivedOn
        self.source = source
        self.file = file
        self.format = format
        self.language = language
        self.preamble = preamble
        self.sections = sections
    }
}

/// How a file was read.
public enum DocumentFormat: String, Sendable, Hashable, Codable {
    case markdown
    case plainText = "text"
}
