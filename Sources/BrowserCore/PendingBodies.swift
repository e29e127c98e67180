import PolicyModel

/// Why a policy's text could not be read after its listing arrived: one line, `PATH: reason`.
public struct BodyReadError: Error, Hashable, Sendable {
    public var line: String

    public init(_ line: String) {
        self.line = line
    }
}

/// Reads one policy's whole text (from the store, or the file again); safe from any thread.
public typealias BodyReader = @Sendable () -> Result<Policy, BodyReadError>

/// A policy as a load first reports it: whole, or its listing (``PolicyListing/bodiless``, no
/// text) with the way to read its text, which follows in
/// ``LoadEvent/bodies(id:read:failed:last:)`` or is read at once when the browser needs it first.
public struct ListedPolicy: Sendable {
    public var policy: Policy
    /// The listing's word count, which a bodiless policy cannot count itself; nil for a whole one.
    public var wordCount: Int?
    /// Nil: `policy` is whole.
    public var body: BodyReader?

    /// A policy whose text is there.
    public init(whole policy: Policy) {
        self.policy = policy
        wordCount = nil
        body = nil
    }

    /// A listing whose text `body` reads.
    public init(_ listing: PolicyListing, body: @escaping BodyReader) {
        policy = listing.bodiless
        wordCount = listing.wordCount
        self.body = body
    }
}

/// The policies listed without their text: how to read each one's text, and where each
/// load's policies went in ``BrowserState/policies`` (so that the texts its loader sends
/// find their rows).
struct PendingBodies: Sendable {
    /// By policy index: the text not read yet.
    var readers: [Int: BodyReader] = [:]
    /// By load id: the index of each policy that load listed, nil for one dropped as loaded before.
    var placed: [Int: [Int?]] = [:]
    /// By load id: loads whose texts are read only when asked (``LoadEvent/listed(id:policies:problems:readAll:)``),
    /// with the job to show while they are read.
    var unasked: [Int: (job: LoadJob, readAll: @Sendable () -> Void)] = [:]

    var isEmpty: Bool { readers.isEmpty }
}

extension BrowserState {
    /// How many listed policies' texts are still to come.
    public var unreadCount: Int { bodies.readers.count }

    /// Reads the text of a listed policy now, when it has not come yet (the key loop waits:
    /// about a millisecond for a policy decoded from the store). A text that cannot be read
    /// leaves the policy empty and becomes a load problem.
    mutating func readBody(_ index: Int) {
        guard let read = bodies.readers.removeValue(forKey: index) else { return }
        switch read() {
        case .success(let policy): fill(index, with: policy)
        case .failure(let error): loading.problems.append(error.line)
        }
    }

    /// Reads the texts of `indices` that have not come yet; false (and nothing read) when more
    /// than `limit` are missing, which is slow enough to wait for the loader instead.
    mutating func readBodies(_ indices: [Int], limit: Int = 64) -> Bool {
        let missing = indices.filter { bodies.readers[$0] != nil }
        guard missing.count <= limit else { return false }
        for index in missing { readBody(index) }
        return true
    }

    /// Asks every load that waits to be asked, and still has texts to come, to read them, and
    /// shows it as reading them (the loader sends all its texts, read ones too).
    mutating func readAllTexts() {
        for (id, waiting) in bodies.unasked.sorted(by: { $0.key < $1.key }) {
            let placed = bodies.placed[id] ?? []
            guard placed.contains(where: { $0.map { bodies.readers[$0] != nil } ?? false }) else {
                // Every text was read on demand: the loader is let go (its reader is dropped).
                bodies.placed[id] = nil
                continue
            }
            var job = waiting.job
            job.readingTexts = true
            job.done = 0
            job.total = placed.count
            loading.jobs.append(job)
            waiting.readAll()
        }
        bodies.unasked = [:]
    }

    /// Texts a load read in the background, by their place in its listing.
    mutating func received(bodies read: [(entry: Int, policy: Policy)], ofLoad id: Int) {
        guard let placed = bodies.placed[id] else { return }
        for (entry, policy) in read where placed.indices.contains(entry) {
            guard let index = placed[entry], bodies.readers.removeValue(forKey: index) != nil else { continue }
            fill(index, with: policy)
        }
    }

    /// Puts a text in the place of its listing (under the id the list knows it by), and shows
    /// it when its policy is open.
    private mutating func fill(_ index: Int, with text: Policy) {
        var policy = text
        policy.id = policies[index].id
        policies[index] = policy
        history.forget()
        reader.cache.remove(index)
        guard index == reader.policy else { return }
        // The open policy was shown without its text: open it again, at its start.
        reader.policy = nil
        open(policyAt: index)
    }

    /// `" (3 texts still being read)"`, for notes that depend on every text (`not read yet`
    /// while a load waits to be asked for them).
    var unreadNote: String {
        guard !bodies.isEmpty else { return "" }
        return " (\(Self.count(unreadCount, "text", "texts")) \(bodies.unasked.isEmpty ? "still being read" : "not read yet"))"
    }
}
