import Foundation

extension String {
    /// `contains(phrase)` as Foundation's search answers it (what these call sites always used),
    /// for an ASCII phrase without line breaks: on ASCII text the bytes give the same answer, as
    /// each byte is a character there; other text falls back to the search.
    func containsPhrase(_ phrase: String) -> Bool {
        let answer: Bool? = utf8.withContiguousStorageIfAvailable { text in
            guard text.allSatisfy({ $0 < 0x80 }) else { return nil }
            let needle = Array(phrase.utf8)
            guard let first = needle.first, text.count >= needle.count else { return needle.isEmpty }
            var i = 0
            while i + needle.count <= text.count {
                if text[i] == first, (1..<needle.count).allSatisfy({ text[i + $0] == needle[$0] }) { return true }
                i += 1
            }
            return false
        } ?? nil
        return answer ?? contains(phrase)
    }
}
