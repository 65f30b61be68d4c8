// One input or many: a drawing command renders each briefing in turn, in this process or shared among workers.

import ArgumentParser
import BriefKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A drawing command (`timeline`, `pillars`, `report`, `deck`): it renders one briefing to `options.target`, and
/// `Batch` runs it over every input.
protocol RenderCommand: ParsableCommand {
    /// The briefing files and folders given.
    var files: [String] { get }
    var options: DrawingOptions { get set }
    var batch: BatchOptions { get }
    /// The output's name in --out-dir when --name is not given, e.g. "{stem}.pdf".
    static var defaultName: String { get }
    /// Renders one briefing to `options.target`; a failure has been said and ends in an `ExitCode`.
    func render(_ file: String) throws
}

extension RenderCommand {
    func run() throws { try Batch(command: self).run() }

    /// The checks of one input against many: -o for one file, --out-dir for several, --into for either.
    func validateInputs() throws {
        let several = files.count > 1 || files.contains(where: Batch<Self>.isFolder)
        switch (batch.outDir, options.output, options.into) {
        case (.some, .some, _):
            throw ValidationError("-o names one file; with --out-dir each output is named by --name (default '\(Self.defaultName)')")
        case (.some, _, .some):
            throw ValidationError("--into adds to one deck and --out-dir writes files into a folder: give one of them")
        case (nil, nil, nil):
            throw ValidationError(several ? "give --out-dir DIR for the outputs of several inputs"
                                          : "give the file to write with -o OUT (or --into DECK.pptx to add to a deck)")
        case (nil, .some, nil) where several:
            throw ValidationError("-o names one file, for one input; give --out-dir DIR for \(files.count == 1 ? "a folder" : "several inputs")")
        default: break
        }
        if batch.outDir == nil {
            if batch.name != nil { throw ValidationError("--name names the outputs in --out-dir; it needs --out-dir DIR") }
        }
    }
}

/// One input's outcome, as `--report-json` lists it and a worker hands it to the parent.
struct BatchResult: Codable {
    var input: String
    var outputs: [String]
    var ok: Bool
    var notes: [String]
    var warnings: [String]
    var errors: [String]
    var milliseconds: Double
}

/// The summary `--report-json` writes.
struct BatchReport: Codable {
    var total: Int
    var failed: Int
    var milliseconds: Double
    var workers: Int
    var inputs: [BatchResult]
}

struct Batch<Command: RenderCommand> {
    let command: Command
    var batch: BatchOptions { command.batch }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    func run() throws {
        // One file, as always: rendered and written here, its messages as they come.
        if batch.outDir == nil, batch.worker == nil, command.files.count == 1, !Self.isFolder(command.files[0]) {
            return try command.render(command.files[0])
        }
        let start = PhaseTimer.clock()
        var inputs = try expand(command.files)
        if let shard = try Shard.resolve(batch.shard), let i = shard.index {
            inputs = inputs.enumerated().filter { $0.offset % shard.count == i }.map(\.element)
        }
        let work = try outputs(for: inputs)
        if let worker = batch.worker, let i = worker.index {
            // A worker: its share, reported to the parent through --report-json.
            let mine = work.enumerated().filter { $0.offset % worker.count == i }.map(\.element)
            let results = renderInTurn(mine)
            if let path = batch.reportJSON {
                try write(BatchReport(total: mine.count, failed: results.filter { !$0.ok }.count,
                                      milliseconds: PhaseTimer.clock() - start, workers: 1, inputs: results), to: path)
            }
            if results.contains(where: { !$0.ok }) { throw ExitCode.failure }
            return
        }
        // Several workers only where there is something to share; one deck takes its slides one run at a time.
        let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        let workers = command.options.into != nil ? 1 : min(work.count, batch.jobs ?? max(1, cores))
        let results = workers > 1 ? try spread(work, over: workers) : renderInTurn(work)
        let failed = results.filter { !$0.ok }
        let took = PhaseTimer.clock() - start
        if let path = batch.reportJSON {
            try write(BatchReport(total: results.count, failed: failed.count, milliseconds: took, workers: workers,
                                  inputs: results), to: path)
        }
        let skipped = work.count - results.count
        Run.say("briefkit: \(results.count - failed.count) of \(work.count) briefing\(work.count == 1 ? "" : "s") rendered "
                + "in \(Int(took)) ms (\(workers) worker\(workers == 1 ? "" : "s"))"
                + (failed.isEmpty ? "" : ", \(failed.count) failed") + (skipped > 0 ? ", \(skipped) not tried (no --keep-going)" : ""))
        if !failed.isEmpty {
            for f in failed {
                Run.say("  \(f.input):")
                for e in f.errors { Run.say("    \(e)") }
            }
            throw ExitCode.failure
        }
    }

    // MARK: Inputs and outputs

    /// The files given, with each folder's briefings (its .yaml, .yml and .json files, by name) in its place.
    private func expand(_ given: [String]) throws -> [String] {
        var files: [String] = []
        for path in given {
            guard Self.isFolder(path) else { files.append(path); continue }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                .filter { name in [".yaml", ".yml", ".json"].contains { name.lowercased().hasSuffix($0) } && !name.hasPrefix(".") }
                .sorted()
            if names.isEmpty {
                Run.say("briefkit: error: \(path): the folder has no briefing files (.yaml, .yml or .json)")
                throw ExitCode.failure
            }
            files += names.map { (path.hasSuffix("/") ? path : path + "/") + $0 }
        }
        return files
    }

    /// Each input with the file it writes (--out-dir/--name, or -o/--into for one); two inputs writing the same
    /// file are refused before anything is rendered.
    private func outputs(for inputs: [String]) throws -> [(input: String, output: String?)] {
        guard let dir = batch.outDir else { return inputs.map { ($0, nil) } }
        let pattern = batch.name ?? Command.defaultName
        var seen: [String: String] = [:]
        var work: [(String, String?)] = []
        for input in inputs {
            let parts = input.split(separator: "/").map(String.init)
            let file = parts.last ?? input
            let stem = file.lastIndex(of: ".").map { String(file[..<$0]) } ?? file
            let folder = parts.count > 1 ? parts[parts.count - 2] : "."
            let name = pattern.replacingOccurrences(of: "{stem}", with: stem).replacingOccurrences(of: "{dir}", with: folder)
            let output = (dir.hasSuffix("/") ? dir : dir + "/") + name
            if let other = seen[output] {
                Run.say(other == input ? "briefkit: error: \(input) is given twice; it would write \(output) twice"
                    : "briefkit: error: \(other) and \(input) would both write \(output); name the outputs apart, "
                        + "e.g. --name '{dir}-{stem}.\(OutputFormat(path: name)?.rawValue ?? "pdf")'")
                throw ExitCode.validationFailure
            }
            seen[output] = input
            work.append((input, output))
        }
        if !Self.isFolder(dir) {
            do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                Run.say("briefkit: error: cannot make the folder \(dir): \(error.localizedDescription)")
                throw ExitCode.failure
            }
        }
        return work
    }

    // MARK: Rendering

    /// Renders `work` one after the other in this process, each briefing's messages printed as it finishes
    /// (named by its input); stops at the first failure unless --keep-going.
    private func renderInTurn(_ work: [(input: String, output: String?)]) -> [BatchResult] {
        var results: [BatchResult] = []
        for (input, output) in work {
            var one = command
            if let output { one.options.output = output }
            Run.forgetInputs()
            let attempt = RenderLoop.attempt { try one.render(input) }
            let ok = !attempt.failed
            var result = BatchResult(input: input, outputs: ok ? [one.options.target] : [], ok: ok, notes: [],
                                     warnings: [], errors: [], milliseconds: Double(attempt.milliseconds))
            for line in attempt.lines {
                let text = line.hasPrefix("briefkit: ") ? String(line.dropFirst(10)) : line
                if text.hasPrefix("note: ") { result.notes.append(String(text.dropFirst(6))) }
                else if text.hasPrefix("warning: ") || text.contains(": warning: ") { result.warnings.append(text) }
                else if text.hasPrefix("timing: ") { Run.say(line); continue }
                else { result.errors.append(text) }
                Run.say(line.hasPrefix("briefkit: ") ? "briefkit: \(input): \(text)" : line)
            }
            if !ok && result.errors.isEmpty { result.errors = ["failed (no message)"] }
            results.append(result)
            if !ok && !batch.keepGoing { break }
        }
        return results
    }

    /// Runs `workers` copies of this command, each on every `workers`-th input (`--worker K/N`), and gathers
    /// their results in input order. Processes rather than threads: Pango and fontconfig must not run on two
    /// threads at once, and a process per core also keeps one briefing's crash from taking the others down.
    /// Without --keep-going, the first worker to fail stops the rest.
    private func spread(_ work: [(input: String, output: String?)], over workers: Int) throws -> [BatchResult] {
        var template = Array("/tmp/briefkit-batch-XXXXXX".utf8CString)
        guard let dirPointer = mkdtemp(&template) else {
            Run.say("briefkit: error: cannot make a temporary folder for the workers' reports")
            throw ExitCode.failure
        }
        let tmp = String(cString: dirPointer)
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        let me = "/proc/self/exe"
        var children: [pid_t] = []
        for k in 0..<workers {
            let arguments = [CommandLine.arguments[0]] + Array(CommandLine.arguments.dropFirst())
                + ["--worker", Shard(index: k, count: workers).argument, "--report-json", "\(tmp)/\(k).json"]
            var pid = pid_t()
            let cArgs = arguments.map { strdup($0) } + [nil]
            defer { cArgs.forEach { free($0) } }
            let status = posix_spawn(&pid, me, nil, nil, cArgs, environ)
            guard status == 0 else {
                Run.say("briefkit: error: cannot start a worker: \(String(cString: strerror(status)))")
                children.forEach { kill($0, SIGTERM) }
                throw ExitCode.failure
            }
            children.append(pid)
        }
        var running = Set(children)
        while !running.isEmpty {
            var status: Int32 = 0
            let pid = waitpid(-1, &status, 0)
            if pid < 0 { if errno == EINTR { continue } else { break } }
            guard running.remove(pid) != nil else { continue }
            let failed = !(status & 0x7f == 0 && (status >> 8) & 0xff == 0)
            if failed, !batch.keepGoing { running.forEach { kill($0, SIGTERM) } }
        }
        var byInput: [String: BatchResult] = [:]
        for k in 0..<workers {
            guard let data = FileManager.default.contents(atPath: "\(tmp)/\(k).json"),
                  let report = try? JSONDecoder().decode(BatchReport.self, from: data) else { continue }
            for r in report.inputs { byInput[r.input] = r }
        }
        return work.compactMap { byInput[$0.input] }
    }

    /// Writes a report atomically (a worker's to its parent, or --report-json).
    private func write(_ report: BatchReport, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { throw ExitCode.failure }
        try Run.write(String(decoding: data, as: UTF8.self) + "\n", to: path)
    }
}
