import Foundation
import PolicyGit
import PolicyHistory
import PolicyModel
import PolicyParsing
import PolicyStore

/// `batch`'s work on one line: decode it, read and parse its policy as the loading commands
/// do (no store: a mapper on a cluster keeps no cache), answer it, and give the output line.
/// Every failure becomes an error line; nothing is kept from one line to the next except the
/// open repositories.
final class BatchMapper {
    let answerer: any PracticeAnswering
    let evidence: Bool
    private var repositories = RepositoryCache()

    init(answerer: any PracticeAnswering, evidence: Bool) {
        self.answerer = answerer
        self.evidence = evidence
    }

    /// The output line for one input line.
    func map(_ line: String) -> BatchLine {
        let input: BatchInput
        do {
            input = try BatchInput.decode(line)
        } catch {
            return BatchLine(input: nil, error: error, model: answerer.model)
        }
        do throws(BatchError) {
            let id = try input.requiredID()
            let origin = try input.origin()
            let given = try input.day()
            let policy = try read(origin, id: id)
            let date = given ?? policy.archivedOn ?? nameDate(origin, domain: policy.domain)
            return BatchLine(input: input, id: id, date: date, policy: policy, practices: answerer.practices(of: policy),
                             model: answerer.model, evidence: evidence)
        } catch {
            return BatchLine(input: input, error: error, model: answerer.model)
        }
    }

    /// The parsed policy (the same bytes-to-policy steps as `PolicyLoader` and `StoredLoader`).
    private func read(_ origin: BatchInput.Origin, id: String) throws(BatchError) -> Policy {
        switch origin {
        case .file(let path):
            do {
                return try PolicyParser.parse(try PolicyLoader.read(path), file: path).policy
            } catch {
                throw .unreadable(file: path, reason: error.description)
            }
        case .text(let text):
            do {
                return try PolicyParser.parse(Array(text.utf8), file: id).policy
            } catch {
                throw .unreadable(file: id, reason: error.description)
            }
        case .blob(let repositoryPath, let path, let blobHex):
            let file = repositoryPath + "/" + path
            guard let blob = GitObjectID(hex: blobHex) else { throw .unreadable(file: file, reason: "blob \"\(blobHex)\" is not a 40-hex object id") }
            let repository = try repositories.open(repositoryPath)
            let limit = GitLimits().maxBlobBytes
            switch StoredLoader.loadBlob(blobHex, file: file, using: nil, bytes: { try repository.blob(blob, maxBytes: limit) }) {
            case .loaded(let policy, _): return policy
            case .failed(let reason): throw .unreadable(file: file, reason: reason)
            }
        }
    }

    /// The date in a file's name (`20180101_x.md`, as folders of dated files are read).
    private func nameDate(_ origin: BatchInput.Origin, domain: String?) -> ArchiveDate? {
        guard case .file(let path) = origin else { return nil }
        return DocumentGrouping.document(forFile: path, domain: domain).nameDate
    }
}

/// The repositories lines have named, opened once each (at most ``limit`` kept open).
struct RepositoryCache {
    static let limit = 16
    private var open: [String: GitRepository] = [:]

    mutating func open(_ path: String) throws(BatchError) -> GitRepository {
        if let repository = open[path] { return repository }
        do {
            let repository = try GitRepository(path: path)
            if open.count >= Self.limit { open.removeAll() }
            open[path] = repository
            return repository
        } catch {
            throw .repository(path: path, reason: error.reasonOnly(path))
        }
    }
}
