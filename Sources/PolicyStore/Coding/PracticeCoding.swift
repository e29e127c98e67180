import PolicyClassifier
import PolicyExtraction
import PolicyModel

/// A ``PracticeRecord``'s stored form (the `record` column of `practices`): the binary form of
/// ``PolicyCoding``, without the id and domain, which are the loaded policy's. A change to this
/// layout must bump ``Schema/version``.
package enum PracticeCoding {
    package static func encode(_ record: PracticeRecord) -> [UInt8] {
        var w = ByteWriter()
        switch record.status {
        case .policy: w.uint(0)
        case .nonEnglish(let language): w.uint(1); w.string(language)
        case .notAPolicy(let reason): w.uint(2); w.string(reason)
        }
        w.optional(record.lastUpdated)
        let questions = Question.allCases.filter { record.answers[$0] != nil }
        w.uint(UInt64(questions.count))
        for question in questions {
            let answer = record[question]
            w.string(question.rawValue)
            switch answer.value {
            case .yes: w.uint(0)
            case .no: w.uint(1)
            case .notStated: w.uint(2)
            case .integer(let n): w.uint(3); w.int(n)
            case .list(let items): w.uint(4); w.uint(UInt64(items.count)); items.forEach { w.string($0) }
            }
            w.double(answer.confidence)
            w.uint(UInt64(answer.evidence.count))
            for item in answer.evidence {
                write(item.location, item.sectionPath, item.range, item.text, &w)
                w.bool(item.negated)
            }
        }
        w.uint(UInt64(record.spans.count))
        for span in record.spans {
            write(span.location, span.sectionPath, span.range, span.text, &w)
            w.string(span.category.rawValue)
            w.uint(UInt64(span.score.bitPattern))
            w.bool(span.negated)
        }
        return w.bytes
    }

    /// The record, or nil when the bytes are damaged.
    package static func decode(_ bytes: [UInt8], id: String, domain: String?) -> PracticeRecord? {
        var r = ByteReader(bytes)
        return try? decodeRecord(&r, id: id, domain: domain)
    }

    private static func decodeRecord(_ r: inout ByteReader, id: String, domain: String?) throws(ByteReader.Truncated) -> PracticeRecord {
        let status: PolicyStatus
        switch try r.uint() {
        case 0: status = .policy
        case 1: status = .nonEnglish(language: try r.string())
        case 2: status = .notAPolicy(reason: try r.string())
        default: throw .init()
        }
        let lastUpdated = try r.optional()
        var answers: [Question: Answer] = [:]
        for _ in 0..<(try r.count()) {
            guard let question = Question(rawValue: try r.string()) else { throw .init() }
            let value: AnswerValue
            switch try r.uint() {
            case 0: value = .yes
            case 1: value = .no
            case 2: value = .notStated
            case 3: value = .integer(try r.int())
            case 4:
                var items: [String] = []
                for _ in 0..<(try r.count()) { items.append(try r.string()) }
                value = .list(items)
            default: throw .init()
            }
            let confidence = try r.double()
            var evidence: [Evidence] = []
            for _ in 0..<(try r.count()) {
                let (location, path, range, text) = try readPlace(&r)
                evidence.append(Evidence(location: location, sectionPath: path, range: range, text: text, negated: try r.bool()))
            }
            answers[question] = Answer(question: question, value: value, confidence: confidence, evidence: evidence)
        }
        var spans: [PracticeSpan] = []
        let spanCount = try r.count()
        spans.reserveCapacity(spanCount)
        for _ in 0..<spanCount {
            let (location, path, range, text) = try readPlace(&r)
            guard let category = OPP115Category(rawValue: try r.string()) else { throw .init() }
            let bits = try r.uint()
            guard bits <= UInt64(UInt32.max) else { throw .init() }
            spans.append(PracticeSpan(location: location, sectionPath: path, range: range, text: text, category: category,
                                      score: Float(bitPattern: UInt32(bits)), negated: try r.bool()))
        }
        return PracticeRecord(id: id, domain: domain, status: status, lastUpdated: lastUpdated, answers: answers, spans: spans)
    }

    /// A sentence's place and text: block location, section path, range.
    private static func write(_ location: BlockLocation, _ path: [String], _ range: TextRange, _ text: String, _ w: inout ByteWriter) {
        w.int(location.sectionNumber)
        w.int(location.blockIndex)
        w.uint(UInt64(path.count))
        path.forEach { w.string($0) }
        w.int(range.start)
        w.int(range.count)
        w.string(text)
    }

    private static func readPlace(_ r: inout ByteReader) throws(ByteReader.Truncated) -> (BlockLocation, [String], TextRange, String) {
        let location = BlockLocation(sectionNumber: try r.int(), blockIndex: try r.int())
        var path: [String] = []
        for _ in 0..<(try r.count()) { path.append(try r.string()) }
        let range = try r.range()
        return (location, path, range, try r.string())
    }
}
