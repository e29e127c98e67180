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
        let wordWeight = config.wordBlockWeight, charWeight = config.charBlockWeight
        idf.withUnsafeBufferPointer { idf in
            weightRows.withUnsafeBufferPointer { rows in
                extractor.extract(text, scratch: scratch) { block, counter in
                    var sum = SIMD16<Float>.zero
                    var sumOfSquares: Float = 0
                    counter.forEach { bucket, count in
                        let index = Int(bucket)
                        let value = FeatureExtractor.sublinear(count) * idf[index]
                        sumOfSquares += value * value
                        sum += value * rows[index]
                    }
                    guard sumOfSquares > 0 else { return }
                    hasFeatures = true
                    let weight = block == .words ? wordWeight : charWeight
                    total += sum * (weight / sumOfSquares.squareRoot())
                }
            }
        }
        var biasRow = SIMD16<Float>.zero
        for category in 0..<classCount { biasRow[category] = bias[category] }
        margins = total + biasRow
        return hasFeatures
    }
}
