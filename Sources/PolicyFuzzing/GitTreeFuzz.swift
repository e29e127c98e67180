import PolicyGit
import PolicyHistory
import PolicyModel

/// A raw git tree object: its entries are read in place or the cursor says it is malformed;
/// each name, as a path, prints without control characters and names a document.
enum GitTreeFuzz {
    static func run(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var cursor = RawTree.Cursor(bytes: raw)
            var folders: [String] = []
            for _ in 0..<64 {
                guard let entry = cursor.next() else { break }
                require(entry.name.count > 0, "an entry with an empty name")
                let name = Printable.path(Array(entry.name))
                require(!name.isEmpty && ParserFuzz.isClean(name, allowingNewline: false), "path \(name.debugDescription)")
                if entry.kind == .tree { folders.append(name) }
                HistoryFuzz.checkGrouping((folders.suffix(2) + [name]).joined(separator: "/"), domain: nil)
            }
        }
    }
}
