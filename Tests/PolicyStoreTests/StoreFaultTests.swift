import Foundation
import PolicyParsing
import PolicyResources
import PolicyStore
import Testing

@Suite struct StoreFaultTests {
    private func files(in folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    }

    /// Writes `bytes` where the store goes, opens it, and checks it was set aside and rebuilt
    /// with exactly one warning.
    private func expectSetAside(_ scratch: Scratch, reason: String) throws {
        let warnings = Warnings()
        let store = try #require(scratch.open(warnings: warnings))
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.contains("set aside") == true && warnings.all.first?.contains(reason) == true, "\(warnings.all)")
        let folder = (scratch.storePath as NSString).deletingLastPathComponent
        #expect(files(in: folder).contains { $0.hasPrefix("store.sqlite.bad-") })
        #expect(try store.info().files == 0)
    }

    private func writeStoreFile(_ scratch: Scratch, _ bytes: [UInt8]) {
        try? FileManager.default.createDirectory(atPath: (scratch.storePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: scratch.storePath, contents: Data(bytes))
    }

    @Test func aCorruptFileIsSetAsideAndRebuilt() throws {
        let scratch = Scratch()
        var random = SystemRandomNumberGenerator()
        writeStoreFile(scratch, (0..<10_000).map { _ in UInt8.random(in: 0...255, using: &random) })
        try expectSetAside(scratch, reason: "not a SQLite database")
    }

    @Test func aTruncatedStoreIsSetAsideAndRebuilt() async throws {
        let scratch = Scratch()
        do {
            let store = try #require(scratch.open(warnings: Warnings()))
            _ = await StoredLoader.load(PolicyResources.seedFiles.map(\.path), using: StoreUse(store, warn: { _ in }))
            try Database(path: scratch.storePath).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let bytes = [UInt8](FileManager.default.contents(atPath: scratch.storePath) ?? Data())
        #expect(bytes.count > 16_384)
        try? FileManager.default.removeItem(atPath: scratch.storePath + "-wal")
        writeStoreFile(scratch, Array(bytes.prefix(bytes.count / 2)))
        try expectSetAside(scratch, reason: "truncated")
    }

    @Test func aForeignDatabaseIsSetAsideAndRebuilt() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: (scratch.storePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Database(path: scratch.storePath).execute("CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('soup')")
        try expectSetAside(scratch, reason: "some other program")
    }

    @Test func aNewerStoreIsRefusedNamingBothVersions() throws {
        let scratch = Scratch()
        _ = try #require(scratch.open(warnings: Warnings()))
        try Database(path: scratch.storePath).execute("PRAGMA user_version = 99")
        let warnings = Warnings()
        #expect(scratch.open(warnings: warnings) == nil)
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.contains("schema version 99") == true)
        #expect(warnings.all.first?.contains("reads version \(PolicyStore.schemaVersion)") == true)
        #expect(FileManager.default.fileExists(atPath: scratch.storePath), "a newer store is left alone")
    }

    /// WAL: a second connection reads inside its own transaction while the first one writes,
    /// and sees the new rows once it starts a new one.
    @Test func twoConnectionsWorkAtOnce() async throws {
        let scratch = Scratch()
        let writer = try #require(scratch.open(warnings: Warnings()))
        let reader = try Database(path: scratch.storePath)
        #expect(try reader.scalar("PRAGMA journal_mode").map { _ in true } == true)
        try reader.execute("BEGIN")
        #expect(try reader.scalar("SELECT count(*) FROM policies") == 0)
        let warnings = Warnings()
        let loaded = await StoredLoader.load(PolicyResources.seedFiles.map(\.path), using: StoreUse(writer, warn: warnings.add))
        #expect(warnings.all.isEmpty, "the writer was not blocked by the open reader")
        #expect(try reader.scalar("SELECT count(*) FROM policies") == 0, "the reader's snapshot holds")
        try reader.execute("COMMIT")
        #expect(try reader.scalar("SELECT count(*) FROM policies") == Int64(loaded.policies.count))
        let mode = try reader.prepare("PRAGMA journal_mode")
        #expect(try mode.step() && mode.text(0) == "wal")
    }

    /// A full disk (simulated with a page limit) ends the writing with one warning, and the
    /// load still gives every policy.
    @Test func aFullStoreWarnsOnceAndLoadsFromMemory() async throws {
        let scratch = Scratch()
        let paths = PolicyResources.seedFiles.map(\.path)
        _ = try #require(scratch.open(warnings: Warnings()))
        let pages = try #require(try Database(path: scratch.storePath).scalar("PRAGMA page_count"))
        let warnings = Warnings()
        let store = try #require(scratch.open(pageLimit: Int(pages) + 2, warnings: warnings))
        let loaded = await StoredLoader.load(paths, using: StoreUse(store, warn: warnings.add))
        #expect(loaded.policies == (await PolicyLoader.load(paths)).policies)
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.contains("is full") == true, "\(warnings.all)")
    }

    /// A saved search index that does not fit is refused whole: nothing of it is kept, and
    /// the store still works.
    @Test func aSearchIndexThatDoesNotFitLeavesNothing() throws {
        let scratch = Scratch()
        _ = try #require(scratch.open(warnings: Warnings()))
        let pages = try #require(try Database(path: scratch.storePath).scalar("PRAGMA page_count"))
        let store = try #require(scratch.open(pageLimit: Int(pages) + 8, warnings: Warnings()))
        let files = [PolicyStore.IndexedFile(id: "a", blob: "b", name: "c.md")]
        let key = store.searchIndexKey(files, model: nil)
        #expect(key != store.searchIndexKey(files, model: "m") && key.count == 40)
        #expect(throws: StoreError.full(path: scratch.storePath)) {
            try store.saveSearchIndex([UInt8](repeating: 7, count: 1 << 20), key: key, policies: 1)
        }
        #expect(try store.withSearchIndex(key: key) { $0.count } == nil)
        try store.saveSearchIndex([1, 2, 3], key: key, policies: 1)
        #expect(try store.withSearchIndex(key: key) { Array($0) } == [1, 2, 3])
        // An index over several rows (SQLite holds no value over 1 GB) reads back whole.
        let long = (0..<2500).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try store.saveSearchIndex(long, key: key, policies: 1, part: 1000)
        #expect(try store.withSearchIndex(key: key) { Array($0) } == long)
        try store.saveSearchIndex([1, 2, 3], key: key, policies: 1, part: 1000)
        #expect(try store.withSearchIndex(key: key) { Array($0) } == [1, 2, 3], "no part of the longer one is left")
        #expect(try store.info().searchIndexes == 1)
        // Only the most recent are kept.
        for k in 0..<PolicyStore.searchIndexesKept { try store.saveSearchIndex([UInt8(k)], key: "other\(k)", policies: 1) }
        #expect(try store.withSearchIndex(key: key) { $0.count } == nil)
        #expect(try store.info().searchIndexes == PolicyStore.searchIndexesKept)
    }

    /// A store whose folder cannot be made (its parent is a file) is one warning, and no store.
    @Test func anUnwritableFolderWarnsOnce() throws {
        let scratch = Scratch()
        let blocker = scratch.write("cache", "not a folder")
        let warnings = Warnings()
        #expect(StoreOpener.open(blocker + "/policyscope/store.sqlite", warn: warnings.add) == nil)
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.contains("working from memory") == true)
    }

    /// A read-only folder (as a user other than root, who ignores permissions).
    @Test(.enabled(if: getuid() != 0)) func aReadOnlyFolderWarnsOnce() throws {
        let scratch = Scratch()
        let folder = scratch.folder + "/locked"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let warnings = Warnings()
        #expect(StoreOpener.open(folder + "/store.sqlite", warn: warnings.add) == nil)
        #expect(warnings.all.count == 1)
    }
}

@Suite struct StoreDamageTests {
    /// A stored body that does not decode is parsed again and overwritten, without a warning.
    @Test func aDamagedRowIsParsedAgain() async throws {
        let scratch = Scratch()
        let path = scratch.write("site.md", policyText("site.example", "We sell your data."))
        let store = try #require(scratch.open(warnings: Warnings()))
        _ = await StoredLoader.load([path], using: StoreUse(store, warn: { _ in }))
        try Database(path: scratch.storePath).prepare("UPDATE policies SET body = ?").run(.blob([0xFF, 0xFF]))
        let warnings = Warnings()
        for _ in 0..<2 {
            let loaded = await StoredLoader.load([path], using: StoreUse(store, warn: warnings.add))
            #expect(loaded.policies == (await PolicyLoader.load([path])).policies)
        }
        #expect(warnings.all.isEmpty)
        #expect(try Database(path: scratch.storePath).scalar("SELECT length(body) FROM policies") ?? 0 > 2)
    }

    /// Pages damaged behind an intact header are found part-way through a load: one warning,
    /// the file is set aside, the load still gives every policy, and the next open starts afresh.
    @Test func damageFoundPartWayIsSetAside() async throws {
        let scratch = Scratch()
        let paths = PolicyResources.seedFiles.map(\.path)
        do {
            let store = try #require(scratch.open(warnings: Warnings()))
            _ = await StoredLoader.load(paths, using: StoreUse(store, warn: { _ in }))
        }
        var bytes = [UInt8](FileManager.default.contents(atPath: scratch.storePath) ?? Data())
        let pageSize = 4096
        #expect(bytes.count > pageSize * 8)
        // The later pages: policy bodies, not the schema or the meta table (read at open).
        let firstDamaged = bytes.count / pageSize / 2 * pageSize
        for i in firstDamaged..<bytes.count { bytes[i] = 0xA5 }
        _ = FileManager.default.createFile(atPath: scratch.storePath, contents: Data(bytes))
        let warnings = Warnings()
        let store = try #require(scratch.open(warnings: warnings))
        let loaded = await StoredLoader.load(paths, using: StoreUse(store, warn: warnings.add))
        #expect(loaded.policies == (await PolicyLoader.load(paths)).policies)
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.contains("set aside as") == true && warnings.all.first?.contains("working from memory") == true, "\(warnings.all)")
        let fresh = try #require(scratch.open(warnings: Warnings()))
        let info = try fresh.info()
        let listing = (try? FileManager.default.contentsOfDirectory(atPath: (scratch.storePath as NSString).deletingLastPathComponent)) ?? []
        #expect(info.files == 0, "\(info) \(listing)")
    }
}
