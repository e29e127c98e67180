extension ClassifierModel {
    /// Classifies one segment. Allocates working memory for the call; when classifying many
    /// texts, use `predict(_:using:)` or `predict(_:)` on a collection instead.
    public func predict(_ text: String) -> Prediction {
        predict(text, using: FeatureScratch())
    }

    /// Classifies one segment using `scratch` as working memory (one scratch per thread).
    public func predict(_ text: String, using scratch: FeatureScratch) -> Prediction {
        var margins = SIMD16<Float>.zero
        let hasFeatures = computeMargins(text, scratch: scratch, into: &margins)
        return withUnsafeBytes(of: margins) { raw in
            rule.prediction(margins: raw.bindMemory(to: Float.self), hasFeatures: hasFeatures)
        }
    }

    /// Classifies many segments in order, on the calling thread.
    public func predict<Texts: Sequence<String>>(_ texts: Texts) -> [Prediction] {
        let scratch = FeatureScratch()
        return texts.map { predict($0, using: scratch) }
    }

    /// The label bit mask only (bit `i` = `OPP115Category(index: i)`), skipping the scores; the
    /// fastest path, used by evaluation and benchmarks.
    public func labelMask(_ text: String, using scratch: FeatureScratch) -> UInt16 {
        var margins = SIMD16<Float>.zero
        guard computeMargins(text, scratch: scratch, into: &margins) else { return 0 }
        return withUnsafeBytes(of: margins) { raw in
            rule.labelMask(margins: raw.bindMemory(to: Float.self), classCount: classCount)
        }
    }

    /// The raw per-category margins of `text` (lane `i` = category `i`); false when the text has
    /// no features.
    @inline(__always)
    func computeMargins(_ text: String, scratch: FeatureScratch, into margins: inout SIMD16<Float>) -> Bool {
        var total = SIMD16<Float>.zero
        var hasFeatures = false
        weightRows.withUnsafeBufferPointer { rows in
            extractor.extract(text, scratch: scratch) { block, counter in
                var sum = SIMD16<Float>.zero
                var sumOfSquares: Float = 0
                counter.forEach { bucket, count in
                    let row = rows[Int(bucket)]
                    let value = FeatureExtractor.sublinear(count) * Self.idf(of: row)
                    sumOfSquares += value * value
                    sum += value * Self.floats(row)
                }
                guard sumOfSquares > 0 else { return }
                hasFeatures = true
                let weight = config.weight(of: block)
                total += sum * (weight / sumOfSquares.squareRoot())
            }
        }
        var biasRow = SIMD16<Float>.zero
        for category in 0..<classCount { biasRow[category] = bias[category] }
        margins = total * weightScaleRow + biasRow
        return hasFeatures
    }

    /// `row` as floats, lane by lane (written out: the generic SIMD conversion initializers are
    /// not inlined and cost several percent of prediction time).
    @inline(__always)
    static func floats(_ row: SIMD16<Int8>) -> SIMD16<Float> {
        SIMD16(
            Float(row[0]), Float(row[1]), Float(row[2]), Float(row[3]), Float(row[4]), Float(row[5]),
            Float(row[6]), Float(row[7]), Float(row[8]), Float(row[9]), Float(row[10]), Float(row[11]),
            Float(row[12]), Float(row[13]), Float(row[14]), Float(row[15]))
    }
}
