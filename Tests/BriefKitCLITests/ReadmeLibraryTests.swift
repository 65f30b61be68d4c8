// The README's Swift library program, built as a package of its own that depends on BriefKit by path, and run.

import Foundation
import Testing

@Suite("the README's Swift program")
struct ReadmeLibraryTests {
    /// The code blocks (```swift … ```) of the README's "Swift library" section, in order.
    static func blocks() throws -> [String] {
        let readme = try String(contentsOfFile: CLI.packageRoot + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## Swift library\n").dropFirst().first)
            .components(separatedBy: "\n## ").first ?? ""
        return section.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "\n```").first ?? "" }
    }

    @Test("the README's Package.swift and program build against this checkout and render the example",
          .timeLimit(.minutes(30)))
    func programBuildsAndRuns() async throws {
        let blocks = try Self.blocks()
        try #require(blocks.count == 2, "the section should hold Package.swift and the program")
        // A fixed place in the checkout's own ignored build folders, so that a second run builds only what changed.
        let work = CLI.packageRoot + "/.build-readme"
        let fm = FileManager.default
        try? fm.removeItem(atPath: work + "/briefkit")
        try fm.createDirectory(atPath: work + "/app/Sources/MakeBriefing", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: work + "/briefkit", withDestinationPath: CLI.packageRoot)
        // The Package.swift block's first line is a comment about where it goes; the tools version must come first.
        let manifest = blocks[0].split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("// Package.swift") }
            .joined(separator: "\n")
        try manifest.write(toFile: work + "/app/Package.swift", atomically: true, encoding: .utf8)
        try blocks[1].write(toFile: work + "/app/Sources/MakeBriefing/main.swift", atomically: true, encoding: .utf8)
        // A first build compiles BriefKit and its dependencies again: minutes on a small machine.
        let build = try await CLI.tool("swift", ["build", "--package-path", work + "/app", "--scratch-path", work + "/scratch"],
                                       timeout: 1500)
        #expect(build.status == 0, "\(build)")
        guard build.status == 0 else { return }

        // Run where the program's relative path to the example resolves, writing into a folder of its own.
        let dir = try TempDir()
        try fm.createSymbolicLink(atPath: dir.file("Examples"), withDestinationPath: CLI.packageRoot + "/Examples")
        let run = try await CLI.spawn(work + "/scratch/debug/MakeBriefing", [], in: dir.path)
        #expect(run.status == 0, "\(run)")
        let pdf = try #require(fm.contents(atPath: dir.file("briefing.pdf")))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(run.stdout.contains("png ") && run.stdout.contains("svg "), "\(run)")
        #expect(run.stdout.contains("Timeline of 14 events"), "\(run)")
    }
}
