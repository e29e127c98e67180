import Foundation
import TestSupport
import Testing

/// `batch`, the streaming mapper: one line out per line in, in order; answers equal to
/// `practices --format json`; error lines that do not stop the stream.
@Suite("CLI: batch")
struct BatchCLITests {
    static func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    static func line(_ fields: [String: String]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    /// `practices --format json`'s answers reduced to value and confidence, as JSON text.
    static func practicesAnswers(_ arguments: [String]) throws -> [String: String] {
        let r = try CLIRunner.run(["practices"] + arguments + ["--format", "json", "--no-store"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        return try valueAndConfidence(try #require(json["answers"] as? [String: Any]))
    }

    static func valueAndConfidence(_ answers: [String: Any]) throws -> [String: String] {
        try answers.mapValues { answer in
            let a = try #require(answer as? [String: Any])
            let kept: [String: Any] = ["value": try #require(a["value"]), "confidence": try #require(a["confidence"])]
            return String(decoding: try JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
        }
    }

    @Test(.enabled(if: TestSupport.sharedDataAvailable, "needs ../shared/corpus"))
    func answersEqualPracticesOnCorpusFiles() throws {
        // Every sixth corpus file (the Spark CI step compares all of them, release build).
        let files = TestSupport.corpusFiles.enumerated().filter { $0.offset % 6 == 0 }.map(\.element.path)
        let input = try files.map { try Self.line(["id": $0, "path": $0]) }.joined(separator: "\n") + "\n"
        let r = try CLIRunner.run(["batch"], stdin: input)
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        let lines = try Self.objects(r.stdout)
        try #require(lines.count == files.count)
        for (file, line) in zip(files, lines) {
            #expect(line["id"] as? String == file && line["error"] is NSNull && line["model"] as? String == "fast")
            let answers = try Self.valueAndConfidence(try #require(line["answers"] as? [String: Any]))
            #expect(answers == (try Self.practicesAnswers([file, file])), "\(file)")
            #expect((line["words"] as? Int ?? 0) > 100 && line["status"] as? String == "policy")
            #expect(((line["categories"] as? [String: Int]) ?? [:]).values.reduce(0, +) > 10)
        }
    }

    @Test func badLinesGiveErrorLinesAndTheStreamGoesOn() throws {
        let folder = NSTemporaryDirectory() + "policyscope-batch-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let empty = folder + "/empty.md"
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        let text = "# Privacy Policy\n\nWe collect your email address. We do not sell your personal information.\n"
        let input = [
            "{not json",
            "[1, 2]",
            "{\"id\": 7, \"text\": \"x\"}",
            try Self.line(["path": empty]),
            try Self.line(["id": "gone", "path": folder + "/missing.md"]),
            try Self.line(["id": "empty", "path": empty, "domain": "example.com"]),
            "",
            try Self.line(["id": "bad-date", "text": text, "date": "2020-13-45"]),
            try Self.line(["id": "inline", "text": text, "date": "2021-02-03", "domain": "example.com", "source": "test"]),
        ].joined(separator: "\n") + "\n"
        let r = try CLIRunner.run(["batch"], stdin: input)
        #expect(r.status == 0)
        var lines = try Self.objects(r.stdout)
        try #require(lines.count == 9)
        #expect(lines[0]["error"] as? String == "not a JSON object" && lines[0]["id"] is NSNull)
        #expect(lines[1]["error"] as? String == "not a JSON object")
        #expect(lines[2]["error"] as? String == "\"id\" must be a string")
        lines.removeSubrange(1...2)
        #expect(lines[1]["error"] as? String == "no \"id\"")
        #expect((lines[2]["error"] as? String)?.hasPrefix(folder + "/missing.md: ") == true && lines[2]["id"] as? String == "gone")
        #expect((lines[3]["error"] as? String)?.hasPrefix(empty + ": ") == true && lines[3]["domain"] as? String == "example.com")
        #expect(lines[4]["error"] as? String == "empty line")
        #expect(lines[5]["error"] as? String == "date \"2020-13-45\" is not YYYY-MM-DD")
        #expect(lines[6]["error"] is NSNull && lines[6]["date"] as? String == "2021-02-03" && lines[6]["source"] as? String == "test")
        let answers = try #require(lines[6]["answers"] as? [String: [String: Any]])
        #expect(answers["sells-data"]?["value"] as? String == "no" && answers["sells-data"]?["evidence"] == nil)
        for line in lines { #expect(Set(line.keys) == Set(lines[6].keys)) }
    }

    /// The status names of the schema: `policy`, `not-english`, `not-a-policy`.
    @Test func statusNamesFollowTheSchema() throws {
        let german = "# Datenschutzerklärung\n\nWir erheben und verarbeiten Ihre personenbezogenen Daten nur, wenn Sie uns diese freiwillig mitteilen. Die Daten werden nicht an Dritte weitergegeben, es sei denn, wir sind gesetzlich dazu verpflichtet. Sie haben jederzeit das Recht auf Auskunft über die bei uns gespeicherten Daten und auf deren Löschung.\n"
        let english = "# Privacy Policy\n\nWe collect your email address. We do not sell your personal information.\n"
        let input = try [Self.line(["id": "de", "text": german]), Self.line(["id": "en", "text": english])].joined(separator: "\n") + "\n"
        let r = try CLIRunner.run(["batch"], stdin: input)
        let lines = try Self.objects(r.stdout)
        try #require(lines.count == 2, "\(r.stderr)")
        #expect(lines[0]["status"] as? String == "not-english")
        #expect(lines[1]["status"] as? String == "policy")
    }

    @Test func evidenceComesOnlyWhenAsked() throws {
        let text = "# Privacy Policy\n\nWe do not sell your personal information to anyone.\n"
        let r = try CLIRunner.run(["batch", "--evidence"], stdin: try Self.line(["id": "x", "text": text]) + "\n")
        let answer = try #require((try Self.objects(r.stdout).first?["answers"] as? [String: [String: Any]])?["sells-data"])
        let evidence = try #require(answer["evidence"] as? [[String: Any]])
        #expect(evidence.first?["text"] as? String == "We do not sell your personal information to anyone." && evidence.first?["negated"] as? Bool == true)
    }

    @Test func anUnreadableStandardInputFailsTheCommand() throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["batch"]
        process.standardInput = FileHandle(forReadingAtPath: "/")  // read(2) on a folder: EISDIR
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message == "policyscope: cannot read standard input: Is a directory\n")
    }
}
