import Foundation
import PolicyDeep
import Testing

/// A deep model file that is not one, or is cut short, or holds the wrong shapes, is refused
/// with a one-line message naming it.
@Suite struct WeightFileTests {
    static func fixture() throws -> Data { try Data(contentsOf: Fixtures.url("tiny-f32.bin")) }

    @Test func readsTheFixture() throws {
        let file = try WeightFile(data: Self.fixture(), file: "tiny.bin")
        #expect(file.metadata.config.hidden == 32 && file.metadata.config.layers == 2)
        #expect(file.metadata.categories.count == 12)
        #expect(file.metadata.blend == nil)
        #expect(try file.floats("head.bias", shape: [12]).count == 12)
    }

    @Test func badMagic() throws {
        var data = try Self.fixture()
        data[0] = UInt8(ascii: "X")
        #expect(throws: DeepModelError.badMagic(file: "m.bin")) { try WeightFile(data: data, file: "m.bin") }
        #expect(DeepModelError.badMagic(file: "m.bin").description.hasPrefix("m.bin: not a policyscope deep model"))
    }

    @Test func truncatedData() throws {
        let data = try Self.fixture()
        #expect(throws: DeepModelError.self) { try WeightFile(data: data.prefix(10), file: "m.bin") }
        do {
            _ = try WeightFile(data: data.prefix(data.count - 100), file: "m.bin")
            Issue.record("a truncated file was read")
        } catch {
            guard case .truncated(file: "m.bin", what: let what) = error else { Issue.record("\(error)"); return }
            #expect(what.hasPrefix("tensor "))
            #expect(!error.description.contains("\n"))
        }
    }

    /// The intermediate weight's shape written transposed (same byte count, same header length).
    @Test func wrongShapeIsNamed() throws {
        var data = try Self.fixture()
        let name = "encoder.layer.1.intermediate.dense.weight"
        let entry = Data("\"name\":\"\(name)\",\"dtype\":\"f32\",\"shape\":[64,32]".utf8)
        let range = try #require(data.firstRange(of: entry))
        data.replaceSubrange(range, with: Data("\"name\":\"\(name)\",\"dtype\":\"f32\",\"shape\":[32,64]".utf8))
        #expect(throws: DeepModelError.wrongShape(file: "m.bin", name: name, expected: [64, 32], found: [32, 64])) {
            try DeepModel(WeightFile(data: data, file: "m.bin"))
        }
        #expect(DeepModelError.wrongShape(file: "m.bin", name: name, expected: [64, 32], found: [32, 64]).description
            == "m.bin: tensor \(name) has shape 32x64, expected 64x32")
    }

    @Test func missingFileNamesIt() {
        #expect(throws: DeepModelError.self) { try DeepModel(contentsOf: URL(fileURLWithPath: "/nonexistent/deep.bin")) }
        do {
            _ = try DeepModel(contentsOf: URL(fileURLWithPath: "/nonexistent/deep.bin"))
        } catch {
            #expect(error == .missing(file: "/nonexistent/deep.bin"))
            #expect(error.description.contains("make deep-model"))
        }
    }
}
