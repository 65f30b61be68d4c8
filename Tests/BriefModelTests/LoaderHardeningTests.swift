// Style and template loaders after the fault trial: the files they read, `extends` kept to the folder,
// where fontFamily was set, the page's bounds (FIFOs are tested through the command, which can time out).

import Foundation
import Testing
@testable import BriefModel

@Suite struct LoaderHardeningTests {
    func folder(_ files: [String: String]) throws -> URL {
        let url = try Fixture.temporaryFolder()
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    @Test func aStyleNamesEveryFileItReadAndWhereFontFamilyWasSet() throws {
        let url = try folder(["base.yaml": "name: base\nfontFamily: Base Sans\n", "top.yaml": "extends: base\n",
                              "own.yaml": "extends: base\n\nfontFamily: Own Sans\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let top = try StyleLoader.loadWithWarnings(path: url.appendingPathComponent("top.yaml").path)
        #expect(top.files == [url.appendingPathComponent("top.yaml").path, url.appendingPathComponent("base.yaml").path])
        #expect(top.fontFamilyPlace == FilePlace(file: url.appendingPathComponent("base.yaml").path, line: 2, column: 13))
        let own = try StyleLoader.loadWithWarnings(path: url.appendingPathComponent("own.yaml").path)
        #expect(own.fontFamilyPlace == FilePlace(file: url.appendingPathComponent("own.yaml").path, line: 3, column: 13))
        #expect(LoadedStyle(style: .standard).files.isEmpty)
    }

    @Test(arguments: ["../outside", "..", ".", "sub/inner", "/etc/passwd", #"sub\inner"#])
    func extendsMayNotLeaveTheFolder(_ value: String) throws {
        let url = try folder(["styles/mine.yaml": "extends: '\(value)'\n", "outside.yaml": "name: outside\n",
                              "styles/sub/inner.yaml": "name: inner\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let path = url.appendingPathComponent("styles/mine.yaml").path
        #expect(throws: BriefingLoadError.self) { try StyleLoader.load(path: path) }
        do { _ = try StyleLoader.load(path: path) } catch let error as BriefingLoadError {
            #expect(error.errors.count == 1)
            #expect(error.errors.first?.description.hasPrefix("\(path):1:10: extends: '\(value)' is not a style name") == true,
                    "\(error)")
        }
    }

    @Test func aTemplateNamesItsFileAndPageSidesAreBounded() throws {
        let url = try folder(["t.yaml": "page: {width: 14400, height: 72}\nmargins: 10\nblocks: [{block: header}]\n",
                              "big.yaml": "page: {width: 14401, height: 71}\nblocks: [{block: header}]\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let t = url.appendingPathComponent("t.yaml").path
        #expect(try ReportTemplateLoader.load(path: t).files == [t])
        let big = url.appendingPathComponent("big.yaml").path
        do {
            _ = try ReportTemplateLoader.load(path: big)
            Issue.record("a 14401 pt page was accepted")
        } catch let error as BriefingLoadError {
            #expect(error.errors.map(\.description) == [
                "\(big):1:15: page.width: must be between 72 and 14400 (found 14401)",
                "\(big):1:30: page.height: must be between 72 and 14400 (found 71)",
            ])
        }
    }
}
