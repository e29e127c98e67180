import PolicyHistory

/// One line of `versions --format jsonl`, which `batch` reads as it is: a version's id and
/// document, its date, and where its bytes are (a file's `path`; or a git `repository`,
/// `commit`, `blob` and the `path` inside the repository). Every key always present.
struct VersionLine: Encodable {
    var id: String
    var document: String
    var date: OrNull<String>
    var repository: OrNull<String>
    var commit: OrNull<String>
    var blob: OrNull<String>
    var path: String
    var technical: Bool

    init(_ version: Version) {
        id = version.id
        document = version.document.description
        date = OrNull(version.date?.description)
        path = version.source.path
        technical = version.technical
        switch version.source {
        case .file:
            repository = OrNull(nil)
            commit = OrNull(nil)
            blob = OrNull(version.content)
        case .git(let repositoryPath, let commitID, _, let blobID):
            repository = OrNull(repositoryPath)
            commit = OrNull(commitID)
            blob = OrNull(blobID)
        }
    }
}
