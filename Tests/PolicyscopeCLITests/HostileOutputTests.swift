import Foundation
import Testing
import TestSupport

/// Every command and format on policies, names, a domain and a git history full of escape
/// sequences, C1 and bidirectional controls: stdout and stderr hold none of them as such (they
/// show as pictures, or as `\u` escapes in JSON), joiners survive, and CSV cells never start a
/// formula.
@Suite("CLI: hostile text never reaches the terminal as code")
struct HostileOutputTests {
    static let fixture: Result<HostileFixture, any Error> = Result { try HostileFixture(name: "cli") }

    /// Runs `arguments` and checks both streams byte by byte.
    @discardableResult
    static func clean(_ arguments: [String], status: Int32? = 0, stdin: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIRunner.Output {
        let r = try CLIRunner.run(arguments, stdin: stdin)
        if let status { #expect(r.status == status, "\(arguments.map(printableArgument)): \(printable(r.rawStderr.prefix(600)))", sourceLocation: sourceLocation) }
        let out = HostileFixture.problems(r.rawStdout), err = HostileFixture.problems(r.rawStderr)
        #expect(out.isEmpty, "stdout of \(arguments.map(printableArgument)): \(Set(out).sorted())", sourceLocation: sourceLocation)
        #expect(err.isEmpty, "stderr of \(arguments.map(printableArgument)): \(Set(err).sorted())", sourceLocation: sourceLocation)
        return r
    }

    static func printableArgument(_ s: String) -> String { printable(Array(s.utf8)) }

    /// The ids `list --versions --format json` gives for `path`.
    static func ids(_ path: String) throws -> [String] {
        let r = try clean(["list", "--versions", "--format", "json", "--no-store", path])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        return rows.compactMap { $0["id"] as? String }
    }

    @Test func listOutlineShowSearchPracticesAndCompareShowNothingAsCode() throws {
        let f = try Self.fixture.get()
        let text = try Self.clean(["show", f.policyFile, f.files, "--no-store"])
        #expect(text.stdout.contains("␛[2J"), "ESC is shown as its picture")
        #expect(text.stdout.contains("👩\u{200D}💻") && text.stdout.contains("می\u{200C}خواهم"), "joiners stay")
        let json = try Self.clean(["show", f.policyFile, f.files, "--no-store", "--format", "json"])
        #expect(json.stdout.contains("\\u202e"), "JSON writes a bidi control as a \\u escape")
        for format in ["table", "json"] {
            try Self.clean(["list", f.files, "--format", format, "--no-store"])
            try Self.clean(["list", f.files, "--versions", "--format", format, "--no-store"])
        }
        for format in ["text", "json"] {
            try Self.clean(["outline", f.policyFile, f.files, "--format", format, "--no-store"])
            try Self.clean(["show", f.policyFile, f.files, "--section", "1", "--format", format, "--no-store"])
            try Self.clean(["search", "collect", f.files, "--format", format, "--no-store"])
            try Self.clean(["search", "--sections", "section", f.files, "--format", format, "--no-store"])
            try Self.clean(["practices", f.policyFile, f.files, "--format", format, "--no-store"])
        }
        for format in ["table", "json", "csv", "markdown"] {
            try Self.clean(["compare", "--all", f.files, "--format", format, "--no-store"])
        }
        // Not a terminal: the browser prints the list.
        try Self.clean([f.files, "--no-store"])
        // An unknown policy: the error names near matches, which are hostile ids.
        try Self.clean(["show", "ev\u{1B}]52;c;eA==\u{07}il", f.files, "--no-store"], status: nil)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "needs git"))
    func aHostileGitHistoryShowsNothingAsCode() throws {
        let f = try Self.fixture.get()
        let ids = try Self.ids(f.repository)
        #expect(ids.count == 2, "two versions of the git document: \(ids.map(Self.printableArgument))")
        let document = try #require(ids.first.flatMap { $0.split(separator: "@").first.map(String.init) })
        for format in ["table", "json"] {
            try Self.clean(["list", f.repository, "--format", format, "--no-store"])
            try Self.clean(["list", f.repository, "--versions", "--format", format, "--no-store"])
        }
        for format in ["text", "json", "csv"] {
            try Self.clean(["history", document, f.repository, "--format", format, "--no-store"])
        }
        for format in ["text", "json"] {
            try Self.clean(["diff", document + "@~1", document, f.repository, "--format", format, "--no-store"])
            try Self.clean(["outline", document, f.repository, "--format", format, "--no-store"])
        }
        for format in ["table", "json", "csv"] {
            try Self.clean(["trends", f.repository, "--format", format, "--no-store"])
        }
    }

    @Test func theStoreCommandsShowNothingAsCode() throws {
        let f = try Self.fixture.get()
        let store = f.root + "/store.sqlite"
        try Self.clean(["ingest", f.files, f.repository, "--store", store])
        try Self.clean(["store", "info", "--store", store])
        try Self.clean(["list", f.files, f.repository, "--store", store])
        try Self.clean(["compare", "--all", f.files, "--format", "csv", "--store", store])
        try Self.clean(["classify"], stdin: HostileFixture.policy(HostileFixture.all))
    }

    @Test func csvCellsThatLookLikeFormulasAreText() throws {
        let f = try Self.fixture.get()
        let r = try Self.clean(["history", try #require(try Self.ids(f.repository).first?.split(separator: "@").first.map(String.init)),
                                f.repository, "--format", "csv", "--no-store"])
        #expect(!r.stdout.isEmpty)
        for line in r.stdout.split(separator: "\n") {
            for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                let text = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
                #expect(!(text.first.map { "=+-@".contains($0) } ?? false), "a CSV cell starts a formula: \(cell)")
            }
        }
    }
}
