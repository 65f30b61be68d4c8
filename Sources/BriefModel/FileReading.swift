// Reads an input file's bytes with a size cap, turning I/O failures into Diagnostics.

import Foundation

enum FileReading {
    /// Whether `path` names a JSON file (by its extension, case-insensitive).
    static func isJSON(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".json")
    }

    /// The file's bytes; a `BriefingLoadError` when it is missing, a directory, unreadable or too large.
    static func read(path: String) throws -> [UInt8] {
        func fail(_ message: String) -> BriefingLoadError {
            BriefingLoadError(errors: [Diagnostic(file: path, line: 0, column: 0, path: "", message: message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fail("no such file")
        }
        if isDirectory.boolValue { throw fail("is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail("cannot be read (permission denied?)") }
        defer { try? handle.close() }
        do {
            // Read one byte more than the cap so an oversized file is refused without reading all of it.
            let data = try handle.read(upToCount: TextCheck.maximumBytes + 1) ?? Data()
            if data.count > TextCheck.maximumBytes {
                throw fail("file is too large (more than \(TextCheck.maximumBytes) bytes)")
            }
            return [UInt8](data)
        } catch let error as BriefingLoadError {
            throw error
        } catch {
            throw fail("cannot be read: \(error.localizedDescription)")
        }
    }
}
