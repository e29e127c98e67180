/// The name of one document followed over time: a service and a document type
/// ("Facebook — Privacy Policy"), or a site's domain ("act-on.com") for corpus files.
///
/// Two names are equal when their ``key``s are: case, runs of white space and a leading
/// `www.` do not count, so the pga-v1 folder `Facebook/Privacy Policy` and the bundle's
/// `Facebook/Privacy Policy.md` name one document.
public struct DocumentName: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let service: String
    /// The document type (`Privacy Policy`), nil for a domain.
    public let type: String?
    /// What equality compares: folded service, then `/` and the folded type when there is one.
    /// Computed once: names are hashed and compared many times when thousands are grouped.
    public let key: String

    public init(service: String, type: String? = nil) {
        self.service = Self.collapsed(service)
        self.type = type.map(Self.collapsed).flatMap { $0.isEmpty ? nil : $0 }
        key = Self.withoutWWW(self.service.lowercased()) + (self.type.map { "/" + $0.lowercased() } ?? "")
    }

    /// A site's document, named by its domain (lowercased, without `www.`).
    public static func domain(_ domain: String) -> DocumentName {
        DocumentName(service: Self.withoutWWW(domain.lowercased()))
    }

    /// As shown: `Service — Type`, or the service alone.
    public var description: String { type.map { "\(service) — \($0)" } ?? service }

    /// Whether `typed` names this document: its display form, or with ` - `, ` – ` or `/`
    /// between service and type (`Facebook - Privacy Policy`, `Facebook/Privacy Policy`).
    public func matches(_ typed: String) -> Bool {
        Self.parse(typed).key == key
    }

    /// The document a user typed, split at the first ` — `, ` – `, ` - ` or `/`.
    public static func parse(_ typed: String) -> DocumentName {
        for separator in [" — ", " – ", " - ", "—", "/"] {
            if let r = typed.range(of: separator) {
                return DocumentName(service: String(typed[..<r.lowerBound]), type: String(typed[r.upperBound...]))
            }
        }
        return DocumentName(service: typed)
    }

    public static func == (a: DocumentName, b: DocumentName) -> Bool { a.key == b.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
    public static func < (a: DocumentName, b: DocumentName) -> Bool { a.key < b.key }

    private static func collapsed(_ s: String) -> String {
        if isCollapsedASCII(s) { return s }
        return s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether `s` is ASCII with single inner spaces and no other white space: already collapsed.
    private static func isCollapsedASCII(_ s: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: " ")
        for byte in s.utf8 {
            if byte >= 0x80 || byte < 0x20 { return false }
            if byte == UInt8(ascii: " "), previous == UInt8(ascii: " ") { return false }
            previous = byte
        }
        return previous != UInt8(ascii: " ") || s.isEmpty
    }

    private static func withoutWWW(_ s: String) -> String {
        s.hasPrefix("www.") ? String(s.dropFirst(4)) : s
    }
}
