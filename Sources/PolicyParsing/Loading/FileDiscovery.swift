import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PolicyModel

/// Expands the paths a user gave into the policy files to read.
///
/// Folders are walked recursively (hidden entries skipped) and keep only `.md`, `.markdown`
/// and `.txt` files; a file named on the command line is read whatever its extension.
/// Symbolic links are followed, but a folder already visited (by device and inode) is not
/// entered twice, so link loops end, and a file already found (by device and inode: the same
/// path given twice, a file inside a folder also given, a link to it) is read once. A folder
/// named on the command line that gives no file and no problem is itself a problem
/// (``LoadError/noPolicyFiles``).
enum FileDiscovery {
    static let extensions: Set<String> = ["md", "markdown", "txt"]
    private static let extensionBytes: Set<[UInt8]> = Set(extensions.map { Array($0.utf8) })

    struct Found {
        var files: [String] = []
        /// Each file's stamp, from the `stat` that found it.
        var stamps: [FileStamp] = []
        var problems: [LoadProblem] = []
        /// Policy files met, a file met again included.
        var met = 0
    }

    static func discover(_ paths: [String]) -> Found {
        var found = Found()
        var visited = Set<FileID>()
        for path in paths {
            visit(path, explicit: true, found: &found, visited: &visited)
        }
        return found
    }

    /// A folder or file by (device, inode).
    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// `directory`: an open descriptor of the folder that holds `path` and `name`, the entry's
    /// name in it, so that `stat` looks up one name rather than the whole path.
    /// `known`: what `stat` gave for it already (the entries of a large folder are looked up
    /// on every core first).
    private static func visit(
        _ path: String, explicit: Bool, found: inout Found, visited: inout Set<FileID>, in directory: (fd: Int32, name: String)? = nil,
        known: Looked? = nil
    ) {
        let looked = known ?? look(path, in: directory)
        let info = looked.info
        if looked.error != 0 {
            let error = looked.error
            var linkInfo = stat()
            let isLink = lstat(path, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK
            let problem: LoadError = switch error {
            case ELOOP: .symlinkLoop
            case ENOENT where isLink: .danglingSymlink
            case ENOENT: .notFound
            default: .unreadable(reason: String(cString: strerror(error)))
            }
            if explicit || isLink { found.problems.append(LoadProblem(path: path, message: problem.description, isError: true)) }
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            guard visited.insert(id).inserted else {
                var linkInfo = stat()
                if lstat(path, &linkInfo) == 0, (linkInfo.st_mode & S_IFMT) == S_IFLNK {
                    found.problems.append(LoadProblem(path: path, message: LoadError.symlinkLoop.description, isError: true))
                }
                return
            }
            guard let entries = listDirectory(path) else {
                found.problems.append(LoadProblem(path: path, message: LoadError.unreadable(reason: String(cString: strerror(errno))).description, isError: true))
                return
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            let before = (found.met, found.problems.count)
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer { if fd >= 0 { close(fd) } }
            let names = entries.sorted().filter { !$0.hasPrefix(".") }
            let looked = fd >= 0 && names.count >= parallelLookups ? lookAll(names, in: fd) : nil
            for (k, name) in names.enumerated() {
                visit(base + name, explicit: false, found: &found, visited: &visited, in: fd >= 0 ? (fd, name) : nil, known: looked?[k])
            }
            if explicit, (found.met, found.problems.count) == before {
                found.problems.append(LoadProblem(path: path, message: LoadError.noPolicyFiles.description, isError: true))
            }
        case S_IFREG:
            guard explicit || hasPolicyExtension(path) else { return }
            found.met += 1
            if visited.insert(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted {
                found.files.append(path)
                found.stamps.append(FileStamp(info))
            }
        default:
            if explicit { found.problems.append(LoadProblem(path: path, message: LoadError.notARegularFile.description, isError: true)) }
        }
    }

    /// What `stat` gave: the file's information, or the error (0: none).
    struct Looked {
        var info = stat()
        var error: Int32 = 0
    }

    /// Entries of one folder from which they are looked up on every core.
    static let parallelLookups = 512

    /// `stat` of `path`, or of `directory.name` inside the open folder.
    private static func look(_ path: String, in directory: (fd: Int32, name: String)?) -> Looked {
        var looked = Looked()
        let failed = if let directory { fstatat(directory.fd, directory.name, &looked.info, 0) != 0 } else { stat(path, &looked.info) != 0 }
        if failed { looked.error = errno }
        return looked
    }

    /// `stat` of each of `names` inside the open folder `fd`, in chunks on every core.
    private static func lookAll(_ names: [String], in fd: Int32) -> [Looked] {
        let results = UnsafeMutableBufferPointer<Looked>.allocate(capacity: names.count)
        results.initialize(repeating: Looked())
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        let chunk = 256
        DispatchQueue.concurrentPerform(iterations: (names.count + chunk - 1) / chunk) { c in
            for k in (c * chunk)..<min(names.count, (c + 1) * chunk) { slots[k] = look("", in: (fd, names[k])) }
        }
        return Array(results)
    }

    static func hasPolicyExtension(_ path: String) -> Bool {
        // An ASCII extension (nearly all) compared as bytes, any case.
        var ext: [UInt8] = []
        for byte in path.utf8.reversed() {
            if byte == UInt8(ascii: ".") {
                guard !ext.isEmpty, ext.count < 9, ext.allSatisfy({ $0 < 0x80 }) else { break }
                return extensionBytes.contains(ext.reversed().map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
            }
            if byte == UInt8(ascii: "/") || ext.count >= 9 { break }
            ext.append(byte)
        }
        guard let name = PathComponents.name(of: path), let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func listDirectory(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        // An entry is only as long as its name (`d_reclen`): the name is read where it lies, up to
        // its NUL, never copied as the whole `d_name` array (AddressSanitizer: a read past the
        // record, and past the end of readdir's buffer for its last entry).
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(dir) {
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
