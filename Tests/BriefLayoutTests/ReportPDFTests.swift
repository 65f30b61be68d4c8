// The example briefing rendered to PDF: one page, real text, and a file qpdf accepts.

import BriefLayout
import BriefTestSupport
import BriefModel
import BriefRender
import Foundation
import Testing

@Suite struct ReportPDFTests {
    /// Runs a tool from PATH, returning its exit status and standard output.
    func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func examplePDFIsOnePage() throws {
        let path = ReportFixtures.root.appendingPathComponent("Examples/vietnam-uk-2025.yaml").path
        let briefing = try BriefingLoader.load(path: path).briefing
        let measurer = PangoMeasurer()
        let result = ReportLayout(style: .standard, measurer: measurer).layout(briefing)
        let bytes = try Renderer().render(result.scene, to: .pdf, reusing: measurer).bytes
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("briefing.pdf").path
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(at: dir) }

        let info = try run("pdfinfo", [file])
        #expect(info.status == 0)
        #expect(info.stdout.contains { _ in true } && info.stdout.split(separator: "\n").contains { $0.hasPrefix("Pages:") && $0.hasSuffix(" 1") },
                "\(info.stdout)")
        #expect(info.stdout.contains("Việt Nam – United Kingdom"), "title metadata: \(info.stdout)")
        let text = try run("pdftotext", ["-enc", "UTF-8", file, "-"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Tô Lâm"))
        let check = try run("qpdf", ["--check", file])
        #expect(check.status == 0, "qpdf --check: \(check.stdout)")
    }
}
