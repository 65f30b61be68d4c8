// Waiting for a save: inotify on the folders of the files a render read (`briefkit watch` and `briefkit preview`).

import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// Watches the folders of the files it is given (editors save by writing a new file and renaming it over the
/// old, which a watch on the file itself would lose) and wakes for changes to those files only.
struct DirectoryWatcher {
    private let descriptor: Int32
    /// Watch descriptor → its folder, and each folder's watched file names.
    private var folders: [Int32: String] = [:]
    private var names: [String: Set<String>] = [:]

    init() throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else {
            Run.say("briefkit: cannot watch files: \(String(cString: strerror(errno)))")
            throw ExitCode.failure
        }
    }

    mutating func watch(_ path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if names[folder] == nil {
            let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_ATTRIB)
            let wd = inotify_add_watch(descriptor, folder, mask)
            guard wd >= 0 else { return }
            folders[wd] = folder
        }
        names[folder, default: []].insert(name)
    }

    /// Blocks until a watched file changes, then until `settle` ms pass without another event.
    func waitForChange(settle: Int32) {
        while !readEvents(timeout: -1) {}
        while readEvents(timeout: settle) {}
    }

    /// Reads what is there (waiting up to `timeout` ms, -1 forever); whether a watched file was among it.
    private func readEvents(timeout: Int32) -> Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        var offset = 0, relevant = false
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (wd, length) = buffer.withUnsafeBytes { raw -> (Int32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, Int(event.len))
            }
            let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if let folder = folders[wd], names[folder]?.contains(name) == true { relevant = true }
            offset += header + length
        }
        return relevant
    }
}
