// Many briefings in one run: the options that name the outputs, share the work among processes and report on it.

import ArgumentParser
import BriefKit
#if canImport(Glibc)
import Glibc
#endif

/// Options of the drawing commands for several input files (or folders).
struct BatchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("With several inputs or a folder: the folder to write into (made if missing).",
                               valueName: "DIR"))
    var outDir: String?

    @Option(help: ArgumentHelp("The output's name in --out-dir: {stem} is the input's name without its extension, "
                               + "{dir} its folder's name; the extension picks the format (default: the command's, "
                               + "e.g. '{stem}.pdf' for report).", valueName: "PATTERN"))
    var name: String?

    @Option(name: .customShort("j"), help: ArgumentHelp(
        "Worker processes (default: the number of cores). Each renders its share of the inputs one after the other, "
            + "starting up and loading fonts once.", valueName: "N"))
    var jobs: Int?

    @Flag(help: "Go on past a briefing that fails; every failure is listed at the end and the exit code is 1.")
    var keepGoing = false

    @Option(help: ArgumentHelp("Write a JSON summary here: per input its outputs, notes, warnings, errors and time.",
                               valueName: "FILE"))
    var reportJSON: String?

    @Option(help: ArgumentHelp("Take only every N-th input, starting at the I-th (0-based): one machine's share of "
                               + "a cluster's work. 'N' alone takes I from JOB_COMPLETION_INDEX (Kubernetes "
                               + "Indexed Jobs) or SLURM_ARRAY_TASK_ID (Slurm arrays); with neither option, a Slurm "
                               + "array task takes its share by itself.", valueName: "I/N"))
    var shard: Shard?

    /// A worker's share of a run, set by the parent process: inputs K, K+N, K+2N… of those selected.
    @Option(help: .private) var worker: Shard?

    func validate() throws {
        if let jobs, !(1...256).contains(jobs) { throw ValidationError("-j must be between 1 and 256 (got \(jobs))") }
        if let name {
            guard !name.contains("/"), !name.isEmpty else {
                throw ValidationError("--name is a file name inside --out-dir, without a '/' (got '\(name)')")
            }
            guard OutputFormat(path: name) != nil else {
                throw ValidationError("--name '\(name)': end it in \(OutputFormat.extensionList) to pick the format")
            }
        }
    }
}

/// One part of N: I in 0..<N.
struct Shard: ExpressibleByArgument, Hashable {
    var index: Int?
    var count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 1, let n = Int(parts[0]), n >= 1 {
            index = nil; count = n
        } else if parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (0..<n).contains(i) {
            index = i; count = n
        } else {
            return nil
        }
    }

    init(index: Int, count: Int) { self.index = index; self.count = count }

    var argument: String { "\(index ?? 0)/\(count)" }

    static let environmentIndex = ["JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID"]

    /// The shard to take: as given (its index from the environment when only N was given), or a Slurm array
    /// task's own share when neither was given; nil for all inputs.
    static func resolve(_ given: Shard?) throws -> Shard? {
        func env(_ name: String) -> Int? { getenv(name).flatMap { Int(String(cString: $0)) } }
        if let given {
            if given.index != nil { return given }
            for name in environmentIndex {
                guard var i = env(name) else { continue }
                if name.hasPrefix("SLURM"), let low = env("SLURM_ARRAY_TASK_MIN") { i -= low }
                guard (0..<given.count).contains(i) else {
                    Run.say("briefkit: error: --shard \(given.count): \(name)=\(i) is not between 0 and \(given.count - 1)")
                    throw ExitCode.validationFailure
                }
                return Shard(index: i, count: given.count)
            }
            Run.say("briefkit: error: --shard \(given.count) takes its index from JOB_COMPLETION_INDEX or "
                    + "SLURM_ARRAY_TASK_ID, and neither is set; give --shard I/\(given.count)")
            throw ExitCode.validationFailure
        }
        if let id = env("SLURM_ARRAY_TASK_ID"), let count = env("SLURM_ARRAY_TASK_COUNT"), count > 1 {
            let i = id - (env("SLURM_ARRAY_TASK_MIN") ?? 0)
            if (0..<count).contains(i) { return Shard(index: i, count: count) }
        }
        return nil
    }
}
