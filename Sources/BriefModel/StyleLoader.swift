// The public entry point for style files: read Styles/*.yaml over `Style.standard` or the style it extends.

import Foundation
import Yams

/// A style read from a file, with the warnings (unknown keys) found on the way.
public struct LoadedStyle: Sendable {
    /// The checked style.
    public var style: Style
    /// Problems that did not refuse the file, in file order (the extended file's first).
    public var warnings: [Diagnostic]
    /// The files read, as their paths were given or found: the style's own first, then those it extends, in
    /// order (empty for the built-in style). A program writing output checks it replaces none of them.
    package var files: [String]
    /// Where the style's `fontFamily` was set (in its own file or one it extends); nil when it is the built-in's.
    package var fontFamilyPlace: FilePlace?

    /// A loaded style.
    package init(style: Style, warnings: [Diagnostic] = [], files: [String] = [], fontFamilyPlace: FilePlace? = nil) {
        self.style = style; self.warnings = warnings; self.files = files; self.fontFamilyPlace = fontFamilyPlace
    }
}

/// A place in an input file, for messages about a value read there.
package struct FilePlace: Sendable, Hashable {
    /// The file as named.
    package var file: String
    /// 1-based line; 0 when unknown.
    package var line: Int
    /// 1-based column; 0 when unknown.
    package var column: Int

    /// A place.
    package init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
}

/// Reads style files (format in Styles/README.md). Every key is optional: a key the file leaves out comes from
/// the style named by `extends` (another file in the same folder, by name: no '/' or '..'), or from `Style.standard` when there is no
/// `extends` or it names `default` and no `default.yaml` sits next to the file. Errors are `BriefingLoadError`s
/// holding located `Diagnostic`s, as for briefing files.
package enum StyleLoader {
    /// The most `extends` steps followed before giving up.
    package static let maximumExtendsDepth = 16

    /// Reads the style file at `path` (JSON when it ends in `.json`).
    package static func load(path: String) throws -> Style {
        try loadWithWarnings(path: path).style
    }

    /// Decodes a style from the bytes of the file `file`; `extends` is looked up in `file`'s folder.
    package static func decode(bytes: [UInt8], file: String) throws -> Style {
        try decodeWithWarnings(bytes: bytes, file: file).style
    }

    /// Like `load(path:)`, also returning warnings.
    package static func loadWithWarnings(path: String) throws -> LoadedStyle {
        try decode(bytes: FileReading.read(path: path), file: path, chain: [])
    }

    /// Like `decode(bytes:file:)`, also returning warnings.
    package static func decodeWithWarnings(bytes: [UInt8], file: String) throws -> LoadedStyle {
        try decode(bytes: bytes, file: file, chain: [])
    }

    private static func decode(bytes: [UInt8], file: String, chain: [String]) throws -> LoadedStyle {
        let root = try YAMLInput.compose(bytes: bytes, file: file, json: FileReading.isJSON(file),
                                         expected: "a mapping of style keys")
        let reader = NodeReader(file: file)
        var base = LoadedStyle(style: .standard)
        if let parent = StyleDecoder.extendsName(root) {
            base = try extended(parent.name, mark: parent.mark, from: file, chain: chain + [normalized(file)])
        }
        var style: Style? = nil
        do {
            style = try StyleDecoder(reader: reader).decode(root, over: base.style, defaultName: baseName(file))
        } catch is StopReading {
            style = nil
        }
        let errors = reader.sortedErrors()
        guard errors.isEmpty, let style else {
            throw BriefingLoadError(errors: errors, warnings: base.warnings + reader.sortedWarnings(),
                                    truncated: reader.truncated)
        }
        var place = base.fontFamilyPlace
        if case .mapping(let mapping) = root, let node = mapping["fontFamily"], case .scalar(let scalar) = node,
           !scalar.string.isEmpty {
            place = FilePlace(file: file, line: scalar.mark?.line ?? 0, column: scalar.mark?.column ?? 0)
        }
        return LoadedStyle(style: style, warnings: base.warnings + reader.sortedWarnings(), files: [file] + base.files,
                           fontFamilyPlace: place)
    }

    /// The style `name` (a file next to `file`) that a style extends.
    private static func extended(_ name: String, mark: Mark?, from file: String, chain: [String]) throws -> LoadedStyle {
        func fail(_ message: String) -> BriefingLoadError {
            BriefingLoadError(errors: [Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0,
                                                  path: "extends", message: message)])
        }
        // Only a name: a path could reach any file on the system (README: "a file in the same folder").
        if name.contains("/") || name.contains("\\") || name == "." || name == ".." {
            throw fail("'\(name)' is not a style name: `extends` names a style in the same folder as this file, "
                       + "without '/' or '..' (e.g. extends: print)")
        }
        let folder = (file as NSString).deletingLastPathComponent
        let hasExtension = [".yaml", ".yml", ".json"].contains { name.lowercased().hasSuffix($0) }
        let candidates = hasExtension ? [name] : [name + ".yaml", name + ".yml", name + ".json"]
        let paths = candidates.map { folder.isEmpty ? $0 : (folder as NSString).appendingPathComponent($0) }
        guard let path = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            if name == "default" { return LoadedStyle(style: .standard) }
            throw fail("no style '\(name)' next to this file (looked for \(paths.joined(separator: ", ")))")
        }
        if chain.contains(normalized(path)) {
            let loop = (chain + [normalized(path)]).map(baseName).joined(separator: " → ")
            throw fail("style '\(name)' extends itself in a loop (\(loop))")
        }
        if chain.count >= maximumExtendsDepth {
            throw fail("more than \(maximumExtendsDepth) styles extend one another")
        }
        do {
            return try decode(bytes: FileReading.read(path: path), file: path, chain: chain)
        } catch let error as BriefingLoadError {
            var errors = error.errors
            errors.insert(Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, path: "extends",
                                     message: "the style '\(name)' it extends (\(path)) has errors"), at: 0)
            throw BriefingLoadError(errors: errors, warnings: error.warnings, truncated: error.truncated)
        }
    }

    private static func normalized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func baseName(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
