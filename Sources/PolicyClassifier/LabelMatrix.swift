/// The label sets of training rows as bit masks (bit `i` = `OPP115Category(index: i)`).
struct LabelMatrix: Sendable {
    var masks: [UInt16]

    init(_ labelSets: [Set<OPP115Category>]) {
        masks = labelSets.map { labels in labels.reduce(0) { $0 | (1 << UInt16($1.index)) } }
    }

    init(masks: [UInt16]) {
        self.masks = masks
    }

    var rowCount: Int { masks.count }

    func has(row: Int, category: Int) -> Bool { masks[row] & (1 << UInt16(category)) != 0 }

    /// How many rows carry each category.
    func positiveCounts() -> [Int] {
        (0..<OPP115Category.allCases.count).map { category in
            masks.reduce(0) { $0 + ($1 & (1 << UInt16(category)) != 0 ? 1 : 0) }
        }
    }

    func rows(_ indices: [Int]) -> LabelMatrix { LabelMatrix(masks: indices.map { masks[$0] }) }
}
