// Events from a spreadsheet: `events: FILE.csv` beside the briefing, columns by header name in any order,
// UTF-8 with or without a BOM, comma or semicolon separated, errors located in the CSV file.

import Foundation
import Testing
@testable import BriefModel

@Suite struct EventsCSVTests {
    /// Writes `csv` (bytes) as events.csv beside a briefing naming it, and loads the briefing.
    static func load(_ csv: [UInt8], name: String = "events.csv") throws -> (result: Result<LoadedBriefing, Error>, dir: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(csv).write(to: URL(fileURLWithPath: dir + "/events.csv"))
        let yaml = "title: T\ntimelines:\n  - id: t\n    events: \(name)\n"
        try yaml.write(toFile: dir + "/b.yaml", atomically: true, encoding: .utf8)
        return (Result { try BriefingLoader.load(path: dir + "/b.yaml") }, dir)
    }

    static func events(_ text: String, bom: Bool = false) throws -> (events: [TimelineEvent], warnings: [String]) {
        let loaded = try load((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)).result.get()
        return (loaded.briefing.timelines[0].events, loaded.warnings.map(\.description))
    }

    static func errors(_ text: String) throws -> [String] {
        let (result, dir) = try load(Array(text.utf8))
        guard case .failure(let error as BriefingLoadError) = result else { return [] }
        return error.errors.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
    }

    @Test("columns by name in any order, with a BOM and semicolons as Excel writes them")
    func excelExport() throws {
        let (events, warnings) = try Self.events(
            "Group;Date;Label;Highlight;Note\nAsia;2008-05;China;;First partner\nEurope;2025-10-29;United Kingdom;TRUE;\n",
            bom: true)
        #expect(events.count == 2 && warnings.isEmpty, "\(warnings)")
        #expect(events[0].label == "China" && events[0].group == "Asia" && events[0].note == "First partner")
        #expect(events[0].date == BriefDate(parsing: "2008-05") && !events[0].highlight)
        #expect(events[1].highlight && events[1].note == nil && events[1].date.precision == .day)
    }

    @Test("quoted cells keep their commas, quotes and line breaks; blank rows are skipped; keep is read")
    func quotedCells() throws {
        let (events, _) = try Self.events(
            "date,label,note,keep\n2020,\"Hà Nội, Việt Nam\",\"The \"\"first\"\" visit\nin two lines\",x\n\n2021,Two,,no\n")
        #expect(events.map(\.label) == ["Hà Nội, Việt Nam", "Two"])
        #expect(events[0].note == "The \"first\" visit\nin two lines" && events[0].keep && !events[1].keep)
    }

    @Test("an unknown column is a warning located at its header cell, with a suggestion")
    func unknownColumn() throws {
        let (_, warnings) = try Self.events("date,label,hilight\n2020,A,\n")
        #expect(warnings.count == 1, "\(warnings)")
        #expect(warnings.first?.hasSuffix("events.csv:1:12: warning: timelines[0].events: unknown column \"hilight\" "
                                          + "is ignored (columns: date, label, note, highlight, group, keep); "
                                          + "did you mean 'highlight'?") == true, "\(warnings)")
    }

    @Test("errors name the CSV file, its line and column and the column's field")
    func locatedErrors() throws {
        // The third row's quoted date holds a line break: the next row starts on line 6.
        let errors = try Self.errors("date,label,highlight\n2008-13,China,\n2012-07,,maybe\n\"2016\n\",India,\n29/10/2025,UK,\n")
        let notADate = " is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
        #expect(errors == [
            "events.csv:2:1: timelines[0].events[0].date: \"2008-13\"" + notADate,
            "events.csv:3:9: timelines[0].events[1].label: is empty (it is required)",
            "events.csv:3:10: timelines[0].events[1].highlight: \"maybe\" is not yes or no (write true, false, yes, "
                + "no, 1, 0, x, or leave it empty)",
            "events.csv:4:1: timelines[0].events[2].date: \"2016\\n\"" + notADate,
            "events.csv:6:1: timelines[0].events[3].date: \"29/10/2025\"" + notADate,
        ], "\(errors)")
    }

    @Test("a missing column, a missing file, a file that is not UTF-8 or not a CSV are refused clearly")
    func refusedFiles() throws {
        #expect(try Self.errors("when,label\n2020,A\n").first?.contains("has no \"date\" column") == true)
        let missing = try Self.load(Array("date,label\n".utf8), name: "elsewhere.csv").result
        guard case .failure(let e as BriefingLoadError) = missing else { Issue.record("accepted"); return }
        #expect(e.errors.first?.description.hasSuffix("b.yaml:4:13: timelines[0].events: the events file "
                                                      + "\"\(e.errors.first!.file.dropLast(6))elsewhere.csv\" no such file") == true,
                "\(e.errors)")
        let latin1 = try Self.load([0x64, 0x61, 0x74, 0x65, 0x2C, 0x6C, 0x61, 0x62, 0x65, 0x6C, 0x0A, 0x32, 0x30, 0x32,
                                    0x30, 0x2C, 0xE9, 0x0A]).result
        guard case .failure(let l as BriefingLoadError) = latin1 else { Issue.record("accepted Latin-1"); return }
        #expect(l.errors.first?.message.contains("not UTF-8") == true, "\(l.errors)")
        #expect(try Self.errors("date,label\n").first?.contains("holds no events") == true)
        let notCSV = try Self.load(Array("x".utf8), name: "events.xlsx").result
        guard case .failure(let x as BriefingLoadError) = notCSV else { Issue.record("accepted a .xlsx name"); return }
        #expect(x.errors.first?.message.contains("the name of a CSV file") == true, "\(x.errors)")
    }

    @Test("the events of a CSV are the events of the same YAML")
    func sameAsYAML() throws {
        let (fromCSV, _) = try Self.events("date,label,note,highlight,group\n2008-05,China,First,,Asia\n2025-10,UK,,true,Europe\n")
        let yaml = try Fixture.decode("""
            title: T
            timelines:
              - events:
                  - {date: 2008-05, label: China, note: First, group: Asia}
                  - {date: 2025-10, label: UK, highlight: true, group: Europe}
            """).briefing.timelines[0].events
        #expect(fromCSV == yaml)
    }
}
