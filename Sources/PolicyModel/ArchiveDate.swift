/// A calendar date without a time zone, as the corpus header gives it (`2012-06-23`).
public struct ArchiveDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        let days = [31, year.isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...days[month - 1]).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(_ text: some StringProtocol) {
        // The common case, ten ASCII bytes `DDDD-DD-DD`, read as bytes.
        let bytes = text.utf8
        if bytes.count == 10 {
            var (y, m, d) = (0, 0, 0)
            var shaped = true
            for (i, b) in bytes.enumerated() {
                if i == 4 || i == 7 {
                    shaped = shaped && b == UInt8(ascii: "-")
                } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                    let digit = Int(b - UInt8(ascii: "0"))
                    if i < 4 { y = y * 10 + digit } else if i < 7 { m = m * 10 + digit } else { d = d * 10 + digit }
                } else {
                    shaped = false
                }
            }
            if shaped {
                self.init(year: y, month: m, day: d)
                return
            }
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD` (year in 1...9999, so always ten ASCII bytes), written as bytes: listings
    /// print and compare thousands of them.
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ n: Int, _ width: Int, at start: Int) {
                var n = n
                for i in stride(from: start + width - 1, through: start, by: -1) {
                    buffer[i] = UInt8(ascii: "0") + UInt8(n % 10)
                    n /= 10
                }
            }
            put(year, 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(month, 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(day, 2, at: 8)
            return 10
        }
    }

    public static func < (lhs: ArchiveDate, rhs: ArchiveDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = ArchiveDate(text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

private extension Int {
    var isLeapYear: Bool { (self % 4 == 0 && self % 100 != 0) || self % 400 == 0 }
}
