import TestSupport
import Testing
@testable import PolicyExtraction

/// Answers on the bundled seeds, against a careful hand reading of each text (the expected
/// values were written from reading the policies, before looking at the extractor's output).
@Suite("Answers on the seeds")
struct SeedAnswerTests {
    private typealias Expected = [(Question, AnswerValue)]

    private func check(_ domain: String, _ expected: Expected, lists: [(Question, [String])] = []) throws {
        let practices = Fixtures.extractor.extract(try TestSupport.seed(domain))
        #expect(practices.status == .policy, "\(domain)")
        for (question, value) in expected {
            let answer = practices[question]
            #expect(answer.value == value, "\(domain) \(question.rawValue): got \(answer.value.display), \(answer.evidence.map(\.text))")
            if value == .yes || value == .no { #expect(!answer.evidence.isEmpty, "\(domain) \(question.rawValue) has no evidence") }
        }
        for (question, items) in lists {
            guard case .list(let found) = practices[question].value else {
                Issue.record("\(domain) \(question.rawValue): got \(practices[question].value.display)")
                continue
            }
            #expect(Set(items).isSubset(of: Set(found)), "\(domain) \(question.rawValue): got \(found)")
        }
    }

    @Test func lithium() throws {
        try check("lithium.com", [
            (.collectsContact, .yes), (.collectsFinancial, .notStated), (.collectsDevice, .yes),
            (.collectsLocation, .notStated), (.cookies, .yes), (.webBeacons, .yes), (.sellsData, .no),
            (.sharesServiceProviders, .yes), (.lawEnforcement, .yes), (.mergerTransfer, .yes),
            (.optOutMarketing, .yes), (.accessEditDelete, .yes), (.retention, .yes), (.security, .yes),
            (.childrenMinAge, .notStated), (.doNotTrack, .notStated),
        ], lists: [
            (.frameworks, ["safe-harbor", "truste"]), (.privacyContact, ["privacy@lithium.com"]),
            (.changeNotice, ["prominent-notice"]),
        ])
    }

    @Test func losant() throws {
        try check("losant.com", [
            (.collectsContact, .yes), (.collectsFinancial, .yes), (.collectsDevice, .yes), (.collectsLocation, .notStated),
            (.cookies, .yes), (.webBeacons, .notStated), (.sellsData, .no), (.sharesServiceProviders, .yes),
            (.lawEnforcement, .yes), (.mergerTransfer, .notStated), (.internationalTransfer, .notStated),
            (.optOutMarketing, .yes), (.accessEditDelete, .yes), (.retention, .yes), (.security, .yes),
            (.childrenMinAge, .integer(13)), (.doNotTrack, .notStated),
        ], lists: [
            (.frameworks, ["caloppa", "coppa"]), (.changeNotice, ["posted"]), (.privacyContact, ["support@losant.com"]),
        ])
    }

    @Test func salesforce() throws {
        try check("salesforce.com", [
            (.collectsContact, .yes), (.collectsFinancial, .yes), (.cookies, .yes), (.webBeacons, .yes),
            (.sellsData, .no), (.sharesServiceProviders, .yes), (.sharesMarketing, .no), (.lawEnforcement, .yes),
            (.mergerTransfer, .notStated), (.optOutMarketing, .yes), (.retention, .notStated),
            (.childrenMinAge, .notStated), (.doNotTrack, .notStated), (.changeNotice, .notStated),
            (.privacyContact, .notStated),
        ], lists: [(.frameworks, ["truste", "safe-harbor"])])
    }

    @Test func jivochat() throws {
        try check("jivochat.com", [
            (.collectsContact, .yes), (.collectsDevice, .yes), (.collectsLocation, .notStated), (.cookies, .yes),
            (.webBeacons, .yes), (.thirdPartyTracking, .yes), (.sharesServiceProviders, .yes), (.lawEnforcement, .yes),
            (.mergerTransfer, .yes), (.optOutMarketing, .yes), (.accessEditDelete, .yes), (.security, .yes),
            (.childrenMinAge, .integer(18)), (.doNotTrack, .notStated), (.retention, .notStated),
        ], lists: [
            (.frameworks, ["coppa"]), (.changeNotice, ["posted"]), (.privacyContact, ["info@jivochat.com"]),
        ])
    }

    @Test func actOn() throws {
        try check("act-on.com", [
            (.collectsContact, .yes), (.collectsFinancial, .yes), (.collectsDevice, .yes), (.collectsLocation, .notStated),
            (.cookies, .yes), (.webBeacons, .yes), (.thirdPartyTracking, .yes), (.sellsData, .no),
            (.sharesServiceProviders, .yes), (.lawEnforcement, .yes), (.mergerTransfer, .yes),
            (.internationalTransfer, .yes), (.optOutMarketing, .yes), (.accessEditDelete, .yes), (.retention, .yes),
            (.security, .yes), (.childrenMinAge, .integer(13)), (.doNotTrack, .notStated),
        ], lists: [
            (.frameworks, ["truste", "safe-harbor", "coppa"]), (.changeNotice, ["email"]),
            (.privacyContact, ["privacy@act-on.com"]),
        ])
    }
}
