import Foundation

/// Smoothed inverse document frequencies per hash bucket:
/// `idf = ln((1 + documents) / (1 + documentFrequency)) + 1`.
enum InverseDocumentFrequency {
    /// Counts, for every bucket, how many of `texts` contain it (in either block).
    static func fit(texts: [String], extractor: FeatureExtractor) -> [Float] {
        let bucketCount = extractor.config.bucketCount
        var documentFrequency = [Int32](repeating: 0, count: bucketCount)
        var lastDocument = [Int32](repeating: -1, count: bucketCount)
        let scratch = FeatureScratch()
        for (document, text) in texts.enumerated() {
            let documentID = Int32(document)
            extractor.extract(text, scratch: scratch) { _, counter in
                counter.forEach { bucket, _ in
                    let index = Int(bucket)
                    if lastDocument[index] != documentID {
                        lastDocument[index] = documentID
                        documentFrequency[index] += 1
                    }
                }
            }
        }
        let documents = Double(texts.count)
        return documentFrequency.map { Float(log((1 + documents) / (1 + Double($0))) + 1) }
    }
}
