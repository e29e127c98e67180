import Foundation
import PolicyModel

/// An in-memory full-text index over the sentences of loaded policies, shared by the browser
/// and the CLI.
///
/// Every sentence is a document with two fields: its own text (the body, which a sentence must
/// match) and its section's title (which only adds to the score, boosted; see ``BM25F``).
/// Documents are numbered in policy order, then document order, so ties in score fall back to
/// policy then position. Build it once with ``build(policies:annotations:parallelism:)``; the
/// value is immutable and safe to share between tasks.
public final class PolicyIndex: Sendable {
    /// The indexed policies, in the order given to ``build(policies:annotations:parallelism:)``;
    /// an index read back over listings holds them without their text (see ``text(of:)``).
    public let policies: [Policy]
    /// Reads policy `p`'s text for an index read back over listings; nil: ``policies`` hold it.
    let readText: (@Sendable (Int) -> Policy?)?
    /// Bytes of UTF-8 text in the indexed blocks.
    public let textByteCount: Int

    let vocabulary: Vocabulary
    let postings: PostingsStore
    let docs: DocumentColumns
    let sections: SectionColumns
    /// Policy `p` holds documents `policyDocStart[p]..<policyDocStart[p + 1]`.
    let policyDocStart: [UInt32]
    /// Policy `p` holds sections `policySectionStart[p]..<policySectionStart[p + 1]`.
    let policySectionStart: [UInt32]
    /// Category label -> ascending documents.
    let categoryDocs: [String: [UInt32]]
    /// Folded question -> folded value -> ascending policy indices.
    let answers: [String: [String: [UInt32]]]
    /// Per policy: domain lower-cased without `www.` (empty when unknown), archive year (0 when unknown).
    let policyDomains: [String]
    let policyYears: [Int]
    let averageDocLength: Double
    let averageTitleLength: Double
    let titles: SectionTitleCatalog
    let titlePostings: TitlePostings
    /// What BM25F reads (document and section columns, title keys, length norms).
    let scoring: ScoringContext
    /// The largest English stem groups, each merged once, on the first query that needs it
    /// (their surfaces' lists would otherwise be decoded and merged by every query for one of
    /// these common words), with exact per-range score bounds for top-k early termination.
    let stemGroups: StemGroupLeaves
    /// The next largest stem groups, merged ahead of time but kept encoded (a query decodes
    /// one stream instead of decoding and merging every surface's).
    let mergedStemGroups: MergedStemGroups
    /// Postings a stem group needs to be merged ahead of time.
    let stemGroupMinimum: Int

    /// The same index over `listings`, the same policies in the same order without their text
    /// (``PolicyListing/bodiless``): it keeps no text, and a hit's text is read by `text` (policy
    /// index -> the whole policy; nil leaves the hit out). Nothing is copied.
    public func overListings(_ listings: [Policy], text: @escaping @Sendable (Int) -> Policy?) -> PolicyIndex {
        PolicyIndex(copying: self, policies: listings, text: text)
    }

    private init(copying other: PolicyIndex, policies: [Policy], text: @escaping @Sendable (Int) -> Policy?) {
        precondition(policies.count == other.policies.count, "an index over listings needs the same policies")
        self.policies = policies
        readText = text
        textByteCount = other.textByteCount
        vocabulary = other.vocabulary
        postings = other.postings
        docs = other.docs
        sections = other.sections
        policyDocStart = other.policyDocStart
        policySectionStart = other.policySectionStart
        categoryDocs = other.categoryDocs
        answers = other.answers
        policyDomains = other.policyDomains
        policyYears = other.policyYears
        averageDocLength = other.averageDocLength
        averageTitleLength = other.averageTitleLength
        titles = other.titles
        titlePostings = other.titlePostings
        scoring = other.scoring
        stemGroups = other.stemGroups
        mergedStemGroups = other.mergedStemGroups
        stemGroupMinimum = other.stemGroupMinimum
    }

    /// What the build's tokenising and merging give, or what ``encoded()`` saved: the rest of
    /// the index is derived from it.
    struct Parts {
        var textBytes: Int
        var terms: TermTable
        var postings: PostingsStore
        var docs: DocumentColumns
        var sections: SectionColumns
        var policyDocStart: [UInt32]
        var policySectionStart: [UInt32]
        var categoryDocs: [String: [UInt32]]
        var answers: [String: [String: [UInt32]]]
        var stemGroupMinimum: Int
        /// The encoded stem groups when saved with the index; nil: merged again.
        var mergedStemGroups: MergedStemGroups?
    }

    private convenience init(policies: [Policy], merger: IndexMerger, annotations: [String: IndexAnnotations], stemGroupMinimum: Int) {
        var answers: [String: [String: [UInt32]]] = [:]
        for (p, policy) in policies.enumerated() {
            for (question, value) in annotations[policy.id]?.answers ?? [:] {
                answers[question.lowercased().trimmingSpaces(), default: [:]][value.lowercased().trimmingSpaces(), default: []]
                    .append(UInt32(p))
            }
        }
        self.init(policies: policies, parts: Parts(
            textBytes: merger.textBytes, terms: merger.terms, postings: merger.finishPostings(),
            docs: merger.docs.compacted(), sections: merger.sections.compacted(),
            policyDocStart: merger.policyDocStart, policySectionStart: merger.policySectionStart,
            categoryDocs: merger.categoryDocs.mapValues { Array(Set($0)).sorted() }, answers: answers,
            stemGroupMinimum: stemGroupMinimum, mergedStemGroups: nil))
    }

    init(policies: [Policy], parts: Parts, text: (@Sendable (Int) -> Policy?)? = nil) {
        self.policies = policies
        readText = text
        textByteCount = parts.textBytes
        // The vocabulary (stems, byte order) and the titles (their numbers, their postings)
        // are made side by side.
        let derived = Self.derive(parts)
        vocabulary = derived.vocabulary
        postings = parts.postings
        docs = parts.docs
        sections = parts.sections
        policyDocStart = parts.policyDocStart
        policySectionStart = parts.policySectionStart
        categoryDocs = parts.categoryDocs
        answers = parts.answers
        stemGroupMinimum = parts.stemGroupMinimum
        policyDomains = policies.map { $0.domain.map(QueryParser.normalizedDomain) ?? "" }
        policyYears = policies.map { $0.archivedOn?.year ?? 0 }
        let totalLength = docs.length.reduce(0) { $0 + Int($1) }
        averageDocLength = docs.count == 0 ? 1 : max(1, Double(totalLength) / Double(docs.count))
        let titled = sections.number.lazy.filter { $0 > 0 }.count
        averageTitleLength = titled == 0 ? 1 : max(1, Double(sections.titleTerms.count) / Double(titled))
        titles = derived.titles
        titlePostings = derived.titlePostings
        var firstDoc = [UInt32](repeating: UInt32(docs.count), count: sections.count + 1)
        var next = 0
        for d in 0..<docs.count {
            let section = Int(docs.section[d])
            while next <= section { firstDoc[next] = UInt32(d); next += 1 }
        }
        scoring = ScoringContext(
            docSection: docs.section, docLength: docs.length, sections: sections, sectionFirstDoc: firstDoc,
            sectionTitleKey: titles.sectionKey, titleKeyCount: titles.count, averageDocLength: averageDocLength,
            averageTitleLength: averageTitleLength,
            inverseBodyNorms: BM25F().bodyNorms(averageDocLength: averageDocLength))
        let (decoded, encoded) = Self.precomputeLargeStemGroups(
            vocabulary, postings, titlePostings, scoring, minimum: stemGroupMinimum,
            budget: textByteCount / 7, encodedBudget: textByteCount / 7, saved: parts.mergedStemGroups)
        stemGroups = decoded
        mergedStemGroups = encoded
    }

    /// What is derived from `parts` alone, on two threads.
    private static func derive(_ parts: Parts) -> (vocabulary: Vocabulary, titles: SectionTitleCatalog, titlePostings: TitlePostings) {
        nonisolated(unsafe) var vocabulary: Vocabulary?
        nonisolated(unsafe) var titles: (SectionTitleCatalog.Numbers, TitlePostings)?
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 {
                vocabulary = Vocabulary(table: parts.terms)
            } else {
                titles = (SectionTitleCatalog.number(parts.sections), TitlePostings(parts.sections, termCount: parts.terms.count))
            }
        }
        let made = vocabulary!
        return (made, SectionTitleCatalog(sections: parts.sections, vocabulary: made, numbers: titles!.0), titles!.1)
    }

    /// Stem groups (of two or more surfaces, `minimum` postings or more) merged ahead of time,
    /// largest first: decoded with their range bounds (on first use) while they fit in `budget`
    /// bytes (8 a posting), then encoded while they fit in `encodedBudget` (counting 3 a
    /// posting); the encoded ones are `saved` when the index was read back.
    private static func precomputeLargeStemGroups(
        _ vocabulary: Vocabulary, _ postings: PostingsStore, _ titlePostings: TitlePostings,
        _ scoring: ScoringContext, minimum: Int, budget: Int, encodedBudget: Int, saved: MergedStemGroups?
    ) -> (StemGroupLeaves, MergedStemGroups) {
        var groups: [(stem: String, ids: [UInt32], total: Int)] = []
        for (stem, ids) in vocabulary.stemGroups where ids.count > 1 {
            var total = 0
            for id in ids { total += Int(postings.documentFrequency[Int(id)]) }
            if total >= minimum { groups.append((stem, ids, total)) }
        }
        groups.sort { $0.total != $1.total ? $0.total > $1.total : $0.stem < $1.stem }
        let rangeBytes = ((scoring.docCount >> BM25F.rangeShift) + 1) * 8
        var chosen: [(stem: String, ids: [UInt32])] = []
        var rest: [(stem: String, ids: [UInt32])] = []
        var used = 0, encodedUsed = 0
        for g in groups {
            if used + g.total * 8 + rangeBytes <= budget {
                chosen.append((g.stem, g.ids))
                used += g.total * 8 + rangeBytes
            } else if encodedUsed + g.total * 3 <= encodedBudget {
                // About three bytes a posting: a one- or two-byte gap and a term frequency.
                rest.append((g.stem, g.ids))
                encodedUsed += g.total * 3
            }
        }
        let decoded = StemGroupLeaves(
            groups: chosen, postings: postings, titlePostings: titlePostings, scoring: scoring,
            termCount: vocabulary.table.count)
        return (decoded, saved ?? MergedStemGroups(rest, postings))
    }

    /// Indexes `policies`, building chunks of policies on parallel tasks and merging them in order.
    /// - Parameters:
    ///   - annotations: practice labels and answers per policy id, for `category:` and `answer:`.
    ///   - parallelism: tasks to use (default: active processors).
    public static func build(
        policies: [Policy], annotations: [String: IndexAnnotations] = [:], parallelism: Int? = nil
    ) async -> PolicyIndex {
        await build(policies: policies, annotations: annotations, parallelism: parallelism, stemGroupMinimum: 4096)
    }

    /// `stemGroupMinimum`: postings a stem group needs to be merged ahead of time (tests lower it).
    static func build(
        policies: [Policy], annotations: [String: IndexAnnotations] = [:], parallelism: Int? = nil,
        stemGroupMinimum: Int
    ) async -> PolicyIndex {
        let workers = max(1, parallelism ?? ProcessInfo.processInfo.activeProcessorCount)
        let chunkSize = max(1, min(32, policies.count / (workers * 4)))
        let chunkCount = (policies.count + chunkSize - 1) / chunkSize
        var merger = IndexMerger()
        await withTaskGroup(of: (Int, Chunk).self) { group in
            var next = 0, expected = 0
            var pending: [Int: Chunk] = [:]
            func add() {
                guard next < chunkCount else { return }
                let k = next
                next += 1
                let slice = policies[(k * chunkSize)..<min(policies.count, (k + 1) * chunkSize)]
                group.addTask { (k, Chunk.build(slice, annotations: annotations)) }
            }
            for _ in 0..<workers { add() }
            while let (k, chunk) = await group.next() {
                pending[k] = chunk
                add()
                while let ready = pending.removeValue(forKey: expected) {
                    merger.merge(ready)
                    expected += 1
                }
            }
        }
        return PolicyIndex(policies: policies, merger: merger, annotations: annotations, stemGroupMinimum: stemGroupMinimum)
    }

    /// Policy `p` with its text: held, or read (nil when it cannot be read).
    func text(of p: Int) -> Policy? {
        guard let readText else { return policies[p] }
        return readText(p)
    }

    /// Sentences indexed.
    public var sentenceCount: Int { docs.count }
    /// Distinct folded words.
    public var termCount: Int { vocabulary.table.count }
    /// The category labels the annotations used, sorted.
    public var categoryLabels: [String] { categoryDocs.keys.sorted() }

    /// The policy holding document `doc`.
    func policyIndex(ofDoc doc: UInt32) -> Int {
        Self.upperBound(policyDocStart, doc) - 1
    }

    /// The policy holding section `section`.
    func policyIndex(ofSection section: UInt32) -> Int {
        Self.upperBound(policySectionStart, section) - 1
    }

    /// The first index whose value is greater than `value`.
    static func upperBound(_ array: [UInt32], _ value: UInt32) -> Int {
        var lo = 0, hi = array.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if array[mid] <= value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
