// Helpers for model tests: the package root, decoding inline text, and scratch folders.

import Foundation
@testable import BriefModel

enum Fixture {
    /// The package root, found from this file's path (Tests/BriefModelTests/TestHelpers.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path under the package root.
    static func path(_ relative: String) -> String { packageRoot.appendingPathComponent(relative).path }

    /// Decodes inline YAML (or JSON) as if read from `file`.
    static func decode(_ text: String, file: String = "t.yaml", json: Bool = false) throws -> LoadedBriefing {
        try BriefingLoader.decode(bytes: Array(text.utf8), file: file, json: json)
    }

    /// The error lines for bytes that must be refused; empty when they were accepted.
    static func errors(bytes: [UInt8], file: String = "t.yaml", json: Bool = false) -> [String] {
        do {
            _ = try BriefingLoader.decode(bytes: bytes, file: file, json: json)
            return []
        } catch let error as BriefingLoadError {
            return error.errors.map(\.description)
        } catch {
            return ["unexpected error type: \(error)"]
        }
    }

    /// The error lines for text that must be refused.
    static func errors(_ text: String, file: String = "t.yaml", json: Bool = false) -> [String] {
        errors(bytes: Array(text.utf8), file: file, json: json)
    }

    /// The warning lines of text that must be accepted (or ["refused: …"]).
    static func warnings(_ text: String, file: String = "t.yaml") -> [String] {
        do {
            return try decode(text, file: file).warnings.map(\.description)
        } catch {
            return ["refused: \(error)"]
        }
    }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefmodel-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
