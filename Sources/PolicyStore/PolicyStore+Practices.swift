import PolicyExtraction
import PolicyModel

/// Practices as tables a researcher can query (`answers`, `evidence`, `spans`), stamped with
/// the parser and model versions they were computed under.
extension PolicyStore {
    /// True when the practices of `blob` read as `name` are stored under the current stamps.
    public func hasPractices(blob: String, name: String) throws(StoreError) -> Bool {
        guard let model = stamps.model else { return false }
        return try locked { db throws(StoreError) in
            try db.prepare("SELECT 1 FROM practices WHERE blob = ? AND name = ? AND classifier = ? AND parser = ? AND model = ?")
                .bind(.text(blob), .text(name), .text(stamps.classifier), .text(stamps.parser), .text(model)).step()
        }
    }

    /// Replaces the practices of `blob` read as `name` by `practices`, all in one transaction
    /// (a killed process leaves the old rows or the new ones, never a mix).
    public func savePractices(_ practices: PolicyPractices, of policy: Policy, blob: String, name: String) throws(StoreError) {
        try savePractices(PracticeRecord(practices), of: PolicyListing(policy), blob: blob, name: name)
    }

    /// The practices of `blob` read as `name` under the current stamps, with the id and domain
    /// of the policy now loaded from it; nil when none are stored or the record is damaged.
    public func practiceRecord(blob: String, name: String, id: String, domain: String?) throws(StoreError) -> PracticeRecord? {
        guard let model = stamps.model else { return nil }
        return try locked { db throws(StoreError) in
            let statement = try db.prepare("SELECT record FROM practices WHERE blob = ? AND name = ? AND classifier = ? AND parser = ? AND model = ?")
                .bind(.text(blob), .text(name), .text(stamps.classifier), .text(stamps.parser), .text(model))
            guard try statement.step() else { return nil }
            return PracticeCoding.decode(statement.blob(0), id: id, domain: domain)
        }
    }

    /// Replaces the practices of `blob` read as `name` by `practices` (computed from the policy
    /// `policy` lists), all in one transaction.
    public func savePractices(_ practices: PracticeRecord, of policy: PolicyListing, blob: String, name: String) throws(StoreError) {
        guard let model = stamps.model else { return }
        let parser = stamps.parser, classifier = SQLValue.text(stamps.classifier)
        try locked { db throws(StoreError) in
            try db.transaction { () throws(StoreError) in
                for table in ["practices", "answers", "evidence", "spans"] {
                    try db.prepare("DELETE FROM \(table) WHERE blob = ? AND name = ? AND classifier = ?").run(.text(blob), .text(name), classifier)
                }
                try db.prepare("""
                    INSERT INTO practices(blob, name, parser, model, policy_id, domain, status, last_updated, record, classifier)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).run(.text(blob), .text(name), .text(parser), .text(model), .text(policy.id),
                             .optionalText(policy.domain), .text(practices.status.name), .optionalText(practices.lastUpdated),
                             .blob(PracticeCoding.encode(practices)), classifier)
                let answer = try db.prepare("""
                    INSERT INTO answers(blob, name, parser, model, policy_id, domain, archived, question, value, confidence, classifier)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let evidence = try db.prepare("""
                    INSERT INTO evidence(blob, name, question, rank, section, section_number, block, start, "end", negated, text, classifier)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for question in Question.allCases {
                    let given = practices[question]
                    try answer.run(.text(blob), .text(name), .text(parser), .text(model), .text(policy.id),
                                   .optionalText(policy.domain), .optionalText(policy.archivedOn?.description),
                                   .text(question.rawValue), .text(given.value.display), .real(given.confidence), classifier)
                    for (rank, item) in given.evidence.enumerated() {
                        try evidence.run(.text(blob), .text(name), .text(question.rawValue), .int(rank),
                                         .text(Self.sectionText(item.sectionPath)), .int(item.location.sectionNumber),
                                         .int(item.location.blockIndex), .int(item.range.start), .int(item.range.end),
                                         .int(item.negated ? 1 : 0), .text(item.text), classifier)
                    }
                }
                let span = try db.prepare("""
                    INSERT INTO spans(blob, name, seq, category, score, negated, section, section_number, block, start, "end", text, classifier)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (seq, item) in practices.spans.enumerated() {
                    try span.run(.text(blob), .text(name), .int(seq), .text(item.category.rawValue), .real(Double(item.score)),
                                 .int(item.negated ? 1 : 0), .text(Self.sectionText(item.sectionPath)),
                                 .int(item.location.sectionNumber), .int(item.location.blockIndex),
                                 .int(item.range.start), .int(item.range.end), .text(item.text), classifier)
                }
            }
        }
    }

    /// A section path as one column: titles from the top down, joined by " > ".
    static func sectionText(_ path: [String]) -> String {
        path.joined(separator: " > ")
    }
}
