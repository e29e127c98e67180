import PolicyExtraction
import PolicyModel

/// The policy list: the filter, the policies it leaves, their rows (version groups folded or
/// not), the marks, the cursor and the scroll.
struct PolicyList: Sendable {
    var filter = ""
    /// Each policy's domain, year, id and title, lower-cased: what the filter searches.
    var filterKeys: [[UInt8]] = []
    /// Per policy: whether another loaded policy has its site (only those can form a version
    /// group, so the rows of the others are made without looking their site up).
    var sharesSite: [Bool] = []
    /// Each site's first policy, for ``sharesSite``.
    var firstOfSite: [String: Int] = [:]
    /// The policies the filter leaves, in load order.
    var visible: [Int] = []
    /// The list as drawn: policies, and sites with several archived versions as groups.
    var rows: [ListRow] = []
    /// Sites whose version group is unfolded.
    var unfoldedGroups: Set<String> = []
    /// Policies marked for the screens (Space, `a`).
    var marked: Set<Int> = []
    var cursor = 0
    var top = 0
    /// The order of the rows (`s`, `:sort`).
    var sort = ListSort.loaded
    /// The question the answer sort uses: the matrix's last, else whether it sells data.
    var sortQuestion = Question.sellsData
    /// Word counts by policy, kept once the words sort has needed them.
    var wordCounts: [Int: Int] = [:]
    /// Word counts are being counted in the background.
    var countingWords = false
}

extension PolicyList {
    /// Room for `count` policies' filter keys and sites.
    mutating func reserveCapacity(_ count: Int) {
        filterKeys.reserveCapacity(count)
        sharesSite.reserveCapacity(count)
        firstOfSite.reserveCapacity(count)
    }

    /// Keeps the filter key and the site of the policy appended at the next index.
    mutating func index(_ policy: Policy) {
        filterKeys.append(BrowserState.filterKey(policy))
        let index = sharesSite.count
        sharesSite.append(false)
        guard let site = policy.domain else { return }
        if let first = firstOfSite[site] {
            sharesSite[first] = true
            sharesSite[index] = true
        } else {
            firstOfSite[site] = index
        }
    }

    /// The policy under the cursor (a group's newest version).
    var cursorPolicy: Int? {
        cursorRow?.policy
    }

    /// The row under the cursor.
    var cursorRow: ListRow? {
        rows.indices.contains(cursor) ? rows[cursor] : nil
    }
}
