import PolicyModel
import PolicyStore

/// The store's binary forms: any bytes decode or give nil; a decoded policy's ranges lie in
/// its blocks' texts, and what decodes encodes to bytes that decode to the same encoding.
/// The first byte picks the form: even for a policy body, odd for a practice record.
enum StoreFuzz {
    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let body = Array(bytes.dropFirst())
        if selector & 1 == 0 {
            guard let policy = PolicyCoding.decode(body, file: "fuzz.md") else { return }
            for block in policy.allBlocks { checkRanges(block) }
            let encoded = PolicyCoding.encode(policy)
            let again = PolicyCoding.decode(encoded, file: "fuzz.md").map(PolicyCoding.encode)
            require(again == encoded, "a decoded policy does not round-trip")
        } else {
            guard let record = PracticeCoding.decode(body, id: "fuzz", domain: nil) else { return }
            for answer in record.answers.values { for item in answer.evidence { require(item.range.start >= 0, "evidence \(item.range)") } }
            for span in record.spans { require(span.range.start >= 0, "span \(span.range)") }
            let encoded = PracticeCoding.encode(record)
            let again = PracticeCoding.decode(encoded, id: "fuzz", domain: nil).map(PracticeCoding.encode)
            require(again == encoded, "a decoded practice record does not round-trip")
        }
    }

    private static func checkRanges(_ block: Block) {
        let length = block.text.unicodeScalars.count
        for range in block.sentences + block.links.map(\.range) + block.cells.map(\.range) {
            require(range.start >= 0 && range.end <= length, "range \(range) in \(length) scalars")
        }
    }
}
