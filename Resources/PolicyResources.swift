import Foundation

/// Files bundled with policyscope: the seed policies opened when no path is given, and the
/// trained OPP-115 classifier model.
///
/// This is the one Swift file in `Resources/`; everything else here is data.
public enum PolicyResources {
    /// The folder of bundled seed policies (`lithium.com.md`, ...).
    public static var seedsDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("seeds", isDirectory: true)
    }

    /// The bundled seed policy files, sorted by name.
    public static var seedFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
            .map { seedsDirectory.appendingPathComponent($0) }
    }

    /// The folder holding the shipped classifier model.
    public static var modelDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("model", isDirectory: true)
    }
}
