/// Every pattern table compiled into one matcher: attributes and polarity words together, so a
/// sentence is scanned once.
struct Lexicon: Sendable {
    /// What a matched phrase stands for.
    enum Entry: Sendable, Hashable {
        case attribute(Attribute)
        case polarity(PolarityPatterns.Role)
        /// A retention rule ("as long as...", "until..."): recorded as a retention period
        /// when the sentence speaks of keeping data.
        case retentionRule
    }

    let matcher: PhraseMatcher<Entry>

    /// The compiled tables of this module (validated by the tests; a malformed entry is a
    /// programming error).
    static let shared: Lexicon = {
        do {
            return try Lexicon(entries: allEntries)
        } catch {
            preconditionFailure("PolicyExtraction pattern tables: \(error)")
        }
    }()

    init(entries: [(String, Entry)]) throws(PatternError) {
        matcher = try PhraseMatcher(entries)
    }

    /// All table rows, flattened into (pattern, entry) pairs.
    static var allEntries: [(String, Entry)] {
        var rows: [(String, Entry)] = []
        func add<Value>(_ table: [(Value, [String])], _ wrap: (Value) -> Entry) {
            for (value, patterns) in table { rows += patterns.map { ($0, wrap(value)) } }
        }
        add(DataTypePatterns.table) { .attribute(.dataType($0)) }
        add(PurposePatterns.table) { .attribute(.purpose($0)) }
        add(ThirdPartyPatterns.table) { .attribute(.thirdParty($0)) }
        add(ChoicePatterns.table) { .attribute(.choice($0)) }
        add(FrameworkPatterns.table) { .attribute(.framework($0)) }
        add(ChangeChannelPatterns.table) { .attribute(.changeChannel($0)) }
        add(ActionPatterns.table) { .attribute(.action($0)) }
        add(PolarityPatterns.table) { .polarity($0) }
        rows += RetentionRulePatterns.table.map { ($0, .retentionRule) }
        return rows
    }
}
