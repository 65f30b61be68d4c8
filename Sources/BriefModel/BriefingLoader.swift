// The public entry point for briefing files: read a path or bytes, get a checked `Briefing` or located errors.

import Foundation
import Yams

/// A briefing read from a file, with the warnings (unknown fields and the like) found on the way.
public struct LoadedBriefing: Sendable {
    /// The checked content.
    public var briefing: Briefing
    /// Problems that did not refuse the file, in file order.
    public var warnings: [Diagnostic]
    /// Where each top-level key (`timelines`, `pillars`, …) was written, for problems found after reading, such
    /// as a command asking for a timeline the file does not have.
    package var places: [String: FilePlace]
    /// The other files it was read from (a timeline's CSV of events), as paths from the working directory.
    package var dataFiles: [String] = []

    /// A loaded briefing.
    package init(briefing: Briefing, warnings: [Diagnostic] = [], places: [String: FilePlace] = [:]) {
        self.briefing = briefing; self.warnings = warnings; self.places = places
    }

    /// An error about the top-level `key`, at the place it was written, or about the whole `file` when the
    /// file has no such key.
    package func problem(with key: String, file: String, _ message: String) -> Diagnostic {
        let place = places[key]
        return Diagnostic(file: file, line: place?.line ?? 0, column: place?.column ?? 0,
                          path: place == nil ? "" : key, message: message)
    }
}

/// Reads briefing files (briefing-format.md) from YAML or JSON.
///
/// Every problem is a `Diagnostic` with file, line, column and field path. Errors refuse the file with a
/// `BriefingLoadError` that lists up to `BriefingLoadError.limit` of them in file order; unknown fields are
/// warnings in `LoadedBriefing.warnings`.
///
/// Choices the contract leaves open:
/// - A line break in `title` is an error (a folded or literal block's one final line break is dropped first).
/// - A timeline without `id` gets `timeline-N`, N counting timelines from 1 in file order; such an id must
///   still be unique.
/// - An outcome without `kind` is `.other`. Optional text that is null or `""` reads as absent.
/// - Only `true`/`false` (any of `True`, `TRUE`, …, unquoted) are booleans; `yes`, `on` or `"true"` are errors.
/// - Keys that are aliases or lists/mappings are refused in files that use aliases (see `ComplexKeyScan`), and a
///   walk visiting more than 1,000,000 nodes is refused: together these stop alias bombs.
/// - YAML merge keys (`<<`) are not supported: they are reported as unknown fields.
public enum BriefingLoader {
    /// Reads and decodes the file at `path`; JSON when its extension is `.json` (any case), YAML otherwise.
    /// The path is used as written in diagnostics.
    ///
    /// - Parameter path: The briefing file.
    /// - Returns: The checked briefing and the warnings found on the way.
    /// - Throws: ``BriefingLoadError`` listing every problem with its file, line, column and field path.
    public static func load(path: String) throws -> LoadedBriefing {
        let bytes = try FileReading.read(path: path)
        return try decode(bytes: bytes, file: path, json: FileReading.isJSON(path))
    }

    /// Decodes a briefing from the bytes of a file called `file` (used only in diagnostics).
    ///
    /// - Parameters:
    ///   - bytes: The file's contents, UTF-8 (a byte-order mark is allowed).
    ///   - file: The name diagnostics give the file.
    ///   - json: True to read JSON (stricter: no YAML-only syntax), false for YAML.
    /// - Throws: ``BriefingLoadError`` listing every problem with its line, column and field path.
    public static func decode(bytes: [UInt8], file: String, json: Bool) throws -> LoadedBriefing {
        try decode(bytes: bytes, file: file, json: json, maximumNodes: NodeReader.maximumNodes)
    }

    /// Decodes a briefing from `text`, as if read from a file called `file` (used only in diagnostics); JSON when
    /// `json` says so, or when it is nil and `file` ends in `.json`.
    public static func decode(text: String, file: String = "briefing.yaml", json: Bool? = nil) throws -> LoadedBriefing {
        try decode(bytes: Array(text.utf8), file: file, json: json ?? FileReading.isJSON(file))
    }

    /// Decodes a briefing from `data`, as if read from a file called `file` (used only in diagnostics); JSON when
    /// `json` says so, or when it is nil and `file` ends in `.json`.
    public static func decode(data: Data, file: String = "briefing.yaml", json: Bool? = nil) throws -> LoadedBriefing {
        try decode(bytes: [UInt8](data), file: file, json: json ?? FileReading.isJSON(file))
    }

    /// `decode(bytes:file:json:)` with a different node budget (tests use a small one).
    static func decode(bytes: [UInt8], file: String, json: Bool, maximumNodes: Int) throws -> LoadedBriefing {
        let root = try YAMLInput.compose(bytes: bytes, file: file, json: json,
                                         expected: "a mapping with at least a title")
        var dataFiles: [String] = []
        let walked = try NodeReader.walk(file, maximumNodes: maximumNodes) { reader in
            defer { dataFiles = reader.dataFiles }
            return try BriefingDecoder(reader: reader).decode(root)
        }
        var places: [String: FilePlace] = [:]
        if case .mapping(let mapping) = root {
            for case (.scalar(let key), _) in mapping {
                places[key.string] = FilePlace(file: file, line: key.mark?.line ?? 0, column: key.mark?.column ?? 0)
            }
        }
        var loaded = LoadedBriefing(briefing: walked.value, warnings: walked.warnings, places: places)
        loaded.dataFiles = dataFiles
        return loaded
    }
}
