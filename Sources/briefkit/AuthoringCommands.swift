// `briefkit init` and `briefkit schema`: a skeleton briefing to start from, and the JSON Schema editors check
// a briefing with as it is typed.

import ArgumentParser
import BriefKit
#if canImport(Glibc)
import Glibc
#endif

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented skeleton briefing (every section, today's date) to start from.",
        discussion: """
        The first line names the briefing's JSON Schema for editors (VS Code with the YAML extension, \
        JetBrains IDEs): they complete and check the file as it is typed. An existing file is left alone \
        unless --force is given.
        """)

    @Argument(help: ArgumentHelp("The briefing file to write (.yaml).", valueName: "FILE"))
    var file: String

    @Flag(help: "Replace FILE if it exists.")
    var force = false

    func run() throws {
        var info = stat()
        if !force, stat(file, &info) == 0 {
            Run.say("briefkit: \(file) already exists; it is left as it is (--force replaces it)")
            throw ExitCode.failure
        }
        let text = BriefingSkeleton.text(today: Self.today(), schema: Self.schemaReference())
        try Run.write(text, to: file)
        Run.say("briefkit: wrote \(file); render it with: briefkit report \(file) -o briefing.pdf")
    }

    /// Today as YYYY-MM-DD: SOURCE_DATE_EPOCH's day when it is set (reproducible output), else the clock's.
    static func today() -> String {
        let stamp = SourceDate.fromEnvironment() ?? CivilCalendar.timestamp(secondsSince1970: Int64(time(nil)))
        return String(stamp.prefix(10))
    }

    /// The shipped schema's absolute path (editors resolve a modeline's path from the file), else its name.
    static func schemaReference() -> String {
        guard let docs = ResourceLocator.directory("docs") else { return "briefing.schema.json" }
        let path = docs + "/briefing.schema.json"
        return path.hasPrefix("/") ? path : (currentDirectory() + "/" + path)
    }

    private static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of the briefing format.",
        discussion: """
        Derived from the declarations the decoder reads files with, so it cannot drift from it. The same \
        schema ships as docs/briefing.schema.json; see the README for VS Code and JetBrains.
        """)

    @Option(name: .shortAndLong, help: ArgumentHelp("Write it to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    func run() throws {
        let text = BriefingSchema.text()
        guard let output else { return print(text, terminator: "") }
        try Run.write(text, to: output)
    }
}
