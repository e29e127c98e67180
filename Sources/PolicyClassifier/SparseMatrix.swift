/// Rows of TF-IDF feature vectors in compressed sparse row form (the training matrix).
///
/// A row is the word block, the character block and the head block, each L2-normalized and
/// scaled by its block weight; a bucket hit by two blocks appears twice, which dot products
/// handle.
struct SparseMatrix: Sendable {
    var rowStarts: [Int] = [0]
    var columns: [UInt32] = []
    var values: [Float] = []

    var rowCount: Int { rowStarts.count - 1 }

    /// Featurizes `texts` with `extractor` and the inverse document frequencies `idf`.
    init(texts: [String], extractor: FeatureExtractor, idf: [Float]) {
        let scratch = FeatureScratch()
        let config = extractor.config
        for text in texts {
            extractor.extract(text, scratch: scratch) { block, counter in
                let blockStart = values.count
                var sumOfSquares: Float = 0
                counter.forEach { bucket, count in
                    let value = FeatureExtractor.sublinear(count) * idf[Int(bucket)]
                    sumOfSquares += value * value
                    columns.append(bucket)
                    values.append(value)
                }
                guard sumOfSquares > 0 else { return }
                let weight = config.weight(of: block)
                let scale = weight / sumOfSquares.squareRoot()
                for index in blockStart..<values.count { values[index] *= scale }
            }
            rowStarts.append(values.count)
        }
    }

    /// The rows at `indices`, in that order.
    func rows(_ indices: [Int]) -> SparseMatrix {
        var subset = SparseMatrix()
        for row in indices {
            subset.columns.append(contentsOf: columns[rowStarts[row]..<rowStarts[row + 1]])
            subset.values.append(contentsOf: values[rowStarts[row]..<rowStarts[row + 1]])
            subset.rowStarts.append(subset.values.count)
        }
        return subset
    }

    private init() {}
}
