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
        let bytes = Array(word.utf8)
        guard !bytes.isEmpty else { return word }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let result = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
