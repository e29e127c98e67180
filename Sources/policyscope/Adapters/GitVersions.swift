import Foundation
import PolicyGit
import PolicyHistory
import PolicyModel
import PolicyParsing

/// A git repository as a source of versions: every tracked `.md`/`.markdown`/`.txt` file with
/// each of its first-parent revisions as a ``VersionRecord`` (PolicyHistory stays free of
/// libgit2). A version is dated by the corpus header's archive date when its blob starts with
/// one (then its document is the header's domain), else by the commit's day.
enum GitVersions {
    /// What a scan found: the open repository, its records, and one line per thing skipped.
    struct Scan: Sendable {
        var repository: GitRepository
        var records: [VersionRecord]
        var problems: [LoadProblem]
    }

    /// Whether `path` is itself a git working tree or bare repository (not merely inside one).
    static func isRepository(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
            && GitRepository.isRepository(path)
    }

    /// A folder holding a `.git` that git cannot open (damaged, or no repository): its one
    /// warning; its files are then read as plain files.
    static func unopenable(_ path: String) -> LoadProblem? {
        guard FileManager.default.fileExists(atPath: path + "/.git"), !GitRepository.isRepository(path) else { return nil }
        return LoadProblem(path: path, message: "its .git cannot be opened as a git repository: its files are read as plain files", isError: false)
    }

    static func isDocument(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".txt")
    }

    /// Scans the repository at `path`: the records of every document, or the one problem
    /// that stopped it (not openable, no commits...). Each skip is a warning naming the repository.
    static func scan(_ path: String, limits: GitLimits = GitLimits()) -> Result<Scan, VersionReadFailure> {
        do {
            let repository = try GitRepository(path: path)
            let scan = try repository.fileHistories(include: isDocument, limits: limits)
            let problems = scan.skipped.map { LoadProblem(path: path, message: $0.description, isError: false) }
            var records: [VersionRecord] = []
            for file in scan.files {
                let headers = headerDates(file, in: repository, limits: limits)
                for revision in file.revisions {
                    records.append(.git(repository: path, path: file.path, commit: revision.commit.hex, commitTime: revision.commitTime,
                                        summary: revision.summary, blob: revision.blob?.hex,
                                        headerDate: revision.blob.flatMap { headers.dates[$0] } ?? nil, domain: headers.domain))
                }
            }
            return .success(Scan(repository: repository, records: records, problems: problems))
        } catch {
            return .failure(VersionReadFailure(problem: LoadProblem(path: path, message: error.reasonOnly(path), isError: true)))
        }
    }

    /// The corpus header's domain (its newest version's) and each blob's header date: nothing
    /// unless the file's newest version has a header, so a repository without headers reads
    /// one blob per file here. Unreadable blobs are left to the reader to report.
    private static func headerDates(_ file: FileHistory, in repository: GitRepository,
                                    limits: GitLimits) -> (domain: String?, dates: [GitObjectID: ArchiveDate?]) {
        guard let newest = file.revisions.last(where: { $0.blob != nil })?.blob,
              let bytes = try? repository.blob(newest, maxBytes: limits.maxBlobBytes),
              let header = CorpusHeaderLine.read(bytes) else { return (nil, [:]) }
        var dates: [GitObjectID: ArchiveDate?] = [newest: header.date]
        for blob in Set(file.revisions.compactMap(\.blob)) where blob != newest {
            if let bytes = try? repository.blob(blob, maxBytes: limits.maxBlobBytes), let h = CorpusHeaderLine.read(bytes) {
                dates[blob] = h.date
            }
        }
        return (header.domain, dates)
    }
}

extension GitError {
    /// The description without the leading repository path (a problem line names it already).
    func reasonOnly(_ path: String) -> String {
        let text = description, prefix = path + ": "
        return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
    }
}
