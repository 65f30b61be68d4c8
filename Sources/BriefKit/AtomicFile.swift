// Writing output so that a failure never leaves a partial or clobbered file: temporary file, then rename.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file could not be written; the message names the path and the system's reason.
public struct FileWriteError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}

/// Atomic whole-file writes.
public enum AtomicFile {
    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
    /// On any failure the temporary file is removed and `path` is left as it was. No fsync: the rename already
    /// keeps a crashed or failed run from leaving a partial file, and a flush to disk costs more than the whole
    /// drawing (0.7 ms here, at times 80 ms) for the sake of surviving a power cut within seconds of the write.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw FileWriteError(path: path, reason: "the path names a folder, not a file") }
        var isDirectory = stat()
        if stat(path, &isDirectory) == 0 && (isDirectory.st_mode & S_IFMT) == S_IFDIR {
            throw FileWriteError(path: path, reason: "it is a folder")
        }
        var template = Array(((directory.isEmpty ? "/" : directory) + "/." + name + ".briefkit-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw FileWriteError(path: path, reason: systemReason()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer { if !ok { unlink(temporary) } }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = systemReason(); close(fd)
                throw FileWriteError(path: path, reason: reason)
            }
            offset += n
        }
        // Readable like any file the user makes (mkstemp creates 0600).
        let mask = umask(0); umask(mask)
        fchmod(fd, 0o666 & ~mask)
        guard close(fd) == 0 else { throw FileWriteError(path: path, reason: systemReason()) }
        guard rename(temporary, path) == 0 else { throw FileWriteError(path: path, reason: systemReason()) }
        ok = true
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}
