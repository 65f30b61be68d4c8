// Runs the real `briefkit` binary (and outside tools: qpdf, pdffonts, pdftotext, rsvg-convert) as
// subprocesses, in temporary folders. The binary is the one built beside this test bundle.

import Foundation
import Testing

/// What a finished subprocess left behind.
struct ProcessResult: CustomStringConvertible {
    var command: [String]
    var status: Int32
    var stdout: String
    var stderr: String

    var description: String {
        "$ \(command.joined(separator: " "))\n→ exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)"
    }
}

/// A subprocess failed to start or to finish in time.
struct HarnessError: Error, CustomStringConvertible {
    var description: String
}

enum CLI {
    /// The package root, from this file: Tests/BriefKitCLITests/CLIHarness.swift.
    static let packageRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    /// Every briefing in Examples/, sorted, as absolute paths.
    static let examples: [String] = {
        let dir = packageRoot + "/Examples"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { dir + "/" + $0 }
    }()

    static let vietnamUK = packageRoot + "/Examples/vietnam-uk-2025.yaml"

    /// The briefkit binary: $BRIEFKIT_BIN, else beside the running test executable, else in the
    /// package's usual build folders. Nil (and the tests fail saying so) when none is there.
    static let binary: String? = {
        let fm = FileManager.default
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["BRIEFKIT_BIN"] { candidates.append(env) }
        for exe in [try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
                    Bundle.main.executablePath, Bundle.main.bundlePath] {
            if let exe { candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent().path + "/briefkit") }
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent().path + "/briefkit")
        }
        for scratch in [".build", ".build-cli"] { candidates.append("\(packageRoot)/\(scratch)/debug/briefkit") }
        return candidates.first { fm.isExecutableFile(atPath: $0) }
    }()

    /// Runs `briefkit ARGS` in `cwd` (default: the package root).
    static func run(_ arguments: [String], in cwd: String? = nil) async throws -> ProcessResult {
        guard let binary else {
            throw HarnessError(description: """
                briefkit binary not found next to the test bundle or in .build/debug, .build-cli/debug; \
                build it first (`swift build --build-tests`) or set BRIEFKIT_BIN
                """)
        }
        return try await spawn(binary, arguments, in: cwd ?? packageRoot)
    }

    /// Runs briefkit with extra environment variables (`NAME=value`), through env(1), which execs it: same
    /// process, same end.
    static func run(_ arguments: [String], in cwd: String? = nil, environment: [String]) async throws -> ProcessResult {
        guard let binary else { throw HarnessError(description: "briefkit binary not found") }
        return try await spawn("/usr/bin/env", environment + [binary] + arguments, in: cwd ?? packageRoot)
    }

    /// Runs an outside tool found on PATH; fails with a clear message when it is not installed.
    static func tool(_ name: String, _ arguments: [String], in cwd: String? = nil,
                     timeout: Double = 60) async throws -> ProcessResult {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            throw HarnessError(description: "\(name) is not installed (Debian: qpdf, poppler-utils, librsvg2-bin)")
        }
        return try await spawn(path, arguments, in: cwd ?? packageRoot, timeout: timeout)
    }

    /// Starts a process with stdout/stderr going to files (no pipe deadlocks), waits without blocking a thread.
    static func spawn(_ executable: String, _ arguments: [String], in cwd: String,
                      timeout: Double = 60) async throws -> ProcessResult {
        let capture = try TempDir()
        let outPath = capture.path + "/stdout", errPath = capture.path + "/stderr"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: cwd)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        let box = ProcessBox(process)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { p in continuation.resume(returning: p.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: HarnessError(description: "cannot start \(executable): \(error)"))
                return
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                if box.process.isRunning { box.process.terminate() }
            }
        }
        try outHandle.close()
        try errHandle.close()
        let read = { (p: String) in String(decoding: FileManager.default.contents(atPath: p) ?? Data(), as: UTF8.self) }
        return ProcessResult(command: [executable] + arguments, status: status,
                             stdout: read(outPath), stderr: read(errPath))
    }
}

/// Lets the timeout closure reach the process (it is only asked whether it runs and told to stop).
private final class ProcessBox: @unchecked Sendable {
    let process: Process
    init(_ process: Process) { self.process = process }
}

/// A fresh temporary folder, removed when the value goes away.
final class TempDir: Sendable {
    let path: String

    init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("briefkit-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The absolute path of `name` inside the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `text` (UTF-8) or bytes to `name`; returns its absolute path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: Data) throws -> String {
        let p = file(name)
        try bytes.write(to: URL(fileURLWithPath: p))
        return p
    }

    /// The names in the folder, sorted (hidden ones too: a leftover temporary file must show).
    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    func contents(_ name: String) -> Data? { FileManager.default.contents(atPath: file(name)) }
}
