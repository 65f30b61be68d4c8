// `briefkit templates`: the shipped report templates with their page size and a one-line description.

import ArgumentParser
import BriefKit

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the shipped report templates with a one-line description.")

    func run() throws {
        let names = TemplateCatalog.names()
        guard !names.isEmpty else {
            print("a4              (built in) " + ReportTemplate.a4.description)
            return
        }
        for name in names {
            let line: String
            if let t = try? TemplateCatalog.load(name).template {
                line = "\(format(t.width))×\(format(t.height)) pt  " + t.description
            } else {
                line = "(does not load)"
            }
            print(name + String(repeating: " ", count: max(1, 16 - name.count)) + line)
        }
    }

    private func format(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }
}
