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
    /// One hand-read set: its policies, its gold folder, the cells the extractor still answers
    /// differently from both readers ("domain question-id"), and what it scores now.
    struct GoldSet: Sendable, CustomTestStringConvertible {
        /// Where a set's policies lie in `../shared`.
        enum Source: Sendable {
            /// `corpus/policies/NAME.md`.
            case corpus
            /// `history/pga-v1/SERVICE/Privacy Policy/NAME.md`, NAME being `YYYYMMDD_SERVICE_PrivacyPolicy`.
            case pgaV1

            func url(of name: String) -> URL {
                switch self {
                case .corpus: TestSupport.corpusDirectory.appendingPathComponent("\(name).md")
                case .pgaV1:
                    TestSupport.sharedDirectory.appendingPathComponent("history/pga-v1")
                        .appendingPathComponent(name.split(separator: "_")[1].description)
                        .appendingPathComponent("Privacy Policy/\(name).md")
                }
            }
        }

        var folder: String
        var source = Source.corpus
        var policies: [String]
        var knownMisses: Set<String>
        var total: Int
        var right: Int
        /// The share of confident answers (>= 0.8) that must be right.
        var confidentFloor: Double

        var gold: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(folder) }
        var testDescription: String { folder }
    }

    static let sets: [GoldSet] = [
        // Measured clean once, in session 6: 137/155 (88.4%; 136 with session 5's rules). 150
        // after session 7's rules for older wordings, written with its misses in view (ads on
        // other websites, Safe Harbor and group companies abroad, archives without a period, a
        // security desk, the user's own Internet provider, card numbers called sensitive, assets
        // that are sold, data the company receives, a section on changing one's own information);
        // 151 with session 9's (a prescription number is health data).
        GoldSet(folder: "HandReadCorpus",
                policies: ["cbs.com", "dropbox.com", "npmjs.com", "target.com", "tripadvisor.com", "usatoday.com"],
                knownMisses: [
                    "cbs.com access-edit-delete",
                    "npmjs.com security",
                    "target.com collects-device",
                    "tripadvisor.com shares-marketing",
                ],
                total: 155, right: 151, confidentFloor: 0.95),
        // Measured clean once, in session 7: 133/153 with session 6's rules, 134/153 with
        // session 7's rules for older wordings (HandReadCorpus5/README.md); 137 after two
        // retention rules written from its misses; 145 after session 9's (a notice "posted on our
        // website", opting out "of being contacted", a key's fingerprint is no biometric,
        // "Internet addresses", an address hidden by dots).
        GoldSet(folder: "HandReadCorpus5",
                policies: ["apple.com", "bing.com", "drugs.com", "keybase.io", "salesforce.com", "yahoo.com"],
                knownMisses: [
                    "yahoo.com collects-financial", "yahoo.com children-min-age", "yahoo.com targeted-advertising",
                    "bing.com collects-location",
                    "keybase.io shares-service-providers",
                    "salesforce.com sells-data", "salesforce.com international-transfer",
                    "salesforce.com privacy-contact",
                ],
                total: 153, right: 145, confidentFloor: 0.9),
        // Measured clean once, in session 8, before any rule was written from it: 142/156
        // (91.0%), confident 71/74 (HandReadCorpus6/README.md); 149 after session 9's rules
        // written from its misses (a request that the company "not send" e-mail is a way to opt
        // out, a notice "by placing prominent notice" names no e-mail, a web address is no words).
        GoldSet(folder: "HandReadCorpus6",
                policies: ["att.com", "cnet.com", "espn.com", "losant.com", "verizon.com", "xbox.com"],
                knownMisses: [
                    "cnet.com sensitive-data", "cnet.com shares-marketing",
                    "espn.com shares-marketing",
                    "losant.com sensitive-data",
                    "verizon.com collects-device", "verizon.com shares-marketing",
                    "xbox.com shares-marketing",
                ],
                total: 156, right: 149, confidentFloor: 0.95),
        // Measured clean once, in session 9, after that session's rules were written and before
        // any was written from it: 95/104, confident 48/50 (HandReadCorpus7/README.md); 98 after
        // session 10's change-notice wordings (a notice on the site or a blog post, posting notice
        // of a change, checking the site for changes).
        GoldSet(folder: "HandReadCorpus7",
                policies: ["amazon.com", "paypal.com", "instapaper.com", "neocities.org"],
                knownMisses: [
                    "amazon.com children-min-age", "amazon.com targeted-advertising",
                    "instapaper.com sells-data", "instapaper.com shares-service-providers", "instapaper.com shares-marketing",
                    "paypal.com frameworks",
                ],
                total: 104, right: 98, confidentFloor: 0.95),
        // Measured clean once, in session 10, before any rule was written from it: 116/127,
        // confident 57/57 (HandReadCorpus8/README.md); 118 after that session's rules.
        GoldSet(folder: "HandReadCorpus8",
                policies: ["google.com", "jivochat.com", "lithium.com", "mullvad.net", "netflix.com"],
                knownMisses: [
                    "google.com shares-marketing", "google.com retention",
                    "jivochat.com sells-data", "jivochat.com shares-marketing",
                    "lithium.com shares-service-providers", "lithium.com shares-marketing",
                    "mullvad.net third-party-tracking", "mullvad.net shares-marketing",
                    "netflix.com privacy-contact",
                ],
                total: 127, right: 118, confidentFloor: 0.95),
        // Measured clean once, in session 11, before any rule was written from it: 141/156
        // (90.4%), confident 44/45 (HandReadCorpus9/README.md); 147 after that session's rules.
        GoldSet(folder: "HandReadCorpus9",
                policies: ["canaimamarketing.com", "linkedin.com", "lospec.com", "lospollos.com", "mageia.org", "reddit.com"],
                knownMisses: [
                    "canaimamarketing.com sells-data", "canaimamarketing.com targeted-advertising",
                    "linkedin.com third-party-tracking", "linkedin.com security",
                    "lospec.com shares-marketing", "lospec.com access-edit-delete",
                    "lospollos.com access-edit-delete",
                    "mageia.org third-party-tracking",
                    "reddit.com shares-marketing",
                ],
                total: 156, right: 147, confidentFloor: 0.95),
        // Measured clean once, in session 11, after that session's rules from set 9 and before
        // any rule from it: 144/152 (94.7%), confident 43/45 (HandReadCorpus10/README.md); 145
        // after two rules from its misses (publication is posting, a parent site is no child's
        // parent); 146 in session 12 (publication "here and on" another page is a notice on the site).
        GoldSet(folder: "HandReadCorpus10",
                policies: ["adwaremedic.com", "descargasmix.biz", "experian.com", "facebook.com", "heiboy.com", "heimatfreunde.info"],
                knownMisses: [
                    "adwaremedic.com sells-data", "adwaremedic.com shares-marketing",
                    "experian.com security",
                    "facebook.com web-beacons",
                    "heiboy.com shares-marketing",
                    "heimatfreunde.info shares-marketing",
                ],
                total: 152, right: 146, confidentFloor: 0.9),
        // Measured clean once, in session 13, before any rule was written from it: 148/155
        // (95.5%), confident 51/51 (HandReadCorpus11/README.md); 151 after that session's rules
        // (a tax ID, a login that is "sensitive information", speech models).
        GoldSet(folder: "HandReadCorpus11",
                policies: ["act-on.com", "craigslist.org", "freedom-to-tinker.com", "github.com", "kite.com", "skype.com"],
                knownMisses: [
                    "craigslist.org targeted-advertising",
                    "github.com security",
                    "kite.com collects-device",
                    "skype.com targeted-advertising",
                ],
                total: 155, right: 151, confidentFloor: 0.95),
        // Six versions of the Platform Governance Archive's pga-v1 (HTML converted by its
        // authors: lines hard-wrapped into one paragraph each, `&apos` without its semicolon).
        // Measured clean once, in session 13, with `extraction-15`, before any rule was written
        // from it: 133/153 (86.9%), confident 68/77 (HandReadCorpus12/README.md). 143 after
        // `parser-3` (wrapped lines joined, bare `&apos`, ligatures) and `extraction-16`.
        GoldSet(folder: "HandReadCorpus12", source: .pgaV1,
                policies: ["20060310_Facebook_PrivacyPolicy", "20081120_YouTube_PrivacyPolicy", "20120520_Twitter_PrivacyPolicy",
                           "20130317_Instagram_PrivacyPolicy", "20170621_Twitter_PrivacyPolicy", "20180611_Facebook_PrivacyPolicy"],
                knownMisses: [
                    "20060310_Facebook_PrivacyPolicy privacy-contact",
                    "20120520_Twitter_PrivacyPolicy collects-location", "20120520_Twitter_PrivacyPolicy shares-marketing",
                    "20120520_Twitter_PrivacyPolicy change-notice",
                    "20170621_Twitter_PrivacyPolicy shares-marketing", "20170621_Twitter_PrivacyPolicy do-not-track",
                    "20170621_Twitter_PrivacyPolicy change-notice", "20170621_Twitter_PrivacyPolicy sensitive-data",
                    "20180611_Facebook_PrivacyPolicy shares-marketing", "20180611_Facebook_PrivacyPolicy opt-out-marketing",
                ],
                total: 153, right: 143, confidentFloor: 0.95),
        // Six more pga-v1 versions, measured clean once with `parser-3` and `extraction-16`:
        // 140/155 (90.3%), confident 65/68 (HandReadCorpus13/README.md); 141 with `extraction-17`.
        GoldSet(folder: "HandReadCorpus13", source: .pgaV1,
                policies: ["20040613_Facebook_PrivacyPolicy", "20090429_Twitter_PrivacyPolicy", "20101217_YouTube_PrivacyPolicy",
                           "20160707_YouTube_PrivacyPolicy", "20200101_Instagram_PrivacyPolicy", "20200625_Twitter_PrivacyPolicy"],
                knownMisses: [
                    "20040613_Facebook_PrivacyPolicy shares-marketing", "20040613_Facebook_PrivacyPolicy change-notice",
                    "20090429_Twitter_PrivacyPolicy third-party-tracking",
                    "20101217_YouTube_PrivacyPolicy opt-out-marketing",
                    "20160707_YouTube_PrivacyPolicy shares-marketing", "20160707_YouTube_PrivacyPolicy opt-out-marketing",
                    "20160707_YouTube_PrivacyPolicy retention", "20160707_YouTube_PrivacyPolicy sensitive-data",
                    "20200101_Instagram_PrivacyPolicy shares-marketing", "20200101_Instagram_PrivacyPolicy opt-out-marketing",
                    "20200101_Instagram_PrivacyPolicy security", "20200101_Instagram_PrivacyPolicy change-notice",
                    "20200625_Twitter_PrivacyPolicy sells-data", "20200625_Twitter_PrivacyPolicy change-notice",
                ],
                total: 155, right: 141, confidentFloor: 0.95),
    ]

    static func practices(_ name: String, from source: GoldSet.Source) throws -> PolicyPractices {
        let path = source.url(of: name).path
        let data = try #require(FileManager.default.contents(atPath: path), "\(path) is not readable")
        return Fixtures.extractor.extract(try PolicyParser.parse([UInt8](data), file: path).policy)
    }

    @Test(arguments: sets)
    func goldSet(_ set: GoldSet) throws {
        let s = try HandRead2020sTests.score(set.policies, gold: set.gold, knownMisses: set.knownMisses) { try Self.practices($0, from: set.source) }
        #expect(s.total == set.total)
        #expect(s.right == set.right)
        #expect(Double(s.confidentRight) / Double(s.confident) >= set.confidentFloor, "\(s.confidentRight)/\(s.confident)")
    }
}
