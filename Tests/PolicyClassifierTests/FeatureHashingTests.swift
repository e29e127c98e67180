import Testing
@testable import PolicyClassifier

@Suite("Text normalization and feature hashing")
struct FeatureHashingTests {
    @Test("normalization lowercases ASCII, folds punctuation runs into one space, pads")
    func normalization() {
        #expect(TextNormalizer.normalized("We use Cookies, (often).") == " we use cookies often ")
        #expect(TextNormalizer.normalized("") == " ")
        #expect(TextNormalizer.normalized("  \t\n ...") == " ")
        #expect(TextNormalizer.normalized("E-mail: a@b.com") == " e mail a b com ")
        #expect(TextNormalizer.normalized("Données ÉTÉ") == " données ÉtÉ ")  // non-ASCII bytes kept as is
    }

    @Test("character n-gram count follows the normalized length")
    func charNGramCount() {
        let hasher = NGramHasher(config: FeatureConfig(bucketBits: 16, wordNGrams: 1...3, charNGrams: 2...5))
        var bytes: [UInt8] = []
        TextNormalizer.normalize("a b", into: &bytes)  // " a b ": 5 bytes
        var count = 0
        bytes.withUnsafeBufferPointer { hasher.forEachCharNGram(in: $0) { _ in count += 1 } }
        #expect(count == 4 + 3 + 2 + 1)
    }

    @Test("word n-grams: n words give n + (n-1) + (n-2) grams for 1...3")
    func wordNGramCount() {
        let hasher = NGramHasher(config: FeatureConfig(bucketBits: 16))
        var bytes: [UInt8] = []
        TextNormalizer.normalize("you can opt out", into: &bytes)
        var words: [UInt64] = []
        bytes.withUnsafeBufferPointer { hasher.hashWords(in: $0, into: &words) }
        #expect(words.count == 4)
        var buckets: [UInt32] = []
        words.withUnsafeBufferPointer { hasher.forEachWordNGram(wordHashes: $0) { buckets.append($0) } }
        #expect(buckets.count == 4 + 3 + 2)
        #expect(buckets.allSatisfy { $0 < 1 << 16 })
    }

    @Test("the same word hashes the same wherever it is; different words differ")
    func hashingIsPositional() {
        let hasher = NGramHasher(config: FeatureConfig(bucketBits: 20, wordNGrams: 1...1))
        var bytes: [UInt8] = []
        TextNormalizer.normalize("cookies track cookies", into: &bytes)
        var words: [UInt64] = []
        bytes.withUnsafeBufferPointer { hasher.hashWords(in: $0, into: &words) }
        var buckets: [UInt32] = []
        words.withUnsafeBufferPointer { hasher.forEachWordNGram(wordHashes: $0) { buckets.append($0) } }
        #expect(buckets.count == 3)
        #expect(buckets[0] == buckets[2])
        #expect(buckets[0] != buckets[1])
    }

    @Test("the seed changes the buckets")
    func seedMatters() {
        func buckets(seed: UInt64) -> [UInt32] {
            let hasher = NGramHasher(config: FeatureConfig(bucketBits: 20, hashSeed: seed))
            var bytes: [UInt8] = []
            TextNormalizer.normalize("privacy policy", into: &bytes)
            var result: [UInt32] = []
            bytes.withUnsafeBufferPointer { hasher.forEachCharNGram(in: $0) { result.append($0) } }
            return result
        }
        #expect(buckets(seed: 1) == buckets(seed: 1))
        #expect(buckets(seed: 1) != buckets(seed: 2))
    }

    @Test("the counter counts repeats, keeps first-occurrence order, and grows past its capacity")
    func counter() {
        let counter = FeatureCounter(capacityBits: 4)
        for bucket: UInt32 in [7, 3, 7, 7, 9] { counter.add(bucket) }
        var seen: [(UInt32, UInt32)] = []
        counter.forEach { seen.append(($0, $1)) }
        #expect(seen.map(\.0) == [7, 3, 9])
        #expect(seen.map(\.1) == [3, 1, 1])

        counter.reset()
        #expect(counter.distinctCount == 0)
        for bucket in 0..<UInt32(1000) { counter.add(bucket * 31) }
        counter.add(31)
        var total: UInt32 = 0
        counter.forEach { _, count in total += count }
        #expect(counter.distinctCount == 1000)
        #expect(total == 1001)
    }

    @Test("extraction yields word, character and head blocks; empty text has no features")
    func extraction() {
        let extractor = FeatureExtractor(config: FeatureConfig(bucketBits: 16))
        let scratch = FeatureScratch()
        var blocks: [(FeatureBlock, Int)] = []
        extractor.extract("We share data.", scratch: scratch) { blocks.append(($0, $1.distinctCount)) }
        #expect(blocks.map(\.0) == [.words, .characters, .head])
        #expect(blocks[0].1 == 3 + 2 + 1)
        #expect(blocks[1].1 > 20)
        #expect(blocks[2].1 == 3 + 2)  // head: unigrams and bigrams

        blocks.removeAll()
        extractor.extract(" ,,, ", scratch: scratch) { blocks.append(($0, $1.distinctCount)) }
        #expect(blocks.map(\.1) == [0, 0, 0])

        blocks.removeAll()
        FeatureExtractor(config: FeatureConfig(bucketBits: 16, headWords: 0)).extract("We share data.", scratch: scratch) {
            blocks.append(($0, $1.distinctCount))
        }
        #expect(blocks.map(\.0) == [.words, .characters])
    }

    @Test("the head block sees only the first words, and hashes apart from the body")
    func headBlock() {
        let extractor = FeatureExtractor(config: FeatureConfig(bucketBits: 20, headWords: 4))
        let scratch = FeatureScratch()
        func buckets(_ text: String, _ wanted: FeatureBlock) -> [UInt32] {
            var result: [UInt32] = []
            extractor.extract(text, scratch: scratch) { block, counter in
                if block == wanted { counter.forEach { bucket, _ in result.append(bucket) } }
            }
            return result
        }
        let heading = "Information about data. We collect your e-mail address."
        let other = "Information about data. We keep nothing else alike here."
        #expect(buckets(heading, .head).count == 4 + 3)
        #expect(buckets(heading, .head) == buckets(other, .head))
        #expect(buckets(heading, .words) != buckets(other, .words))
        // "information about data" occurs in both the body and the head, in different buckets.
        #expect(Set(buckets(heading, .head)).isDisjoint(with: buckets(heading, .words)))
    }
}
