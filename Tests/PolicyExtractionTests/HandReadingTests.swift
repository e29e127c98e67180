import Foundation
import PolicyParsing
import TestSupport
import Testing
@testable import PolicyExtraction

/// Answers on corpus policies that are not seeds, against a hand reading of each text written
/// down before looking at the extractor's output. Questions a careful reader could answer
/// either way are left out (kite's usage clicks as device data, mullvad's PayPal e-mail as
/// contact data and its web-server logs as device data, Stripe's cookies as third-party
/// tracking, netflix's conditional "will not sell ... without notifying you" and its joint
/// promotions), and so is netflix's privacy address, which the archived text splits across
/// three paragraphs ("privacy@" / "netflix." / "com"). Skipped when `../shared` is absent.
@Suite("Answers on hand-read corpus policies", .enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus beside the repository"))
struct HandReadingTests {
    private typealias Expected = [(Question, AnswerValue)]

    private func check(_ domain: String, _ expected: Expected, lists: [(Question, [String])]) async throws {
        let loaded = await PolicyLoader.load([TestSupport.corpusDirectory.appendingPathComponent("\(domain).md").path])
        let policy = try #require(loaded.policies.first, "\(domain) did not load")
        let practices = Fixtures.extractor.extract(policy)
        #expect(practices.status == .policy, "\(domain): \(practices.status.explanation)")
        for (question, value) in expected {
            let answer = practices[question]
            #expect(answer.value == value, "\(domain) \(question.rawValue): got \(answer.value.display), \(answer.evidence.map(\.text))")
        }
        for (question, items) in lists {
            #expect(practices[question].value == .list(items) || Set(items) == Set(listItems(practices[question].value)),
                    "\(domain) \(question.rawValue): got \(practices[question].value.display)")
        }
    }

    private func listItems(_ value: AnswerValue) -> [String] {
        if case .list(let items) = value { return items }
        return []
    }

    @Test func github() async throws {
        try await check("github.com", [
            (.collectsContact, .yes), (.collectsFinancial, .yes), (.collectsDevice, .yes),
            (.collectsLocation, .notStated), (.cookies, .yes), (.webBeacons, .notStated),
            (.thirdPartyTracking, .notStated), (.sellsData, .no), (.sharesServiceProviders, .yes),
            (.sharesMarketing, .no), (.lawEnforcement, .yes), (.mergerTransfer, .yes),
            (.internationalTransfer, .notStated), (.optOutMarketing, .notStated), (.accessEditDelete, .notStated),
            (.retention, .notStated), (.security, .notStated), (.childrenMinAge, .notStated),
            (.doNotTrack, .notStated), (.frameworks, .notStated),
        ], lists: [(.changeNotice, ["email", "prominent-notice"]), (.privacyContact, ["support@github.com"])])
    }

    @Test func craigslist() async throws {
        try await check("craigslist.org", [
            (.collectsContact, .yes), (.collectsFinancial, .yes), (.collectsDevice, .yes),
            (.collectsLocation, .notStated), (.cookies, .yes), (.webBeacons, .notStated),
            (.thirdPartyTracking, .notStated), (.sellsData, .notStated), (.sharesServiceProviders, .yes),
            (.sharesMarketing, .no), (.lawEnforcement, .yes), (.mergerTransfer, .yes),
            (.internationalTransfer, .yes), (.optOutMarketing, .notStated), (.accessEditDelete, .yes),
            (.retention, .yes), (.security, .yes), (.childrenMinAge, .notStated),
            (.doNotTrack, .notStated), (.frameworks, .notStated),
        ], lists: [(.changeNotice, ["posted", "prominent-notice"]), (.privacyContact, ["privacy@craigslist.org"])])
    }

    @Test func kite() async throws {
        try await check("kite.com", [
            (.collectsContact, .notStated), (.collectsFinancial, .notStated), (.collectsLocation, .notStated),
            (.cookies, .notStated), (.webBeacons, .notStated), (.thirdPartyTracking, .notStated),
            (.sellsData, .notStated), (.sharesServiceProviders, .notStated), (.sharesMarketing, .notStated),
            (.lawEnforcement, .notStated), (.mergerTransfer, .notStated), (.internationalTransfer, .notStated),
            (.optOutMarketing, .notStated), (.accessEditDelete, .notStated), (.retention, .notStated),
            (.security, .yes), (.childrenMinAge, .notStated), (.doNotTrack, .notStated),
            (.changeNotice, .notStated), (.frameworks, .notStated), (.privacyContact, .notStated),
        ], lists: [])
    }

    /// "We may notify you on our Website" is a notice on the site (prominent-notice), as both
    /// readers of `HandReadCorpus7` read it.
    @Test func neocities() async throws {
        try await check("neocities.org", [
            (.collectsContact, .yes), (.collectsFinancial, .notStated), (.collectsDevice, .yes),
            (.collectsLocation, .notStated), (.cookies, .yes), (.webBeacons, .notStated),
            (.thirdPartyTracking, .notStated), (.sellsData, .no), (.sharesServiceProviders, .yes),
            (.sharesMarketing, .no), (.lawEnforcement, .yes), (.mergerTransfer, .notStated),
            (.internationalTransfer, .notStated), (.optOutMarketing, .notStated), (.accessEditDelete, .notStated),
            (.retention, .notStated), (.security, .notStated), (.childrenMinAge, .notStated),
            (.doNotTrack, .notStated), (.frameworks, .notStated), (.privacyContact, .notStated),
        ], lists: [(.changeNotice, ["posted", "email", "prominent-notice"])])
    }

    @Test func mullvad() async throws {
        try await check("mullvad.net", [
            (.collectsFinancial, .yes), (.collectsLocation, .notStated), (.cookies, .yes),
            (.webBeacons, .notStated), (.sellsData, .notStated), (.sharesServiceProviders, .yes),
            (.sharesMarketing, .notStated), (.lawEnforcement, .notStated), (.mergerTransfer, .notStated),
            (.internationalTransfer, .notStated), (.optOutMarketing, .notStated), (.accessEditDelete, .yes),
            (.retention, .yes), (.security, .yes), (.childrenMinAge, .notStated),
            (.doNotTrack, .notStated), (.changeNotice, .notStated), (.frameworks, .notStated),
        ], lists: [(.privacyContact, ["support@mullvad.net"])])
    }

    @Test func netflix() async throws {
        try await check("netflix.com", [
            (.collectsContact, .yes), (.collectsFinancial, .yes), (.collectsDevice, .yes),
            (.collectsLocation, .notStated), (.cookies, .yes), (.webBeacons, .yes),
            (.thirdPartyTracking, .yes), (.sharesServiceProviders, .yes), (.lawEnforcement, .yes),
            (.mergerTransfer, .yes), (.internationalTransfer, .notStated), (.optOutMarketing, .yes),
            (.accessEditDelete, .yes), (.retention, .notStated), (.security, .yes),
            // 13, not 18: "While individuals under the age of 18 may utilize the service, they may do so
            // only with the involvement of a parent", and "nor do we knowingly collect personal
            // information from children under 13 through the service" (the lowest age that applies).
            (.childrenMinAge, .integer(13)), (.doNotTrack, .notStated), (.frameworks, .notStated),
        ], lists: [(.changeNotice, ["posted", "email"])])
    }
}
