import Foundation

extension ClassifierModel {
    /// Reads a model written by `save(to:)` (see `ModelFileFormat` for the layout).
    public static func load(from url: URL) throws(ClassifierError) -> ClassifierModel {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? error.localizedDescription : "no such file"
            throw .fileNotReadable(path: url.path, reason: reason)
        }
        return try ModelFileFormat.decode([UInt8](data), path: url.path)
    }

    /// The model file's bytes.
    public func serialized() -> [UInt8] { ModelFileFormat.encode(self) }

    /// Writes the model atomically to `url`.
    public func save(to url: URL) throws(ClassifierError) {
        do {
            try Data(serialized()).write(to: url, options: .atomic)
        } catch {
            throw .fileNotWritable(path: url.path, reason: error.localizedDescription)
        }
    }
}
