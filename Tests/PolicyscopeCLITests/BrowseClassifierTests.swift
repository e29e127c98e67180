import Foundation
import Testing
@testable import policyscope

/// Which classifier the browser's practices use: `--classifier`, else `POLICYSCOPE_CLASSIFIER`,
/// else deep when the deep model file is there.
@Suite struct BrowseClassifierTests {
    private func choice(_ arguments: [String], _ environment: [String: String] = [:]) throws -> ClassifierChoice {
        try BrowseCommand.parse(arguments).classifierOptions(environment: environment).classifier
    }

    @Test func theOptionThenTheEnvironmentThenTheInstalledModelDecide() throws {
        let tiny = DeepClassifyCLITests.blended
        let missing = NSTemporaryDirectory() + "policyscope-no-such-model-\(UUID().uuidString).bin"
        #expect(try choice(["--deep-model", tiny]) == .deep, "installed: deep")
        #expect(try choice(["--deep-model", missing]) == .fast, "not installed: fast")
        #expect(try choice(["--deep-model", tiny], ["POLICYSCOPE_CLASSIFIER": "fast"]) == .fast)
        #expect(try choice(["--deep-model", tiny, "--classifier", "fast"], ["POLICYSCOPE_CLASSIFIER": "deep"]) == .fast)
        #expect(try choice(["--deep-model", tiny], ["POLICYSCOPE_CLASSIFIER": "nonsense"]) == .deep, "an unknown value is ignored")
        #expect(throws: (any Error).self, "an explicit deep whose model does not load fails before the screen opens") {
            try choice(["--classifier", "deep", "--deep-model", missing])
        }
    }
}
