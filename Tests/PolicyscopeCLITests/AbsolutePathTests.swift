import Foundation
import Testing
@testable import policyscope

/// ``HistorySupport/absolutePath(_:in:)`` gives the path Foundation's standardized file URL
/// gives, without its cost.
@Suite struct AbsolutePathTests {
    @Test(arguments: [
        "a.md", "./a.md", "corpus/a.md", "corpus//a.md", "corpus/./b/../a.md", "../a.md", "../../../../../a.md",
        "/abs/a.md", "/abs/../a.md", "dir with space/a é.md", ".hidden/a.md", ".../a.md", "..a/b.md", "a/..", "a/.", "a/",
    ])
    func matchesFoundation(_ path: String) {
        let directory = "/work/some/dir"
        let expected = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory, isDirectory: true)).standardizedFileURL.path
        #expect(HistorySupport.absolutePath(path, in: directory) == expected)
    }
}
