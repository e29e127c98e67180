import Foundation
import PolicyFuzzing
import Testing

/// Every input a fuzzer crashed on, minimised and kept in `Regressions/TARGET/`, runs through its
/// target again (a crash fails the whole test run, as it would the fuzzer).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

    /// `(target, file)` for each kept input.
    static let inputs: [(FuzzTarget, URL)] = {
        let fm = FileManager.default
        let targets = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return targets.flatMap { name -> [(FuzzTarget, URL)] in
            guard let target = FuzzTarget(rawValue: name) else { return [] }
            let dir = folder.appendingPathComponent(name)
            let files = ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            return files.map { (target, dir.appendingPathComponent($0)) }
        }
    }()

    @Test func everyFolderNamesATarget() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") && $0 != "README.md" }
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { FuzzTarget(rawValue: $0) != nil }, "\(names)")
    }

    @Test(arguments: inputs.map { "\($0.0.rawValue)/\($0.1.lastPathComponent)" })
    func replays(input: String) throws {
        let url = Self.folder.appendingPathComponent(input)
        let target = try #require(FuzzTarget(rawValue: url.deletingLastPathComponent().lastPathComponent))
        target.run(Array(try Data(contentsOf: url)))
    }
}
