/// The comparisons a history needs when versions repeat earlier bytes (a page going back and
/// forth between two texts): each distinct text is prepared once, and a step between two texts
/// compared before is that comparison again, under the new versions' ids.
public struct StepPlan: Sendable, Equatable {
    /// For each version, the first version with the same content (itself when none before).
    public let source: [Int]
    /// For each step `i` (version `i` to `i + 1`), the first step between the same two
    /// contents (itself when none before).
    public let stepSource: [Int]

    /// `contents`: each version's content key (its blob id); nil is equal to nothing.
    public init(contents: [String?]) {
        var first: [String: Int] = [:]
        source = contents.indices.map { i in
            guard let key = contents[i] else { return i }
            if let earlier = first[key] { return earlier }
            first[key] = i
            return i
        }
        var firstStep: [Pair: Int] = [:]
        let source = source
        stepSource = contents.indices.dropLast().map { i in
            let pair = Pair(old: source[i], new: source[i + 1])
            guard contents[i] != nil, contents[i + 1] != nil else { return i }
            if let earlier = firstStep[pair] { return earlier }
            firstStep[pair] = i
            return i
        }
    }

    /// The versions whose text must be prepared: the first of each content.
    public var distinctVersions: [Int] { source.indices.filter { source[$0] == $0 } }
    /// The steps that must be compared: the first between each two contents.
    public var distinctSteps: [Int] { stepSource.indices.filter { stepSource[$0] == $0 } }

    private struct Pair: Hashable {
        var old: Int
        var new: Int
    }
}
