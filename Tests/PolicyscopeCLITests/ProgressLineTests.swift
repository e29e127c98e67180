import Testing
@testable import policyscope

@Suite struct ProgressLineTests {
    @Test func showsFilesRateAndTimeLeft() {
        // 30 of 120 files, 15 MiB in 3 s: 5.0 MB/s, and 90 files at 0.1 s each left.
        #expect(ProgressLine.text("parsing", done: 30, total: 120, bytes: 15 * 1_048_576, seconds: 3)
                == "parsing 30/120 files  5.0 MB/s  0:09 left")
        #expect(ProgressLine.text("parsing", done: 0, total: 10, bytes: 0, seconds: 0) == "parsing 0/10 files  0.0 MB/s  0:00 left")
    }
}
