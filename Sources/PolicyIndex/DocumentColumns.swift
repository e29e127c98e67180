/// Per-sentence facts, one array per field (structure of arrays keeps them compact).
struct DocumentColumns: Sendable {
    /// Global (or chunk-local, while building) section id.
    var section: [UInt32] = []
    /// Block index within the section's own blocks (or the preamble).
    var block: [UInt32] = []
    /// Sentence index within the block.
    var sentence: [UInt32] = []
    /// Words in the sentence, capped at 65 535 (only used for length normalisation).
    var length: [UInt16] = []

    var count: Int { section.count }

    mutating func append(section: UInt32, block: UInt32, sentence: UInt32, length: UInt32) {
        self.section.append(section)
        self.block.append(block)
        self.sentence.append(sentence)
        self.length.append(UInt16(min(length, UInt32(UInt16.max))))
    }

    mutating func append(_ other: DocumentColumns, sectionBase: UInt32) {
        section.append(contentsOf: other.section.lazy.map { $0 + sectionBase })
        block.append(contentsOf: other.block)
        sentence.append(contentsOf: other.sentence)
        length.append(contentsOf: other.length)
    }

    var byteCount: Int { section.capacity * 4 + block.capacity * 4 + sentence.capacity * 4 + length.capacity * 2 }

    /// The same columns without the spare capacity appending left.
    func compacted() -> DocumentColumns {
        DocumentColumns(section: exactCopy(section), block: exactCopy(block), sentence: exactCopy(sentence),
                        length: exactCopy(length))
    }
}

/// Per-section facts: the preamble counts as section number 0 of its policy.
struct SectionColumns: Sendable {
    /// ``SectionLocation/number`` (0 is the preamble).
    var number: [UInt32] = []
    /// The title's words as term ids: section `i` is `titleTerms[titleStart[i]..<titleStart[i + 1]]`.
    var titleStart: [UInt32] = [0]
    var titleTerms: [UInt32] = []

    var count: Int { number.count }

    mutating func append(number: UInt32, titleTerms: [UInt32]) {
        self.number.append(number)
        self.titleTerms.append(contentsOf: titleTerms)
        titleStart.append(UInt32(self.titleTerms.count))
    }

    func title(_ section: Int) -> ArraySlice<UInt32> {
        titleTerms[Int(titleStart[section])..<Int(titleStart[section + 1])]
    }

    var byteCount: Int { number.capacity * 4 + titleStart.capacity * 4 + titleTerms.capacity * 4 }

    /// The same columns without the spare capacity appending left.
    func compacted() -> SectionColumns {
        SectionColumns(number: exactCopy(number), titleStart: exactCopy(titleStart), titleTerms: exactCopy(titleTerms))
    }
}

/// A copy of `array` whose capacity is its count.
func exactCopy<T>(_ array: [T]) -> [T] {
    array.withUnsafeBufferPointer { source in
        [T](unsafeUninitializedCapacity: source.count) { out, count in
            _ = out.initialize(fromContentsOf: source)
            count = source.count
        }
    }
}
