/// The last components of slash-separated paths, found from the end by bytes: listing thousands
/// of files only ever needs a file's name and its folder or two, never the whole split.
public enum PathComponents {
    /// Up to `count` last non-empty components of `path`, in path order
    /// (`last(of: "a//b/c.md", 2)` is `["b", "c.md"]`).
    public static func last(of path: String, _ count: Int) -> [Substring] {
        let bytes = path.utf8
        let slash = UInt8(ascii: "/")
        var found: [Substring] = []
        var end = bytes.endIndex
        while found.count < count, end > bytes.startIndex {
            let start = bytes[..<end].lastIndex(of: slash).map(bytes.index(after:)) ?? bytes.startIndex
            if start < end { found.append(path[start..<end]) }
            guard start > bytes.startIndex else { break }
            end = bytes.index(before: start)
        }
        return found.reversed()
    }

    /// The last non-empty component of `path` (its file name), or nil when it has none.
    public static func name(of path: String) -> Substring? {
        let bytes = path.utf8, slash = UInt8(ascii: "/")
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == slash { end = bytes.index(before: end) }
        guard end > bytes.startIndex else { return nil }
        let start = bytes[..<end].lastIndex(of: slash).map(bytes.index(after:)) ?? bytes.startIndex
        return path[start..<end]
    }
}
