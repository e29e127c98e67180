import PolicyGit
import PolicyHistory
import PolicyModel

/// What a git history reader makes of revisions: each line `TIME<TAB>PATH<TAB>TITLE[<TAB>BLOB]`
/// (TIME in seconds, any Int64; BLOB `-` for a deletion) becomes a record as `GitVersions`
/// makes it (path and title through `Printable`, the date the commit's UTC day), the records
/// become histories, and every way of naming a version resolves inside its own history.
enum HistoryFuzz {
    static func run(_ bytes: [UInt8]) {
        var records: [VersionRecord] = []
        for (number, line) in bytes.split(separator: 0x0A).prefix(32).enumerated() {
            let fields = line.split(separator: 0x09, maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count >= 2, let time = Int64(String(decoding: fields[0], as: UTF8.self)) else { continue }
            let path = Printable.path(Array(fields[1]))
            let title = Printable.line(fields.count > 2 ? String(decoding: fields[2], as: UTF8.self) : "")
            require(ParserFuzz.isClean(path, allowingNewline: false) && ParserFuzz.isClean(title, allowingNewline: false),
                    "control character in \(path.debugDescription) or \(title.debugDescription)")
            let blob = fields.count > 3 ? String(decoding: fields[3], as: UTF8.self) : "blob\(number)"
            checkGrouping(path, domain: nil)
            records.append(.git(repository: "fuzz", path: path, commit: "c\(number)", commitTime: time, summary: title,
                                blob: blob == "-" ? nil : blob))
        }
        let catalog = HistoryCatalog(HistoryBuilder.histories(records))
        var ids = Set<String>()
        for history in catalog.histories.prefix(8) {
            require(!history.versions.isEmpty, "a history of \(history.document) without versions")
            for version in history.versions {
                require(ids.insert(version.id).inserted, "version id \(version.id) twice")
                require(catalog.version(id: version.id)?.id == version.id, "version \(version.id) not found by its id")
            }
            let name = history.document.description
            var typed = [name, name + "@~0", name + "@~1", name + "@~999999999999999999999"]
            if let date = history.versions.last?.date { typed.append("\(name)@\(date)") }
            for query in typed {
                if case .success(let version) = catalog.resolve(query) {
                    require(version.document == history.document || catalog.version(id: query) != nil,
                            "\(query.debugDescription) resolved to \(version.id) of \(version.document)")
                }
            }
            _ = catalog.nearMatches(name)
        }
    }

    /// A path's document and name date: a date reads back as itself, and the document's name
    /// parses back to the same document.
    static func checkGrouping(_ path: String, domain: String?) {
        let (document, date) = DocumentGrouping.document(forFile: path, domain: domain)
        if let date { require(ArchiveDate(date.description) == date, "name date \(date) of \(path.debugDescription)") }
        require(document.matches(document.description) || document.description.contains("/") || document.description.contains(" - ")
                    || document.description.contains(" – ") || document.description.contains("—"),
                "\(document.description.debugDescription) does not name itself")
    }
}
