import Dispatch
import Foundation
import PolicyIndex
import PolicyModel
import PolicyParsing
import PolicyResources

/// Query syntax: any text parses or throws a `QueryError`; a parsed query searches the bundled
/// seeds, and every hit points at a sentence of the policy it names, its matches inside it.
enum QueryFuzz {
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let query = try? Query.parse(text), let hits = try? seedIndex.search(query, limit: 5) else { return }
        require(hits.count <= 5, "\(hits.count) hits over the limit")
        for hit in hits {
            let policy = seedIndex.policies[hit.policyIndex]
            let location = BlockLocation(sectionNumber: hit.sectionNumber, blockIndex: hit.blockIndex)
            guard let block = policy.block(at: location) else { return require(false, "hit outside \(policy.id): \(location)") }
            require(block.sentences.indices.contains(hit.sentenceIndex), "sentence \(hit.sentenceIndex) of \(block.sentences.count)")
            let length = block.text.unicodeScalars.count
            require(hit.range.end <= length, "hit \(hit.range) in \(length) scalars")
            for match in hit.matches { require(match.start >= 0 && match.end <= length, "match \(match) in \(length) scalars") }
        }
    }

    /// The index of the bundled seed policies, built once.
    static let seedIndex: PolicyIndex = {
        let policies = PolicyResources.seedFiles.compactMap { url in
            (try? Data(contentsOf: url)).flatMap { try? PolicyParser.parse(Array($0), file: url.path).policy }
        }
        let box = IndexBox()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.index = await PolicyIndex.build(policies: policies, parallelism: 1)
            done.signal()
        }
        done.wait()
        return box.index!
    }()

    private final class IndexBox: @unchecked Sendable {
        var index: PolicyIndex?
    }
}
