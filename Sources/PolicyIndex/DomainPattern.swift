/// Matches a policy's domain against a `domain:` filter value: the domain itself or any of its
/// sub-domains, where `*` in the value stands for any run of characters (`site17-*.example`,
/// `*.co.uk`).
struct DomainPattern {
    private let pieces: [[UInt8]]
    private let literal: [UInt8]?

    init(_ value: String) {
        let bytes = Array(value.utf8)
        if bytes.contains(UInt8(ascii: "*")) {
            pieces = bytes.split(separator: UInt8(ascii: "*"), omittingEmptySubsequences: false).map(Array.init)
            literal = nil
        } else {
            pieces = []
            literal = bytes
        }
    }

    func matches(_ domain: String) -> Bool {
        let d = Array(domain.utf8)
        guard !d.isEmpty else { return false }
        // The whole domain, or what follows any of its dots.
        if whole(d[...]) { return true }
        for (i, b) in d.enumerated() where b == UInt8(ascii: ".") && whole(d[(i + 1)...]) { return true }
        return false
    }

    private func whole(_ s: ArraySlice<UInt8>) -> Bool {
        if let literal { return s.elementsEqual(literal) }
        guard let first = pieces.first, let last = pieces.last, s.count >= first.count + (pieces.count > 1 ? last.count : 0),
              s.starts(with: first), s.reversed().starts(with: last.reversed()) else { return false }
        // Middle pieces in order, greedily leftmost, between the fixed ends.
        var at = s.startIndex + first.count
        let end = s.endIndex - last.count
        for piece in pieces.dropFirst().dropLast() {
            guard let found = Self.find(piece, in: s[at..<end]) else { return false }
            at = found + piece.count
        }
        return at <= end
    }

    private static func find(_ needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty else { return hay.startIndex }
        guard hay.count >= needle.count else { return nil }
        for i in hay.startIndex...(hay.endIndex - needle.count) where hay[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }
}
