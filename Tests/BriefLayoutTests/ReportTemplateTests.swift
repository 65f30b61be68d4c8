// Report templates: the shipped ones load, and a broken one is refused with file:line:column.

import BriefLayout
import BriefModel
import Testing

@Suite struct ReportTemplateTests {
    @Test func shippedTemplatesLoad() throws {
        let templates = try ReportFixtures.templates()
        #expect(templates.map(\.name) == ["a4", "letter", "a4-landscape", "slide"])
        #expect(templates[0] == ReportTemplate.a4, "Reports/a4.yaml and ReportTemplate.a4 agree")
        #expect(templates[3].width == 960 && templates[3].height == 540)
        #expect(templates.allSatisfy { !$0.description.isEmpty })
    }

    @Test func errorsAreLocated() {
        let text = "page: { width: 600, height: 800 }\ncolumns: 3\nblocks:\n  - block: summery\n  - { block: figures, placement: middle }\n"
        do {
            _ = try ReportTemplateLoader.decode(bytes: Array(text.utf8), file: "bad.yaml")
            Issue.record("accepted a broken template")
        } catch let error as BriefingLoadError {
            let lines = error.errors.map(\.description)
            #expect(lines.contains { $0.hasPrefix("bad.yaml:2:10: columns:") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("bad.yaml:4:12: blocks[0].block:") && $0.contains("'summary'") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("bad.yaml:5:34: blocks[1].placement:") }, "\(lines)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func marginsAsOneNumber() throws {
        let text = "page: { width: 600, height: 800 }\nmargins: 24\nblocks: [{ block: header }]\n"
        let t = try ReportTemplateLoader.decode(bytes: Array(text.utf8), file: "m.yaml").template
        #expect(t.margins == ReportMargins(all: 24))
        #expect(t.name == "m")
    }

    @Test func regionsAreReadAndChecked() throws {
        let good = "page: { width: 600, height: 800 }\nblocks:\n  - { block: timeline, placement: right, regions: [full, right, left] }\n"
        let t = try ReportTemplateLoader.decode(bytes: Array(good.utf8), file: "r.yaml").template
        #expect(t.blocks[0].regions == [.full, .left], "the placement itself is not repeated")
        let bad = "page: { width: 600, height: 800 }\nblocks:\n  - { block: header, regions: [left] }\n  - { block: summary, regions: [middle] }\n"
        do {
            _ = try ReportTemplateLoader.decode(bytes: Array(bad.utf8), file: "bad.yaml")
            Issue.record("accepted a broken template")
        } catch let error as BriefingLoadError {
            let lines = error.errors.map(\.description)
            #expect(lines.contains { $0.hasPrefix("bad.yaml:3:31: blocks[0].regions:") && $0.contains("spans the page") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("bad.yaml:4:33: blocks[1].regions[0]:") && $0.contains("'middle'") }, "\(lines)")
        }
    }
}
