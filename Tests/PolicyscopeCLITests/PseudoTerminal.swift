#if canImport(Glibc)
import Foundation
import Glibc

/// A pseudo-terminal whose session leader is a job-control shell (`dash -m`) running one command
/// as its foreground job, as a terminal emulator and an interactive shell would: the job has a
/// process group of its own that owns the terminal, so `SIGTSTP` stops it and `fg` resumes it.
///
/// The shell writes the status it reports for the job (`$?`: 128 + N when signal N ended it) to
/// a file, so it survives a terminal that was closed. The harness keeps the slave side open to
/// read the terminal's modes (what `stty -g` prints) before and after. A non-interactive shell
/// leaves the modes alone (an interactive one would reset them after a job that was killed or
/// stopped, hiding what the program left). dash rather than bash: a non-interactive `bash -m`
/// ends its script when the job dies of SIGINT, trap or not.
final class PseudoTerminal {
    /// Why the harness could not start.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private var master: Int32
    private let slave: Int32
    private let shell: pid_t
    private let statusFile: String
    /// glibc's `POSIX_SPAWN_SETSID` (2.26 and later; `spawn.h` shows it only under `_GNU_SOURCE`).
    private static let spawnSetSID: Int32 = 0x80
    /// Every byte the terminal received, from the start.
    private(set) var output: [UInt8] = []

    /// The shell's script: run the command; while it is stopped (148, SIGTSTP), say so and resume
    /// it (`fg`) when a line arrives; then record its status. `ulimit -c 0`: SIGQUIT and crashes
    /// leave no core. A trapped SIGHUP lets the shell outlive a closed terminal long enough to
    /// record the status; a trapped SIGINT keeps the shell from acting as if the job's SIGINT were
    /// its own. Trapped signals are reset to their default actions in the job.
    private static let script = """
        ulimit -c 0
        trap 'hup=1' HUP
        trap 'int=1' INT
        "$@"; s=$?
        while [ "$s" -eq 148 ]; do
          printf '<<stopped %d>>' "$s"; read -r _; fg %% >/dev/null; s=$?
        done
        printf '%d' "$s" > "$PTY_STATUS_FILE"
        printf '<<exit %d>>' "$s"
        """

    /// Starts `command` (an executable and its arguments) on a new terminal of `columns` x `rows`.
    /// `statusFromInside`: a plain `dash` inside the job records the status, for a terminal that
    /// will be closed (the job-control shell may then fail to take the terminal back and end
    /// before it writes anything); that shell does not see a stop, so no `fg` then.
    init(_ command: [String], environment: [String: String], columns: Int = 100, rows: Int = 30, statusFromInside: Bool = false) throws {
        var m: Int32 = -1, s: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&m, &s, nil, nil, &size) == 0 else { throw Failure(description: "openpty: \(String(cString: strerror(errno)))") }
        master = m
        slave = s
        guard let name = ttyname(s) else { throw Failure(description: "ttyname failed") }
        let path = String(cString: name)
        statusFile = NSTemporaryDirectory() + "pty-status-\(getpid())-\(m)-\(UInt64.random(in: 0...UInt64.max))"
        unlink(statusFile)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session (so opening the slave makes it the controlling terminal), default signal
        // actions and an empty mask, whatever the test runner set for itself.
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, m)
        posix_spawn_file_actions_addclose(&actions, s)
        posix_spawn_file_actions_addopen(&actions, 0, path, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var env = environment
        env["PTY_STATUS_FILE"] = statusFile
        // The browser's deep pass (seconds of CPU in a debug build) unless a test asks for it.
        env["POLICYSCOPE_CLASSIFIER"] = env["POLICYSCOPE_CLASSIFIER"] ?? "fast"
        let recorder = ["dash", "-c", #""$@"; s=$?; printf '%d' "$s" > "$PTY_STATUS_FILE"; exit "$s""#, "dash"]
        let argv = ["dash", "-m", "-c", Self.script, "dash"] + (statusFromInside ? recorder : []) + command
        let envp = env.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let spawned = withCStrings(argv) { cargv in
            withCStrings(envp) { cenvp in
                posix_spawnp(&pid, "dash", &actions, &attributes, cargv, cenvp)
            }
        }
        guard spawned == 0 else {
            close(m); close(s)
            throw Failure(description: "cannot start dash: \(String(cString: strerror(spawned)))")
        }
        shell = pid
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if master >= 0 { close(master) }
        close(slave)
        if shell > 1 { kill(shell, SIGKILL) }
        var status: Int32 = 0
        waitpid(shell, &status, 0)
        unlink(statusFile)
    }

    /// The terminal's modes as `stty -g` prints them.
    var modes: TerminalModes? { TerminalModes(fd: slave) }

    /// The foreground process group: the job's process id while it runs in the foreground, or nil
    /// while the shell itself (or nothing known) is. Read on the master side: the slave is not
    /// this process's controlling terminal, so `tcgetpgrp` on it fails.
    var foreground: pid_t? {
        guard master >= 0 else { return nil }
        let group = tcgetpgrp(master)
        return group > 1 && group != shell && group != getpid() ? group : nil
    }

    /// Sends `signal` to the foreground job alone; false when there is none (never to a group,
    /// never to pid 0 or -1).
    @discardableResult
    func signalJob(_ signal: Int32) -> Bool {
        guard let job = foreground else { return false }
        return kill(job, signal) == 0
    }

    /// The shell's process id (the session leader).
    var shellID: pid_t { shell }

    /// Types `text` (bytes as a keyboard sends them).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// How much longer than asked a wait may take: 8 under ThreadSanitizer (the test process
    /// and the browser it starts run several times slower; its runtime is linked in when
    /// `__tsan_init` resolves), 1 otherwise. Waits poll for their condition, so a longer limit
    /// costs nothing when the program is on time.
    static let slowdown: Double = dlsym(nil, "__tsan_init") != nil ? 8 : 1

    /// Reads what has arrived, waiting up to `timeout` seconds for `condition` to hold; returns
    /// whether it did. Polls the terminal; never sleeps a fixed time.
    @discardableResult
    func wait(timeout: Double, until condition: (PseudoTerminal) -> Bool) -> Bool {
        let end = Date().addingTimeInterval(timeout * Self.slowdown)
        while true {
            pump(milliseconds: 0)
            if condition(self) { return true }
            let left = end.timeIntervalSinceNow
            if left <= 0 { return false }
            pump(milliseconds: Int32(min(50, left * 1000) + 1))
        }
    }

    /// Whether `text` arrived at or after byte `offset`.
    func received(_ text: String, after offset: Int = 0) -> Bool {
        let needle = Array(text.utf8)
        guard output.count >= offset + needle.count, !needle.isEmpty else { return needle.isEmpty }
        return output[offset...].firstRange(of: needle) != nil
    }

    /// How many times `text` has arrived (occurrences that do not overlap).
    func count(of text: String) -> Int {
        let needle = Array(text.utf8)
        guard !needle.isEmpty else { return 0 }
        var count = 0
        var from = 0
        while let r = output[from...].firstRange(of: needle) {
            count += 1
            from = r.upperBound
        }
        return count
    }

    /// The offset just past the last occurrence of `text`, or nil.
    func end(of text: String) -> Int? {
        let needle = Array(text.utf8)
        var last: Int?
        var from = 0
        while let r = output[from...].firstRange(of: needle) {
            last = r.upperBound
            from = r.lowerBound + 1
        }
        return last
    }

    /// Closes the terminal, as a terminal emulator does when its window closes.
    func hangUp() {
        guard master >= 0 else { return }
        close(master)
        master = -1
    }

    /// Waits up to `timeout` seconds for the shell to record the job's status and end; returns
    /// that status (`$?`), or nil if it did not end in time.
    func status(timeout: Double) -> Int32? {
        let end = Date().addingTimeInterval(timeout * Self.slowdown)
        var status: Int32 = 0
        while waitpid(shell, &status, WNOHANG) == 0 {
            if master >= 0 { pump(milliseconds: 20) } else { usleep(20_000) }
            if Date() > end { return nil }
        }
        if master >= 0 { pump(milliseconds: 0) }
        guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
        return Int32(text)
    }

    private func pump(milliseconds: Int32) {
        guard master >= 0 else { return }
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            output += buffer[0..<n]
        }
    }
}

/// A terminal's modes (termios), compared field by field and printed as `stty -g` does.
struct TerminalModes: Equatable, CustomStringConvertible {
    var input, output, control, local: UInt32
    var characters: [UInt8]

    init?(fd: Int32) {
        var t = termios()
        guard tcgetattr(fd, &t) == 0 else { return nil }
        input = t.c_iflag
        output = t.c_oflag
        control = t.c_cflag
        local = t.c_lflag
        characters = withUnsafeBytes(of: t.c_cc) { Array($0.prefix(Int(NCCS))) }
    }

    var description: String {
        ([input, output, control, local].map { String($0, radix: 16) } + characters.map { String($0, radix: 16) })
            .joined(separator: ":")
    }
}

/// Calls `body` with a NULL-terminated array of C strings.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}
#endif
