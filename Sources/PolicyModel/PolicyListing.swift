/// What a list of policies shows of each one, without its text: the metadata and the counts of
/// sections and words. The store keeps it as columns, so a list needs no policy body.
public struct PolicyListing: Sendable, Hashable {
    public var id: String
    public var domain: String?
    public var title: String
    public var archivedOn: ArchiveDate?
    public var source: String?
    public var file: String
    public var format: DocumentFormat
    public var language: LanguageGuess
    /// ``Policy/sectionCount``.
    public var sectionCount: Int
    /// ``Policy/wordCount``.
    public var wordCount: Int

    public init(
        id: String, domain: String?, title: String, archivedOn: ArchiveDate?, source: String?, file: String,
        format: DocumentFormat, language: LanguageGuess, sectionCount: Int, wordCount: Int
    ) {
        self.id = id
        self.domain = domain
        self.title = title
        self.archivedOn = archivedOn
        self.source = source
        self.file = file
        self.format = format
        self.language = language
        self.sectionCount = sectionCount
        self.wordCount = wordCount
    }

    /// The listing of a loaded policy (counting its sections and words).
    public init(_ policy: Policy) {
        self.init(id: policy.id, domain: policy.domain, title: policy.title, archivedOn: policy.archivedOn,
                  source: policy.source, file: policy.file, format: policy.format, language: policy.language,
                  sectionCount: policy.sectionCount, wordCount: policy.wordCount)
    }

    /// A policy with this metadata and no text, for what reads only metadata (``PolicyLookup``).
    public var bodiless: Policy {
        Policy(id: id, domain: domain, title: title, archivedOn: archivedOn, source: source, file: file,
               format: format, language: language, preamble: [], sections: [])
    }
}

extension Policy {
    /// No text at all: a listing's policy (``PolicyListing/bodiless``), or an empty document.
    public var isBodiless: Bool { sections.isEmpty && preamble.isEmpty }
}
