import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Policies, file and folder names, a domain, and a git repository (paths and commit messages)
/// full of what must never reach a terminal as code: CSI, OSC 52 (clipboard) and OSC 8 (link),
/// DCS, C1 controls in UTF-8 and as raw Latin-1 bytes, and bidirectional embedding, override and
/// isolate controls; plus joiners (ZWJ, ZWNJ), which must stay. Made in a temporary folder.
struct HostileFixture {
    /// Escape sequences and controls, each a separate trap.
    static let csi = "\u{1B}[2J\u{1B}[31m"
    static let deviceQuery = "\u{1B}[6n"
    static let osc52 = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"
    static let osc8 = "\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\"
    static let dcs = "\u{1B}P1$qm\u{1B}\\"
    static let c1 = "\u{9B}31m\u{9D}0;title\u{9C}"
    static let bidi = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}"
    /// Joiners that must survive: a ZWJ emoji sequence and a ZWNJ in Persian.
    static let joiners = "👩\u{200D}💻 می\u{200C}خواهم"
    static let all = csi + deviceQuery + osc52 + osc8 + dcs + c1 + bidi

    let root: String
    /// Loose policy files and folders (no git).
    var files: String { root + "/files" }
    /// A git repository whose path and commit messages are hostile.
    var repository: String { root + "/repo" }
    /// The hostile policy's file (UTF-8 name), for commands that take a POLICY path.
    let policyFile: String
    /// The git document's path inside the repository (its name starts like a spreadsheet formula).
    static let gitPath = "=2+3 evil\u{1B}]52;c;ZXZpbA==\u{07}\u{202E}dir/Privacy\u{1B}[1mPolicy\u{9B}H\u{2067}.md"

    init(name: String) throws {
        root = NSTemporaryDirectory() + "policyscope-hostile-\(getpid())-\(name)"
        try? FileManager.default.removeItem(atPath: root)
        let folder = root + "/files/folder \(Self.osc8)\(Self.bidi)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        policyFile = folder + "/policy \(Self.csi)\(Self.c1)\u{202E}dm.md"
        try Data(Self.policy(Self.all).utf8).write(to: URL(fileURLWithPath: policyFile))
        // A name and a body with raw Latin-1 C1 bytes (0x9B CSI, 0x9D OSC), which are not UTF-8.
        var latin1 = Array("# Latin-1 \u{1B}[7m title ".utf8) + [0x9B] + Array("7m here\n\nWe collect your e-mail ".utf8)
        latin1 += [0x9D] + Array("0;owned".utf8) + [0x07, 0x9B] + Array("2J and share it.\n".utf8)
        try Self.write(latin1, toRawPath: Array((root + "/files/latin1 ").utf8) + [0x9B] + Array("1m.md".utf8))
        try Data("# Second policy\n\nWe collect your e-mail address.\n".utf8).write(to: URL(fileURLWithPath: root + "/files/second.md"))
        try makeRepository()
    }

    /// A policy with `hostile` in its corpus-header domain, title, section names and text.
    static func policy(_ hostile: String) -> String {
        """
        > *The following text is extracted and transformed from the ev\(osc52)il\(bidi).com privacy policy that was archived on 2020-01-02. Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/2020/\(csi)) for the most accurate reproduction.*

        # Privacy \(hostile) Policy

        We collect your e-mail address \(hostile) and share it with advertisers. \(joiners) stays.

        ## Section \(hostile) sharing

        We sell personal information to third parties \(hostile). See [the link \(osc8)](https://example.com/\(osc52)).

        ## Cookies \(c1)

        We use cookies \(bidi) and we keep data for 30 days.
        """
    }

    private func makeRepository() throws {
        try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
        try git(["init", "--quiet", "-b", "main"])
        let file = repository + "/" + Self.gitPath
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        for (n, (text, message)) in [(Self.policy("first"), "Add \(Self.all)"), (Self.policy(Self.all), "Update \(Self.osc52)\(Self.bidi) policy")].enumerated() {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            try git(["add", "-A"])
            try git(["commit", "--quiet", "--no-verify", "--cleanup=verbatim", "-m", message], date: "2021-0\(n + 3)-01T12:00:00Z")
        }
    }

    private func git(_ arguments: [String], date: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", repository, "-c", "user.name=Hostile \(Self.csi)", "-c", "user.email=h@example.com",
                             "-c", "core.quotepath=false", "-c", "commit.gpgsign=false"] + arguments
        var env = ProcessInfo.processInfo.environment
        if let date { env["GIT_AUTHOR_DATE"] = date; env["GIT_COMMITTER_DATE"] = date }
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Writes a file whose name is not UTF-8 (Foundation's paths are Strings).
    private static func write(_ bytes: [UInt8], toRawPath path: [UInt8]) throws {
        let fd = (path + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission) }
        defer { close(fd) }
        _ = bytes.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count) }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// What in `bytes` (a command's stdout or stderr) could drive a terminal or reorder text:
    /// any ESC, C0 control but line feed and tab, DEL, C1 control (UTF-8 or a raw byte), byte
    /// outside UTF-8, or bidirectional control. Empty when the output is inert text.
    static func problems(_ bytes: [UInt8]) -> [String] {
        var found: [String] = []
        for item in TerminalStream(bytes).items {
            switch item {
            case .text(let s):
                if (0x80...0x9F).contains(s.value) { found.append("C1 U+\(String(s.value, radix: 16))") }
                if TerminalStream.isBidiControl(s) { found.append("bidi U+\(String(s.value, radix: 16))") }
            case .control(let c) where c == 0x0A || c == 0x09:
                continue
            case .control(let c):
                found.append("control 0x\(String(c, radix: 16))")
            case .csi, .escape, .string:
                found.append("escape sequence \(item)")
            case .invalid(let b):
                found.append("byte 0x\(String(b, radix: 16)) outside UTF-8")
            }
        }
        return found
    }
}
