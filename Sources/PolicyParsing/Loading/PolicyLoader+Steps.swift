import PolicyModel

/// The loader's steps one by one, for loaders that keep results between runs (PolicyStore):
/// the same discovery, reading and id rules as ``PolicyLoader/load(_:progress:)``.
extension PolicyLoader {
    /// The policy files under `paths`, in load order, with the stamp each had when found, and
    /// the paths that gave none.
    public static func discover(_ paths: [String]) -> (files: [String], stamps: [FileStamp], problems: [LoadProblem]) {
        let found = FileDiscovery.discover(paths)
        return (found.files, found.stamps, found.problems)
    }

    /// A file's bytes, with the loader's limits (size, regular file).
    public static func read(_ path: String) throws(LoadError) -> [UInt8] {
        try FileReader.contents(of: path)
    }
}

extension PolicyLoader.Result {
    /// A result assembled by another loader.
    public static func assembled(policies: [Policy], problems: [LoadProblem]) -> Self {
        Self(policies: policies, problems: problems)
    }
}
