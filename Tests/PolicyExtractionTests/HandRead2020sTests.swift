import Foundation
import PolicyModel
import PolicyParsing
import TestSupport
import Testing
@testable import PolicyExtraction

/// All 26 answers on twelve current privacy policies of the Open Terms Archive history (the
/// bundle's HEAD), against two independent hand readings; only the answers both readers gave
/// are kept (`HandRead2020s/*.tsv`, with each deciding sentence; see its README). Eight
/// policies were used to build the rules, four were set aside and never tuned on. The cells
/// the extractor still gets wrong are listed as known issues, so that a fix shows as well as a
/// regression.
@Suite("Answers on hand-read current policies", .enabled(if: HistoryBundle.available, "needs ../shared/history/pga-versions.bundle and git"))
struct HandRead2020sTests {
    static let commit = "577430aa7c115d45fd805c9c06f9fc67c1fda441"
    static let tuning = ["Spotify", "Pinterest", "Reddit", "TikTok", "Snapchat", "Bluesky", "LinkedIn", "Twitch"]
    static let heldOut = ["Tumblr", "Quora", "BeReal", "X"]
    /// Read in session 4 by two new readers after the rules of that session were written;
    /// measured once, never tuned on.
    static let heldOut2 = ["Upscrolled", "Parler", "TruthSocial", "WeChat", "YouTube"]
    /// Read in session 5 by two new readers after that session's rules were written; measured
    /// clean once, tuned on from session 6.
    static let heldOut3 = ["Moltbook", "Threads", "LINE", "WhatsApp"]
    /// Read in session 9 with the seventh set (HandReadCorpus7/README.md): X's policy of
    /// 2023, an earlier version of `X`; measured clean once.
    static let heldOut4 = ["Twitter"]

    /// Cells the extractor answers differently from both readers (company, question id).
    static let knownMisses: Set<String> = [
        // Tuning set.
        "LinkedIn third-party-tracking", "LinkedIn shares-marketing", "Twitch shares-marketing",
        // Held out (tuned on from session 5: see the README).
        "Quora collects-location", "Quora shares-marketing", "Quora frameworks", "BeReal shares-marketing",
        // Second held-out set (tuned on from session 5).
        "Upscrolled frameworks", "Upscrolled privacy-contact", "Parler third-party-tracking",
        "TruthSocial shares-marketing", "WeChat third-party-tracking", "WeChat shares-marketing",
        "WeChat change-notice",
        // Third held-out set (measured clean once at 91/102; tuned on from session 6).
        "Threads shares-service-providers", "Threads security",
        "LINE collects-financial", "LINE privacy-contact",
        // Fourth held-out set (measured clean once at 23/24).
        "Twitter opt-out-marketing",
    ]

    struct Cell {
        var question: Question
        var value: String
    }

    static let goldDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HandRead2020s")

    static func gold(_ company: String, in directory: URL = HandRead2020sTests.goldDirectory) throws -> [Cell] {
        let text = try String(contentsOf: directory.appendingPathComponent("\(company).tsv"), encoding: .utf8)
        return try text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let question = try #require(Question(rawValue: String(fields[0])), "\(company): unknown question \(fields[0])")
            return Cell(question: question, value: String(fields[1]))
        }
    }

    /// The value as the gold files write it: lists sorted and joined by commas.
    static func written(_ value: AnswerValue) -> String {
        if case .list(let items) = value { return items.sorted().joined(separator: ",") }
        return value.display
    }

    static func practices(_ company: String) throws -> PolicyPractices {
        let path = "\(company)/Privacy Policy.md"
        let policy = try PolicyParser.parse(try HistoryBundle.document(path, at: commit), file: path).policy
        return Fixtures.extractor.extract(policy)
    }

    /// Right answers, answers given with confidence >= 0.8 (and not "not stated"), and the right
    /// ones among those; `practices` reads and extracts one company's policy, `directory` holds
    /// the gold files and `knownMisses` the cells expected wrong.
    static func score(_ companies: [String], gold directory: URL = HandRead2020sTests.goldDirectory,
                      knownMisses: Set<String> = HandRead2020sTests.knownMisses,
                      practices: (String) throws -> PolicyPractices = HandRead2020sTests.practices)
        throws -> (right: Int, total: Int, confident: Int, confidentRight: Int) {
        var result = (right: 0, total: 0, confident: 0, confidentRight: 0)
        for company in companies {
            let practices = try practices(company)
            for cell in try gold(company, in: directory) {
                let answer = practices[cell.question]
                let right = written(answer.value) == cell.value
                let key = "\(company) \(cell.question.rawValue)"
                if knownMisses.contains(key) {
                    withKnownIssue("\(key): gold \(cell.value)") {
                        #expect(right, "\(key): got \(written(answer.value))")
                    }
                } else {
                    #expect(right, "\(key): gold \(cell.value), got \(written(answer.value)) \(answer.evidence.map(\.text))")
                }
                // Never a false yes on selling.
                if cell.question == .sellsData, answer.value == .yes { #expect(cell.value == "yes", "\(key): false yes") }
                result.total += 1
                if right { result.right += 1 }
                if answer.confidence >= 0.8 && answer.value.isStated {
                    result.confident += 1
                    if right { result.confidentRight += 1 }
                }
            }
        }
        return result
    }

    @Test func tuningSet() throws {
        let s = try Self.score(Self.tuning)
        #expect(s.total == 203)
        #expect(s.right == 200)
    }

    @Test func heldOutSet() throws {
        let s = try Self.score(Self.heldOut)
        #expect(s.total == 99)
        #expect(s.right == 95)
    }

    /// Measured clean once at 109/128; 113 after rules written with its misses in view (CalOPPA
    /// cited as "Bus. & Prof. Code § 22575", "EU (or UK) data protection law"; "location
    /// information" alone is not precise location); 121 with session 9's rules (a warning not to
    /// post sensitive data, marketing "depending on your settings").
    @Test func secondHeldOutSet() throws {
        let s = try Self.score(Self.heldOut2)
        #expect(s.total == 128)
        #expect(s.right == 121)
    }

    /// Measured clean once, in session 5, at 91/102 (89.2%; 90/102 with the rules of session 4);
    /// 96 after session 6's rules, written with its misses in view (identity documents and
    /// selfies, a denial's list, an age's own region, a notice "on our Services"); 97 with
    /// session 7's older wordings of targeted advertising ("tailor their ads"); 98 with session
    /// 9's ("improve the model").
    @Test func thirdHeldOutSet() throws {
        let s = try Self.score(Self.heldOut3)
        #expect(s.total == 102)
        #expect(s.right == 98)
    }

    /// Measured clean once, in session 9, at 23/24 (confident 15/15).
    @Test func fourthHeldOutSet() throws {
        let s = try Self.score(Self.heldOut4)
        #expect(s.total == 24)
        #expect(s.right == 23)
    }

    /// Answers shown with confidence >= 0.8 are right at least 95% of the time, pooled.
    @Test func confidentAnswersAreRight() throws {
        let s = try Self.score(Self.tuning + Self.heldOut + Self.heldOut2 + Self.heldOut3 + Self.heldOut4)
        #expect(Double(s.confidentRight) / Double(s.confident) >= 0.95, "\(s.confidentRight)/\(s.confident)")
        print("hand-read pooled: \(s.right)/\(s.total) right; confidence >= 0.8: \(s.confidentRight)/\(s.confident)")
    }
}
