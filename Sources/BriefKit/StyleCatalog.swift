// Finding the shipped Styles/ and Reports/ folders from any working directory.

#if canImport(Glibc)
import Glibc
#endif

/// Where BriefKit's own resource folders are: `$BRIEFKIT_HOME`, then upwards from the running
/// executable (a build inside the checkout, or `PREFIX/share/briefkit`), then the checkout this
/// code was compiled from.
public enum ResourceLocator {
    /// The first existing `NAME` folder (e.g. "Styles") in the places above.
    public static func directory(_ name: String, compiledFrom file: String = #filePath) -> String? {
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

    /// The names (without ".yaml") of the YAML files in the resource folder `folder`, sorted.
    public static func yamlNames(in folder: String) -> [String] {
        guard let dir = directory(folder), let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".yaml") { names.append(String(name.dropLast(5))) }
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
    public var name: String
    public var available: [String]
    public var description: String {
        "no style named '\(name)'" + (available.isEmpty ? "" : " (available: \(available.joined(separator: ", ")))")
            + "; give a style name or the path of a .yaml style file"
    }
}

/// The shipped styles and how `--style NAME|PATH` resolves.
public enum StyleCatalog {
    /// Style names in the shipped Styles/ folder, sorted.
    public static func names() -> [String] { ResourceLocator.yamlNames(in: "Styles") }

    /// Loads a style given as a path (contains "/" or ends in .yaml/.yml) or a shipped name. The name
    /// "default" falls back to the built-in standard when no Styles/ folder can be found.
    public static func load(_ nameOrPath: String) throws -> LoadedStyle {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            return try StyleLoader.loadWithWarnings(path: nameOrPath)
        }
        if let dir = ResourceLocator.directory("Styles"), ResourceLocator.isFile(dir + "/" + nameOrPath + ".yaml") {
            return try StyleLoader.loadWithWarnings(path: dir + "/" + nameOrPath + ".yaml")
        }
        if nameOrPath == "default" { return LoadedStyle(style: .standard) }
        throw StyleNotFound(name: nameOrPath, available: names())
    }
}
