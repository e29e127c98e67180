import PolicyModel

/// Loads policies from files and folders, in parallel, collecting problems instead of stopping.
public enum PolicyLoader {
    /// The policies that loaded (in path order, with unique ids) and one problem per path that
    /// did not, or that loaded with a warning.
    public struct Result: Sendable {
        public var policies: [Policy]
        public var problems: [LoadProblem]
    }

    /// Loads every policy file under `paths`.
    /// - Parameter progress: called after each file with (files done, files in all).
    public static func load(_ paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) async -> Result {
        let found = FileDiscovery.discover(paths)
        var slots = [Outcome?](repeating: nil, count: found.files.count)
        let width = max(1, min(ProcessInfoShim.activeProcessors, 8))
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            var done = 0
            func add() {
                guard next < found.files.count else { return }
                let index = next, path = found.files[index]
                next += 1
                group.addTask { (index, parseFile(path)) }
            }
            for _ in 0..<width { add() }
            while let (index, outcome) = await group.next() {
                slots[index] = outcome
                done += 1
                progress?(done, found.files.count)
                add()
            }
        }
        var policies: [Policy] = []
        var problems = found.problems
        for (path, slot) in zip(found.files, slots) {
            switch slot {
            case .loaded(let result)?:
                policies.append(result.policy)
                problems += result.warnings.map { LoadProblem(path: path, message: $0, isError: false) }
            case .failed(let error)?:
                problems.append(LoadProblem(path: path, message: error.description, isError: true))
            case nil:
                break
            }
        }
        assignUniqueIDs(&policies)
        return Result(policies: policies, problems: problems)
    }

    private enum Outcome: Sendable {
        case loaded(PolicyParser.Result)
        case failed(LoadError)
    }

    private static func parseFile(_ path: String) -> Outcome {
        do {
            let bytes = try FileReader.contents(of: path)
            return .loaded(try PolicyParser.parse(consume bytes, file: path))
        } catch {
            return .failed(error)
        }
    }

    /// Keeps the first policy's id and gives later ones with the same id `#2`, `#3`...
    static func assignUniqueIDs(_ policies: inout [Policy]) {
        let ids = uniqueIDs(policies.map(\.id))
        for i in policies.indices where policies[i].id != ids[i] { policies[i].id = ids[i] }
    }

    /// `ids` made unique as ``load(_:progress:)`` does: later duplicates get `#2`, `#3`...
    /// (skipping any id already taken).
    public static func uniqueIDs(_ ids: [String]) -> [String] {
        var ids = ids
        var seen = [String: Int](minimumCapacity: ids.count)
        // Nearly always every id is new: the ids taken are gathered only when one is not.
        guard ids.contains(where: { seen.updateValue(0, forKey: $0) != nil }) else { return ids }
        seen.removeAll(keepingCapacity: true)
        var taken = Set(ids)
        for i in ids.indices {
            let id = ids[i]
            let n = (seen[id] ?? 0) + 1
            seen[id] = n
            guard n > 1 else { continue }
            var k = n
            while taken.contains("\(id)#\(k)") { k += 1 }
            ids[i] = "\(id)#\(k)"
            taken.insert(ids[i])
        }
        return ids
    }
}
