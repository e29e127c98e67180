import Foundation
import PolicyExtraction
import PolicyStore
import TestSupport
import Testing

@Suite("CLI: the store")
struct StoreCLITests {
    /// A fresh cache folder, so each test starts cold.
    private func freshCache() throws -> String {
        let folder = NSTemporaryDirectory() + "policyscope-store-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    private func run(_ arguments: [String], cache: String) throws -> CLIRunner.Output {
        try CLIRunner.run(arguments, environment: ["XDG_CACHE_HOME": cache])
    }

    @Test func outputsAreTheSameWithoutTheStoreColdAndWarm() throws {
        let cache = try freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let store = cache + "/policyscope/store.sqlite"
        let commands = [
            ["list", "--format", "json"], ["list"], ["outline", "lithium.com"], ["show", "losant.com", "--format", "json"],
            ["search", "retention", "--format", "json"],
            // A filtered search stores the practices it extracts (cold) and reads them back (warm).
            ["search", "sell* category:sharing", "--format", "json"], ["search", "answer:sells-data=no data"],
            // Practices are stored by the cold run and read back by the warm one.
            ["practices", "lithium.com", "--format", "json"], ["practices", "act-on.com"],
            ["compare", "lithium.com", "act-on.com", "--format", "json"], ["compare", "--all", "--format", "csv"],
        ]
        for command in commands {
            let existed = FileManager.default.fileExists(atPath: store)
            let none = try run(command + ["--no-store"], cache: cache)
            #expect(FileManager.default.fileExists(atPath: store) == existed, "--no-store writes no store")
            let cold = try run(command, cache: cache)
            let warm = try run(command, cache: cache)
            #expect(none.status == 0 && cold.status == 0 && warm.status == 0)
            #expect(cold.stdout == none.stdout && warm.stdout == none.stdout, "\(command)")
            #expect(cold.stderr == none.stderr && warm.stderr == none.stderr)
            #expect(FileManager.default.fileExists(atPath: store))
        }
    }

    @Test func aFilteredSearchKeepsThePracticesItExtracted() throws {
        let cache = try freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let search = try run(["search", "category:retention"], cache: cache)
        #expect(search.status == 0 && !search.stdout.isEmpty && !search.stdout.contains("no matches"))
        let info = try run(["store", "info"], cache: cache)
        #expect(info.stdout.contains("practices: 5 (5 fast"), "\(info.stdout)")
    }

    @Test func ingestFillsANamedStoreForSQLite() throws {
        let cache = try freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let store = cache + "/named.sqlite"
        let r = try run(["ingest", TestSupport.packageRoot.appendingPathComponent("Resources/seeds").path, "--store", store], cache: cache)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "no progress line when stderr is not a terminal")
        #expect(r.stdout.contains("5 policies") && r.stdout.contains("practices computed for 5"))
        let rows = try Database(path: store).prepare("SELECT domain, value FROM answers WHERE question = 'sells-data' ORDER BY domain")
        var domains: [String] = []
        while try rows.step() { domains.append(rows.text(0) ?? "") }
        #expect(domains == ["act-on.com", "jivochat.com", "lithium.com", "losant.com", "salesforce.com"])
        let again = try run(["ingest", TestSupport.packageRoot.appendingPathComponent("Resources/seeds").path, "--store", store], cache: cache)
        #expect(again.stdout.contains("practices computed for 0, already stored for 5"))
        let info = try run(["store", "info", "--store", store], cache: cache)
        #expect(info.stdout.contains("files:     5") && info.stdout.contains("130 answers"), "\(info.stdout)")
        #expect(info.stdout.contains("practices: 5 (5 fast"), "each classifier's current rows: \(info.stdout)")
        let cleared = try run(["store", "clear", "--store", store], cache: cache)
        #expect(cleared.status == 0)
        #expect(try run(["store", "info", "--store", store], cache: cache).stdout.contains("files:     0"))
    }

    @Test func pruneDropsFilesThatAreGone() throws {
        let cache = try freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let file = cache + "/plain.md"
        try Data("# Plain\n\nWe use cookies.\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try run(["list", file], cache: cache).status == 0)
        try FileManager.default.removeItem(atPath: file)
        let pruned = try run(["store", "prune"], cache: cache)
        #expect(pruned.stdout.contains("dropped 1 missing file(s) and 1 stored version(s)"), "\(pruned.stdout)")
    }

    @Test func aCorruptStoreIsOneWarningAndTheSameAnswer() throws {
        let cache = try freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        try FileManager.default.createDirectory(atPath: cache + "/policyscope", withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: cache + "/policyscope/store.sqlite"))
        let expected = try run(["list", "--no-store"], cache: cache)
        let r = try run(["list"], cache: cache)
        #expect(r.status == 0 && r.stdout == expected.stdout)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("policyscope: warning: the store ") && lines[0].contains("set aside as"), "\(r.stderr)")
        #expect(try run(["list"], cache: cache).stderr.isEmpty, "the rebuilt store works")
    }

    /// A saved search index that is damaged, or saved for other texts, is never read: the
    /// search builds its own (and saves it over the damaged one) and answers the same.
    @Test func aDamagedSavedIndexIsBuiltAgain() throws {
        let cache = try freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let store = cache + "/policyscope/store.sqlite"
        let expected = try run(["search", "cookies", "--format", "json", "--no-store"], cache: cache)
        #expect(try run(["search", "cookies", "--format", "json"], cache: cache).stdout == expected.stdout)
        #expect(try run(["store", "info"], cache: cache).stdout.contains("searches:  1 saved index"))
        let database = try Database(path: store)
        for damage in ["substr(body, 1, length(body) / 2)", "x'00'", "randomblob(length(body))",
                       "substr(body, 1, 100) || randomblob(1) || substr(body, 102)"] {
            try database.execute("UPDATE search_indexes SET body = \(damage)")
            let r = try run(["search", "cookies", "--format", "json"], cache: cache)
            #expect(r.status == 0 && r.stdout == expected.stdout && r.stderr.isEmpty, "\(damage): \(r.stderr)")
        }
        // The next search reads the index saved over the damaged one.
        #expect(try run(["search", "cookies", "--format", "json"], cache: cache).stdout == expected.stdout)
        #expect(try run(["store", "prune"], cache: cache).status == 0)
        #expect(try run(["store", "info"], cache: cache).stdout.contains("searches:  0 saved indexes"))
    }

    /// The saved index's postings lie in a file beside the store; a file that is gone, cut short
    /// or changed is never read (the search builds the index again and saves it afresh), and
    /// `store prune` and `store clear` remove the files with the indexes.
    @Test func aSavedIndexsFilesAreCheckedAndRemovedWithIt() throws {
        let cache = try freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let folder = cache + "/policyscope/store.sqlite.indexes"
        let expected = try run(["search", "cookies", "--format", "json", "--no-store"], cache: cache)
        #expect(try run(["search", "cookies", "--format", "json"], cache: cache).stdout == expected.stdout)
        func files(_ suffix: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(suffix) }
        }
        for suffix in [".postings", ".head"] {
            let file = try #require(files(suffix).first.map { folder + "/" + $0 })
            #expect(files(suffix).count == 1)
            let whole = try #require(FileManager.default.contents(atPath: file))
            var changed = whole
            changed[changed.count / 2] ^= 0x41
            for damage in [Data(), whole.prefix(whole.count - 1), changed, nil] {
                if let damage { try damage.write(to: URL(fileURLWithPath: file)) } else { try FileManager.default.removeItem(atPath: file) }
                let r = try run(["search", "cookies", "--format", "json"], cache: cache)
                #expect(r.status == 0 && r.stdout == expected.stdout && r.stderr.isEmpty, "\(suffix) \(damage?.count ?? -1) bytes: \(r.stderr)")
                #expect(FileManager.default.contents(atPath: file) == whole, "\(suffix) saved afresh")
            }
        }
        // A temporary file of a writer that stopped goes; one of a writer still running stays.
        let stopped = folder + "/0123.postings.999999999.tmp", running = folder + "/0123.postings.\(getpid()).tmp"
        for path in [stopped, running] { #expect(FileManager.default.createFile(atPath: path, contents: Data([1]))) }
        #expect(try run(["store", "prune"], cache: cache).status == 0)
        #expect(files(".postings").isEmpty && files(".head").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: stopped) && FileManager.default.fileExists(atPath: running))
        #expect(try run(["search", "cookies", "--format", "json"], cache: cache).stdout == expected.stdout)
        #expect(files(".postings").count == 1 && files(".head").count == 1)
        #expect(try run(["store", "clear"], cache: cache).status == 0)
        #expect(files(".postings").isEmpty && files(".head").isEmpty)
    }

    /// A read-only store still answers a search, from an index built in memory (as a user
    /// other than root, who ignores permissions).
    @Test(.enabled(if: getuid() != 0, "root ignores permissions")) func aReadOnlyStoreStillSearches() throws {
        let cache = try freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        #expect(try run(["list"], cache: cache).status == 0)
        let folder = cache + "/policyscope"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).map { folder + "/" + $0 }
        for path in files + [folder] { try FileManager.default.setAttributes([.posixPermissions: path == folder ? 0o555 : 0o444], ofItemAtPath: path) }
        defer { for path in [folder] + files { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path) } }
        let r = try run(["search", "retention"], cache: cache)
        let plain = try run(["search", "retention", "--no-store"], cache: cache)
        #expect(r.status == 0 && r.stdout == plain.stdout)
    }

    @Test func aNewerStoreIsRefusedAndTheCommandStillAnswers() throws {
        let cache = try freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        #expect(try run(["list"], cache: cache).status == 0)
        try Database(path: cache + "/policyscope/store.sqlite").execute("PRAGMA user_version = 7")
        let r = try run(["list"], cache: cache)
        let expected = try run(["list", "--no-store"], cache: cache)
        #expect(r.status == 0 && r.stdout == expected.stdout)
        #expect(r.stderr.contains("schema version 7") && r.stderr.contains("reads version \(PolicyStore.schemaVersion)"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        let ingest = try run(["ingest", TestSupport.packageRoot.appendingPathComponent("Resources/seeds").path], cache: cache)
        #expect(ingest.status == 1, "ingest needs the store")
    }

    /// An ingest killed part-way leaves whole policies: every stored practice has all its
    /// answers, and the next ingest completes the rest.
    @Test(.enabled(if: TestSupport.sharedDataAvailable))
    func aKilledIngestLeavesNoHalfWrittenPolicy() throws {
        let cache = try freshCache()
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let store = cache + "/killed.sqlite"
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["ingest", TestSupport.corpusDirectory.path, "--store", store]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var stored: Int64 = 0
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            stored = (try? Database(path: store).scalar("SELECT count(*) FROM practices")) ?? 0
            if stored >= 2 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let db = try Database(path: store)
        let integrity = try db.prepare("PRAGMA integrity_check")
        #expect(try integrity.step() && integrity.text(0) == "ok")
        let perPolicy = Int64(Question.allCases.count)
        #expect(try db.scalar("SELECT count(*) FROM (SELECT count(a.question) AS n FROM practices p LEFT JOIN answers a USING (blob, name) GROUP BY p.blob, p.name) WHERE n != \(perPolicy)") == 0)
        #expect(try db.scalar("SELECT count(*) FROM answers WHERE (blob, name) NOT IN (SELECT blob, name FROM practices)") == 0)
        let done = try #require(try db.scalar("SELECT count(*) FROM practices"))
        let resumed = try run(["ingest", TestSupport.corpusDirectory.path, "--store", store], cache: cache)
        #expect(resumed.status == 0)
        #expect(resumed.stdout.contains("already stored for \(done)"), "\(resumed.stdout)")
    }
}
