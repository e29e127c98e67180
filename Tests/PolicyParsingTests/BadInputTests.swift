import Foundation
import Testing
import PolicyModel
@testable import PolicyParsing

/// Bad input never crashes and never passes silently: it loads, or gives one problem line.
@Suite("Bad input")
struct BadInputTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("policyscope-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func load(_ paths: [String]) async -> PolicyLoader.Result {
        await PolicyLoader.load(paths)
    }

    @Test func emptyBinaryAndNulFilesAreSkippedWithOneLineEach() async throws {
        let empty = try write("empty.md", [])
        let blank = try write("blank.md", Array("  \n\n ".utf8))
        let binary = try write("binary.md", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        let good = try write("good.md", Array("# Good\n\nText.\n".utf8))
        let result = await load([empty, blank, binary, good])
        #expect(result.policies.map(\.title) == ["Good"])
        #expect(result.problems.map(\.description) == [
            "\(empty): empty file, skipped",
            "\(blank): empty file, skipped",
            "\(binary): binary file (NUL byte at offset 4), skipped",
        ])
    }

    @Test func invalidUTF8LoadsWithAWarning() async throws {
        let path = try write("latin1.md", Array("# T\n\nCaf".utf8) + [0xE9, 0x20] + Array("ok.\n".utf8))
        let result = await load([path])
        #expect(result.policies.count == 1)
        #expect(result.policies[0].sections[0].blocks[0].text == "Caf\u{FFFD} ok.")
        #expect(result.problems.count == 1)
        #expect(result.problems[0].isError == false)
        #expect(result.problems[0].message.contains("invalid UTF-8 at byte 8"))
    }

    @Test func bomCRLFAndCROnlyLineEnds() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# BOM\r\n\r\nOne.\r\n\r\nTwo.\rThree.\r".utf8)
        let p = try PolicyParser.parse(bytes, file: "crlf.md").policy
        #expect(p.title == "BOM")
        #expect(p.sections[0].blocks.map(\.text) == ["One.", "Two. Three."])
    }

    @Test func utf16WithBOMIsDecoded() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + "# Hé\n\nText.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let result = try PolicyParser.parse(bytes, file: "u16.md")
        #expect(result.policy.title == "Hé")
        #expect(result.warnings == ["UTF-16 text converted to UTF-8"])
    }

    @Test func symlinksDanglingAndLooping() async throws {
        let fm = FileManager.default
        let dir = folder.appendingPathComponent("tree")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("# A\n\nText.\n".utf8).write(to: dir.appendingPathComponent("a.md"))
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("dangling.md").path, withDestinationPath: "nowhere.md")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("self.md").path, withDestinationPath: dir.appendingPathComponent("self.md").path)
        let result = await load([dir.path])
        #expect(result.policies.map(\.title) == ["A"])
        let messages = result.problems.map(\.description).sorted()
        #expect(messages == [
            "\(dir.path)/dangling.md: dangling symbolic link, skipped",
            "\(dir.path)/loop: symbolic link loop, skipped",
            "\(dir.path)/self.md: symbolic link loop, skipped",
        ])
    }

    /// A folder of more entries than ``FileDiscovery/parallelLookups`` is looked up on every
    /// core: the same files in the same order, each with its own size, and the same problems.
    @Test func aLargeFolderIsLookedUpInParallelWithTheSameResult() throws {
        let fm = FileManager.default
        let dir = folder.appendingPathComponent("large")
        try fm.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let count = FileDiscovery.parallelLookups + 100
        var expected: [(path: String, size: Int)] = []
        for k in 0..<count {
            let name = "p\(k).md", text = String(repeating: "x", count: k % 37 + 1)
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
            expected.append((dir.path + "/" + name, text.utf8.count))
        }
        try Data("# Sub\n".utf8).write(to: dir.appendingPathComponent("sub/inner.md"))
        try Data("skip".utf8).write(to: dir.appendingPathComponent("notes.json"))
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("dangling.md").path, withDestinationPath: "nowhere.md")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        expected.append((dir.path + "/sub/inner.md", 6))
        expected.sort { $0.path.dropFirst(dir.path.count + 1) < $1.path.dropFirst(dir.path.count + 1) }
        let found = PolicyLoader.discover([dir.path])
        #expect(found.files == expected.map(\.path))
        #expect(found.stamps.map(\.size) == expected.map(\.size))
        #expect(found.problems.map(\.description).sorted() == [
            "\(dir.path)/dangling.md: dangling symbolic link, skipped",
            "\(dir.path)/loop: symbolic link loop, skipped",
        ])
    }

    @Test func folderNamedLikeAFileIsWalked() async throws {
        let dir = folder.appendingPathComponent("x.md")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("# Inner\n\nText.\n".utf8).write(to: dir.appendingPathComponent("inner.md"))
        try Data("not a policy".utf8).write(to: dir.appendingPathComponent("notes.json"))
        let result = await load([dir.path, folder.appendingPathComponent("missing.md").path])
        #expect(result.policies.map(\.title) == ["Inner"])
        #expect(result.problems.map(\.message) == ["no such file or folder"])
    }

    @Test func aFolderWithNoPolicyFileSaysSoOnce() async throws {
        let fm = FileManager.default
        let empty = folder.appendingPathComponent("empty"), other = folder.appendingPathComponent("other")
        try fm.createDirectory(at: empty.appendingPathComponent("images"), withIntermediateDirectories: true)
        try fm.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: other.appendingPathComponent("notes.json"))
        try Data("# Hidden\n".utf8).write(to: other.appendingPathComponent(".hidden.md"))
        let result = await load([empty.path, other.path, empty.path])
        #expect(result.policies.isEmpty)
        #expect(result.problems.map(\.description) == [
            "\(empty.path): no .md, .markdown or .txt files in it",
            "\(other.path): no .md, .markdown or .txt files in it",
        ])
        #expect(result.problems.allSatisfy { $0.isError })
    }

    @Test func deepNestingManyHeadingsLongLinesAndUnbalancedMarkup() throws {
        let deep = (0..<2000).map { String(repeating: "  ", count: $0) + "- item \($0)\n" }.joined()
        let p1 = try parse(deep)
        #expect(p1.allBlocks.count == 2000)

        let headings = (0..<50_000).map { "## H \($0)\n\ntext \($0).\n\n" }.joined()
        let p2 = try parse(headings)
        #expect(p2.sectionCount == 50_000)

        let line = String(repeating: "word ", count: 1_000_000)
        let p3 = try parse(line)
        #expect(p3.wordCount == 1_000_000)

        let unbalanced = String(repeating: "**a *b [c ](", count: 10_000) + "\n"
        let p4 = try parse(unbalanced)
        #expect(p4.wordCount > 0)
    }

    /// The size comes from `fstat` before any byte is read (`FileReader`): a sparse file of
    /// 300 MiB (no disk blocks) is refused with one line naming the file and the limit, by the
    /// loader and by its `read` step (the store's loader reads through it).
    @Test func filesOverTheSizeLimitAreRefusedBeforeTheyAreRead() async throws {
        let path = folder.appendingPathComponent("huge.md").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("# Huge\n".utf8)))
        #expect(truncate(path, off_t(300 << 20)) == 0)
        let result = await load([path])
        #expect(result.policies.isEmpty)
        #expect(result.problems.map(\.description) == ["\(path): file too large (300 MiB; the limit is 256 MiB), skipped"])
        #expect(throws: LoadError.tooLarge(bytes: 300 << 20, limit: 256 << 20)) { try PolicyLoader.read(path) }
    }

    /// Bytes from elsewhere (a git history's blob) meet the same limit in the parser itself,
    /// so offsets into a document always fit 32 bits.
    @Test func theParserRefusesMoreThanAFileMayHold() {
        let limit = 256 << 20
        #expect(throws: LoadError.tooLarge(bytes: limit + 1, limit: limit)) {
            try PolicyParser.parse([UInt8](repeating: UInt8(ascii: "a"), count: limit + 1), file: "blob.md")
        }
    }

    @Test func aFileMetTwiceIsReadOnce() async throws {
        let fm = FileManager.default
        let dir = folder.appendingPathComponent("twice")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let a = dir.appendingPathComponent("a.md").path
        try Data("# A\n\nText.\n".utf8).write(to: URL(fileURLWithPath: a))
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("link.md").path, withDestinationPath: a)
        // The same path twice, the folder holding it, a link to it: one policy, no problem,
        // and the folder is not said to hold no policy file.
        let result = await load([a, a, dir.path, "\(dir.path)/./a.md"])
        #expect(result.policies.map(\.id) == ["a"])
        #expect(result.problems.isEmpty)
    }

    @Test func ids_are_unique_within_a_load() async throws {
        let a = try write("same.md", Array("# One\n\nText.\n".utf8))
        let sub = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("# Two\n\nText.\n".utf8).write(to: sub.appendingPathComponent("same.md"))
        let result = await load([a, sub.path])
        #expect(result.policies.map(\.id) == ["same", "same#2"])
    }
}
