// SOURCE_DATE_EPOCH is read once, by the command line, and reaches every output through the scene.

import Foundation
import Testing

@Suite struct SourceDateTests {
    @Test("SOURCE_DATE_EPOCH dates a file whose briefing has no date, in the PDF and the scene; a briefing's date wins")
    func sourceDateEpoch() async throws {
        let dir = try TempDir()
        try dir.write("undated.yaml", "title: Undated\ntimelines: [{events: [{date: 2020, label: A}]}]\n")
        try dir.write("dated.yaml", "title: Dated\ndate: 2025-10-29\ntimelines: [{events: [{date: 2020, label: A}]}]\n")
        let epoch = ["SOURCE_DATE_EPOCH=1761748205"] // 2025-10-29 14:30:05 UTC
        for command in ["timeline", "report"] {
            let pdf = try await CLI.run([command, "undated.yaml", "-o", "\(command).pdf"], in: dir.path, environment: epoch)
            #expect(pdf.status == 0, "\(pdf)")
            let info = try await CLI.tool("pdfinfo", [dir.file("\(command).pdf")])
            #expect(info.stdout.contains("CreationDate:    Wed Oct 29 14:30:05 2025 UTC"), "\(command): \(info.stdout)")
            let json = try await CLI.run([command, "undated.yaml", "-o", "\(command).json"], in: dir.path, environment: epoch)
            #expect(json.status == 0, "\(json)")
            let scene = String(decoding: dir.contents("\(command).json") ?? Data(), as: UTF8.self)
            #expect(scene.contains("\"2025-10-29T14:30:05Z\""), "\(command): the scene carries the date")
        }
        let dated = try await CLI.run(["report", "dated.yaml", "-o", "dated.pdf"], in: dir.path, environment: epoch)
        #expect(dated.status == 0, "\(dated)")
        let info = try await CLI.tool("pdfinfo", [dir.file("dated.pdf")])
        #expect(info.stdout.contains("CreationDate:    Wed Oct 29 00:00:00 2025 UTC"), "\(info.stdout)")
        // Unset: the fixed epoch, never the clock.
        let plain = try await CLI.run(["timeline", "undated.yaml", "-o", "plain.pdf"], in: dir.path)
        #expect(plain.status == 0, "\(plain)")
        let plainInfo = try await CLI.tool("pdfinfo", [dir.file("plain.pdf")])
        #expect(plainInfo.stdout.contains("CreationDate:    Thu Jan  1 00:00:00 1970 UTC"), "\(plainInfo.stdout)")
    }
}
