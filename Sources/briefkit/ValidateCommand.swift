// `briefkit validate`: check briefing files against the format without drawing anything.

import ArgumentParser
import BriefKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check briefing files; print each problem as FILE:LINE:COLUMN: FIELD: MESSAGE.",
        discussion: "Exits 0 when every file is valid (warnings allowed), 1 when any file has an error.")

    @Argument(help: ArgumentHelp("Briefing files to check.", valueName: "FILE"))
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            do {
                let loaded = try BriefingLoader.load(path: file)
                for w in loaded.warnings { Run.say(w.description) }
                let b = loaded.briefing
                func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
                print("\(file): ok (\(count(b.timelines.count, "timeline")), "
                      + "\(count(b.timelines.map(\.events.count).reduce(0, +), "event")), "
                      + "\(count(b.pillars?.columns.count ?? 0, "pillar")), \(count(b.outcomes.count, "outcome")))")
            } catch let error as BriefingLoadError {
                Run.say(error.listing)
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }
}

struct StylesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "styles",
        abstract: "List the shipped styles with a one-line description.")

    func run() throws {
        for name in StyleCatalog.names() {
            let description = (try? StyleCatalog.load(name).style.description) ?? "(does not load)"
            print(name + String(repeating: " ", count: max(1, 16 - name.count)) + description)
        }
    }
}
