// Reads an input file's bytes with a size cap, turning I/O failures into Diagnostics; only regular files.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

package enum FileReading {
    /// Whether `path` names a JSON file (by its extension, case-insensitive).
    static func isJSON(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".json")
    }

    /// The file's bytes; a `BriefingLoadError` when it is missing, not a regular file (a directory, a FIFO, a
    /// device…), unreadable or larger than `limit` bytes (default: the limit of a briefing's text).
    package static func read(path: String, limit: Int? = nil) throws -> [UInt8] {
        func fail(_ message: String) -> BriefingLoadError {
            BriefingLoadError(errors: [Diagnostic(file: path, line: 0, column: 0, path: "", message: message)])
        }
        // O_NONBLOCK: opening a FIFO without a writer (or a terminal, a tape…) would otherwise wait forever
        // before the type check below could refuse it.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw fail("no such file")
            case EACCES, EPERM: throw fail("cannot be read (permission denied)")
            default: throw fail("cannot be read: \(String(cString: strerror(errno)))")
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw fail("cannot be read: \(String(cString: strerror(errno)))") }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            if type == S_IFDIR { throw fail("is a directory, not a file") }
            throw fail("is not a regular file (\(kind(type))); give the path of a file")
        }
        let limit = limit ?? TextCheck.maximumBytes
        if info.st_size > limit { throw fail("file is too large (more than \(limit) bytes)") }
        // Room for the whole file and one byte more, so a file that grew past the cap is still refused (files
        // in /proc say 0 bytes: the buffer then grows as they are read).
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 4095) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { throw fail("file is too large (more than \(limit) bytes)") }
                bytes += [UInt8](repeating: 0, count: min(count, limit + 1 - count))
            }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail("cannot be read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            count += n
        }
        if count > limit { throw fail("file is too large (more than \(limit) bytes)") }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// What a file that is not a regular file is, for messages.
    private static func kind(_ type: mode_t) -> String {
        switch type {
        case S_IFIFO: "a FIFO or named pipe"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a plain file"
        }
    }
}
