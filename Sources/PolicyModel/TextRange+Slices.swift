extension TextRange {
    /// The slices of `text` that `ranges` cover, in order (a range past the text's end is cut
    /// at it): each found once by the UTF-8 byte where its scalars start and copied as bytes.
    /// Equal to ``slice(of:)`` for each range, without walking the text once per slice or
    /// appending scalar by scalar (which cost most of a history's comparison).
    public static func slices(_ ranges: some Collection<TextRange>, of text: String) -> [String] {
        guard !ranges.isEmpty else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            let ascii = !bytes.contains { $0 >= 0x80 }
            // starts[k]: the byte where scalar k starts; the last entry is the end.
            var starts: [Int] = []
            if !ascii {
                starts.reserveCapacity(bytes.count + 1)
                for (i, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(i) }
                starts.append(bytes.count)
            }
            let scalarCount = ascii ? bytes.count : starts.count - 1
            func byte(_ scalar: Int) -> Int {
                let k = min(max(0, scalar), scalarCount)
                return ascii ? k : starts[k]
            }
            return ranges.map { range in
                String(decoding: UnsafeBufferPointer(rebasing: bytes[byte(range.start)..<byte(range.end)]), as: UTF8.self)
            }
        }
    }
}
