import BrowserCore
import PolicyParsing
import TestSupport
import Testing

/// The browser over the real bundled seeds: every policy opens, renders and searches.
@Suite struct SeedTests {
    @Test func everySeedOpensRendersAndSearches() async throws {
        let loaded = await TestSupport.loadSeeds()
        try #require(loaded.policies.count >= 5)
        var s = BrowserState(policies: loaded.policies, size: Size(width: 120, height: 40))
        for i in loaded.policies.indices {
            #expect(s.openPolicy == i)
            s.update([.tab, .tab, .char("/")])
            s.update(Key.typing("privacy"))
            s.update(.enter)
            let grid = s.render()
            #expect(grid.text.contains("match 1/"), "policy \(i)")
            #expect(grid.roleText.contains("M"))
            s.update([.escape, .tab, .char("j")])
        }
        for size in [Size(width: 30, height: 10), Size(width: 60, height: 20), Size(width: 200, height: 60)] {
            s.resize(to: size)
            s.update([.tab, .char("G"), .enter, .char("G")])
            let grid = s.render()
            #expect(grid.text.split(separator: "\n", omittingEmptySubsequences: false).count == size.height)
        }
    }
}
