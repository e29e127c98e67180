import BrowserCore
import Foundation

#if DEBUG
/// A test hook compiled into debug builds only (`swift build`, `swift test`; never `-c release`):
/// when `POLICYSCOPE_TEST_CRASH_KEY` names a character, pressing it crashes the browser inside
/// its key loop, so the pty tests can check that a crash gives the terminal back. Release builds
/// have no such key, and a debug build has none unless that variable is set.
enum CrashHook {
    private static let key: Character? = ProcessInfo.processInfo.environment["POLICYSCOPE_TEST_CRASH_KEY"]?.first

    /// Traps when `pressed` is the hook's key.
    static func check(_ pressed: Key) {
        if let key, pressed == .char(key) { fatalError("POLICYSCOPE_TEST_CRASH_KEY pressed: crashing as the test asked") }
    }
}
#endif
