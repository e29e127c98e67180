import Foundation
import PolicyResources
import PolicyStore
import Testing

@Suite struct BlobIDTests {
    /// `git hash-object` of the file at `path`.
    private func gitHashObject(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["hash-object", path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git")))
    func matchesGitHashObject() throws {
        let scratch = Scratch()
        let files = [
            scratch.write("empty.txt", ""),
            scratch.write("nul.bin", "a\0b\u{00e9}\n"),
        ] + PolicyResources.seedFiles.map(\.path)
        for path in files {
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            #expect(BlobID.of(bytes) == (try gitHashObject(path)), "\(path)")
        }
        // The well-known id of the empty blob.
        #expect(BlobID.of([]) == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
    }
}
