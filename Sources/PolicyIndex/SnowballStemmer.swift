import CStemmer

/// The English Snowball stemmer from libstemmer.
///
/// Not thread-safe: libstemmer keeps its result in the stemmer, so each thread or task needs
/// its own instance, and the result is copied out before the next call.
final class SnowballStemmer {
    private let handle: OpaquePointer

    /// nil when libstemmer does not know the algorithm.
    init?(algorithm: String = "english") {
        guard let handle = sb_stemmer_new(algorithm, nil) else { return nil }
        self.handle = handle
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of a folded (lower-case) word; the word itself when libstemmer fails.
    func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8(stem)
    }

    /// The same for a word's UTF-8 bytes.
    func stem(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !bytes.isEmpty, let result = sb_stemmer_stem(handle, bytes.baseAddress, Int32(bytes.count)) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(decoding: UnsafeBufferPointer(start: result, count: Int(sb_stemmer_length(handle))), as: UTF8.self)
    }
}
