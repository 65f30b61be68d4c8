// Writing output so that a failure never leaves a partial or clobbered file: temporary file, then rename.

import CBriefTemporary
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file could not be written; the message names the path and the system's reason.
public struct FileWriteError: Error, CustomStringConvertible, Sendable {
    /// The file that could not be written, as given.
    public var path: String
    /// Why, in the system's words (e.g. "Permission denied").
    public var reason: String
    /// "cannot write PATH: REASON".
    public var description: String { "cannot write \(path): \(reason)" }
}

/// The output would replace one of the files it is made from (the same file by device and inode, however it
/// is spelt: another path, a symbolic or a hard link).
package struct OutputIsInput: Error, CustomStringConvertible, Sendable {
    /// The output as given.
    package var output: String
    /// The input it is, as given.
    package var input: String
    /// What the input is, e.g. "the briefing", "a style that dark.yaml extends".
    package var role: String
    package var description: String {
        "refusing to write \(output): it is the same file as \(input) (\(role)), which would be replaced; "
            + "choose another output file"
    }
}

/// A file read to make an output: its path and what it is, for `AtomicFile.write(_:to:keeping:)`.
package struct InputFile: Sendable, Hashable {
    /// The path as given.
    package var path: String
    /// What it is, e.g. "the briefing", "the style".
    package var role: String

    /// An input file.
    package init(_ path: String, role: String) { self.path = path; self.role = role }
}

/// Atomic whole-file writes.
package enum AtomicFile {
    /// The longest file name (bytes) the temporary name may have: NAME_MAX on Linux and macOS.
    static let nameLimit = 255
    /// What the temporary name adds to the copied part of the output's name: "." and ".briefkit-XXXXXX".
    static let temporaryAffix = 17

    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
    /// On any failure the temporary file is removed and `path` is left as it was. No fsync: the rename already
    /// keeps a crashed or failed run from leaving a partial file, and a flush to disk costs more than the whole
    /// drawing (0.7 ms here, at times 80 ms) for the sake of surviving a power cut within seconds of the write.
    /// An existing `path` keeps its permission bits; a new file gets 0666 less the umask.
    ///
    /// Refuses (`OutputIsInput`), before writing anything, when `path` is one of `inputs`. A program that calls
    /// `removeTemporaryFilesOnSignals()` at start-up also loses no temporary file to SIGINT, SIGTERM or SIGHUP.
    package static func write(_ bytes: [UInt8], to path: String, keeping inputs: [InputFile] = []) throws {
        try write(bytes, to: path, keeping: inputs, whileOpen: nil)
    }

    /// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove the temporary file of a write under way
    /// and then end the process by the same signal. For programs, at start-up (the library never installs
    /// handlers by itself); a signal the program ignores (as under `nohup`) stays ignored.
    package static func removeTemporaryFilesOnSignals() {
        _ = bk_temporary_remove_on_signals()
    }

    /// `write(_:to:keeping:)`, calling `whileOpen` once the temporary file is made and half written (tests
    /// interrupt the write there).
    package static func write(_ bytes: [UInt8], to path: String, keeping inputs: [InputFile],
                              whileOpen: (() -> Void)?) throws {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw FileWriteError(path: path, reason: "the path names a folder, not a file") }
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists && (existing.st_mode & S_IFMT) == S_IFDIR {
            throw FileWriteError(path: path, reason: "it is a folder")
        }
        if exists, let input = inputs.first(where: { sameFile(existing, $0.path) }) {
            throw OutputIsInput(output: path, input: input.path, role: input.role)
        }
        var template = Array(((directory.isEmpty ? "/" : directory) + "/." + temporaryStem(name) + ".briefkit-XXXXXX")
            .utf8CString)
        var slot: Int32 = -1
        let fd = template.withUnsafeMutableBufferPointer { bk_temporary_create($0.baseAddress!, &slot) }
        guard fd >= 0 else { throw FileWriteError(path: path, reason: systemReason()) }
        var ok = false
        defer { if !ok { template.withUnsafeBufferPointer { bk_temporary_discard(slot, $0.baseAddress!) } } }
        func writeAll(_ part: ArraySlice<UInt8>) throws {
            var offset = part.startIndex
            while offset < part.endIndex {
                let n = part[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    let reason = systemReason(); close(fd)
                    throw FileWriteError(path: path, reason: reason)
                }
                offset += n
            }
        }
        let half = whileOpen == nil ? bytes.count : bytes.count / 2
        try writeAll(bytes[..<half])
        whileOpen?()
        try writeAll(bytes[half...])
        // An existing file keeps its permissions (a private 0600 output stays private); a new one is readable
        // like any file the user makes (mkstemp creates 0600).
        if exists && (existing.st_mode & S_IFMT) == S_IFREG {
            fchmod(fd, existing.st_mode & 0o7777)
        } else {
            let mask = umask(0); umask(mask)
            fchmod(fd, 0o666 & ~mask)
        }
        guard close(fd) == 0 else { throw FileWriteError(path: path, reason: systemReason()) }
        let renamed = template.withUnsafeBufferPointer { bk_temporary_commit(slot, $0.baseAddress!, path) }
        guard renamed == 0 else { throw FileWriteError(path: path, reason: systemReason()) }
        ok = true
    }

    /// The part of `name` the temporary name copies: all of it, or as much as keeps the temporary name within
    /// NAME_MAX, cut between two Unicode scalars (the name's own length is the system's to judge).
    static func temporaryStem(_ name: String) -> String {
        let room = nameLimit - temporaryAffix
        let utf8 = name.utf8
        guard utf8.count > room else { return name }
        var end = utf8.index(utf8.startIndex, offsetBy: room)
        // Step back off UTF-8 continuation bytes (10xxxxxx) to the start of a scalar.
        while end > utf8.startIndex && utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return String(decoding: Array(utf8[..<end]), as: UTF8.self)
    }

    /// Whether `info` (a stat of the output) and the file at `path` are one file: same device and inode.
    private static func sameFile(_ info: stat, _ path: String) -> Bool {
        var other = stat()
        return stat(path, &other) == 0 && other.st_dev == info.st_dev && other.st_ino == info.st_ino
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}
