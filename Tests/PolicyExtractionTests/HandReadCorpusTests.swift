import Foundation
import PolicyParsing
import TestSupport
import Testing
@testable import PolicyExtraction

/// All 26 answers on six corpus policies of the 2000s and 2010s against two independent hand
/// readings (`HandReadCorpus/*.tsv`, see its README): a set no rule was written from, scored
/// once before it was added here. The cells still wrong are known issues, so that a fix shows
/// as well as a regression.
@Suite("Answers on hand-read corpus policies, all 26 questions", .enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus beside the repository"))
struct HandReadCorpusTests {
    static let policies = ["cbs.com", "dropbox.com", "npmjs.com", "target.com", "tripadvisor.com", "usatoday.com"]
    static let goldDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HandReadCorpus")

    /// Cells the extractor answers differently from both readers (domain, question id).
    static let knownMisses: Set<String> = [
        "cbs.com access-edit-delete",
        "npmjs.com security",
        "target.com collects-device", "target.com sensitive-data",
        "tripadvisor.com shares-marketing",
    ]

    static func practices(_ domain: String) throws -> PolicyPractices {
        let path = TestSupport.corpusDirectory.appendingPathComponent("\(domain).md").path
        let data = try #require(FileManager.default.contents(atPath: path), "\(path) is not readable")
        return Fixtures.extractor.extract(try PolicyParser.parse([UInt8](data), file: path).policy)
    }

    /// Measured clean once, in session 6: 137/155 (88.4%; 136 with session 5's rules). 150 after
    /// session 7's rules for older wordings, written with its misses in view (ads on other
    /// websites, Safe Harbor and group companies abroad, archives without a period, a security
    /// desk, the user's own Internet provider, card numbers called sensitive, assets that are sold,
    /// data the company receives, a section on changing one's own information).
    @Test func unseenCorpusSet() throws {
        let s = try HandRead2020sTests.score(Self.policies, gold: Self.goldDirectory,
                                             knownMisses: Self.knownMisses, practices: Self.practices)
        #expect(s.total == 155)
        #expect(s.right == 150)
        #expect(Double(s.confidentRight) / Double(s.confident) >= 0.95, "\(s.confidentRight)/\(s.confident)")
    }

    static let fifthSet = ["apple.com", "bing.com", "drugs.com", "keybase.io", "salesforce.com", "yahoo.com"]
    static let fifthGold = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HandReadCorpus5")
    static let fifthKnownMisses: Set<String> = [
        "yahoo.com collects-financial", "yahoo.com children-min-age", "yahoo.com targeted-advertising",
        "bing.com collects-location",
        "keybase.io shares-service-providers", "keybase.io change-notice", "keybase.io sensitive-data",
        "drugs.com privacy-contact",
        "salesforce.com collects-device", "salesforce.com sells-data", "salesforce.com international-transfer",
        "salesforce.com opt-out-marketing", "salesforce.com privacy-contact",
        "apple.com shares-marketing", "apple.com opt-out-marketing", "apple.com change-notice",
    ]

    /// Measured clean once, in session 7: 133/153 with session 6's rules, 134/153 with session 7's
    /// rules for older wordings (HandReadCorpus5/README.md); 137 after two retention rules written
    /// from its misses.
    @Test func fifthCorpusSet() throws {
        let s = try HandRead2020sTests.score(Self.fifthSet, gold: Self.fifthGold,
                                             knownMisses: Self.fifthKnownMisses, practices: Self.practices)
        #expect(s.total == 153)
        #expect(s.right == 137)
        #expect(Double(s.confidentRight) / Double(s.confident) >= 0.9, "\(s.confidentRight)/\(s.confident)")
    }
}
