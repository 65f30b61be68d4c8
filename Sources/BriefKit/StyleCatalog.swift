// Finding the shipped Styles/ and Reports/ folders from any working directory.

#if canImport(Glibc)
import Glibc
#endif

/// Where BriefKit's own resource folders are: `$BRIEFKIT_HOME`, then upwards from the running
/// executable (a build inside the checkout, or `PREFIX/share/briefkit`), then the checkout this
/// code was compiled from.
public enum ResourceLocator {
    /// The first existing `NAME` folder (e.g. "Styles") in the places above.
    package static func directory(_ name: String, compiledFrom file: String = #filePath) -> String? {
        var roots: [String] = []
        if let home = getenv("BRIEFKIT_HOME") { roots.append(String(cString: home)) }
        if let exe = executablePath() {
            var dir = parent(exe)
            while !dir.isEmpty && dir != "/" {
                roots.append(dir)
                roots.append(dir + "/share/briefkit")
                dir = parent(dir)
            }
        }
        // Sources/BriefKit/StyleCatalog.swift → the package root.
        roots.append(parent(parent(parent(file))))
        for root in roots where isDirectory(root + "/" + name) { return root + "/" + name }
        return nil
    }

    /// The extensions of style and template files, in the order a name looks for them.
    package static let fileExtensions = [".yaml", ".yml", ".json"]

    /// Whether `--style`/`--template`'s value is a path rather than a shipped name: it contains "/" or ends
    /// (in any case) in .yaml, .yml or .json. A path is taken from the working directory as given.
    public static func isPath(_ nameOrPath: String) -> Bool {
        let lower = nameOrPath.lowercased()
        return nameOrPath.contains("/") || fileExtensions.contains { lower.hasSuffix($0) }
    }

    /// The file of the shipped name `name` in the resource folder `folder` (e.g. "Styles"): NAME.yaml, else
    /// NAME.yml, else NAME.json.
    package static func file(named name: String, in folder: String) -> String? {
        guard let dir = directory(folder) else { return nil }
        return fileExtensions.lazy.map { dir + "/" + name + $0 }.first(where: isFile)
    }

    /// The names (without extension) of the .yaml, .yml and .json files in the resource folder `folder`, sorted.
    package static func names(in folder: String) -> [String] {
        guard let dir = directory(folder), let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: Set<String> = []
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            // Hidden files (editors' and briefkit's own temporary files) are not styles.
            guard !name.hasPrefix("."), let ext = fileExtensions.first(where: { name.hasSuffix($0) }) else { continue }
            names.insert(String(name.dropLast(ext.count)))
        }
        return names.sorted()
    }

    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func isDirectory(_ path: String) -> Bool {
        var s = stat()
        return stat(path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFDIR
    }

    static func isFile(_ path: String) -> Bool {
        var s = stat()
        return stat(path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFREG
    }
}

/// A style file could not be found by name.
public struct StyleNotFound: Error, CustomStringConvertible, Sendable {
    /// The name asked for.
    public var name: String
    /// The names of the shipped styles.
    public var available: [String]
    /// What went wrong, naming the styles there are.
    public var description: String {
        "no style named '\(name)'" + (available.isEmpty ? "" : " (available: \(available.joined(separator: ", ")))")
            + "; give a style name or the path of a style file (.yaml, .yml or .json)"
    }
}

/// The shipped styles and how `--style NAME|PATH` resolves.
public enum StyleCatalog {
    /// Style names in the shipped Styles/ folder, sorted.
    public static func names() -> [String] { ResourceLocator.names(in: "Styles") }

    /// Loads a style given as a path (contains "/" or ends in .yaml, .yml or .json, any case) or a shipped
    /// name (Styles/NAME.yaml, .yml or .json). The name "default" falls back to the built-in standard when no
    /// Styles/ folder can be found.
    ///
    /// - Parameter nameOrPath: A shipped style's name or the path of a style file.
    /// - Returns: The style, with the warnings (unknown keys) found in its file.
    /// - Throws: ``StyleNotFound`` for an unknown name; a located `BriefingLoadError` for a broken file.
    public static func load(_ nameOrPath: String) throws -> LoadedStyle {
        if ResourceLocator.isPath(nameOrPath) { return try StyleLoader.loadWithWarnings(path: nameOrPath) }
        if let path = ResourceLocator.file(named: nameOrPath, in: "Styles") {
            return try StyleLoader.loadWithWarnings(path: path)
        }
        if nameOrPath == "default" { return LoadedStyle(style: .standard) }
        throw StyleNotFound(name: nameOrPath, available: names())
    }
}
