// Reads report templates (Reports/*.yaml) into `ReportTemplate`s, with located errors like briefing files.

import Yams

/// A template read from a file, with the warnings (unknown keys) found on the way.
public struct LoadedReportTemplate: Sendable {
    /// The checked template.
    public var template: ReportTemplate
    /// Problems that did not refuse the file, in file order.
    public var warnings: [Diagnostic]
    /// The file read (empty for the built-in template), so a program can check its output replaces none.
    package var files: [String]

    /// A loaded template.
    package init(template: ReportTemplate, warnings: [Diagnostic] = [], files: [String] = []) {
        self.template = template; self.warnings = warnings; self.files = files
    }
}

/// Reads report template files (format in Reports/README.md). Errors are `BriefingLoadError`s holding
/// `Diagnostic`s with file:line:column, as for briefing and style files.
package enum ReportTemplateLoader {
    /// Reads the template file at `path` (JSON when it ends in `.json`).
    package static func load(path: String) throws -> LoadedReportTemplate {
        try decode(bytes: FileReading.read(path: path), file: path)
    }

    /// Decodes a template from the bytes of the file `file`.
    package static func decode(bytes: [UInt8], file: String) throws -> LoadedReportTemplate {
        let root = try YAMLInput.compose(bytes: bytes, file: file, json: FileReading.isJSON(file),
                                         expected: "a mapping of template keys")
        let walked = try NodeReader.walk(file) { try ReportTemplateDecoder(reader: $0).decode(root, defaultName: baseName(file)) }
        return LoadedReportTemplate(template: walked.value, warnings: walked.warnings, files: [file])
    }

    private static func baseName(_ path: String) -> String {
        var name = Substring(path)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        return String(name)
    }
}

/// Walks a template file's node tree.
struct ReportTemplateDecoder {
    let reader: NodeReader

    static let rootKeys = ["name", "description", "page", "margins", "columns", "gutter", "gap", "typeScale", "blocks"]
    static let pageKeys = ["width", "height"]
    static let marginKeys = ["top", "right", "bottom", "left"]
    static let blockKeys = ["block", "placement", "priority", "title", "limit", "regions"]

    func decode(_ root: Node, defaultName: String) throws -> ReportTemplate? {
        guard let top = try reader.fields(root, "", known: Self.rootKeys, what: "a mapping of template keys") else {
            return nil
        }
        let name = try reader.optionalText(top, "name") ?? defaultName
        let description = try reader.optionalText(top, "description") ?? ""
        var width = 0.0, height = 0.0
        if let node = try reader.required(top, "page"),
           let page = try reader.fields(node, "page", known: Self.pageKeys, what: "a mapping with width and height") {
            width = try length(page, "width", required: true, range: ReportTemplate.pageSides) ?? 0
            height = try length(page, "height", required: true, range: ReportTemplate.pageSides) ?? 0
        }
        let margins = try readMargins(top, width: width, height: height)
        let columns = try length(top, "columns", range: 1...2).map { Int($0) } ?? 2
        if let c = top["columns"], let v = try reader.number(top, "columns"), v != v.rounded() {
            try reader.error(c.mark, "columns", "must be 1 or 2 (found \(v))")
        }
        let gutter = try length(top, "gutter", range: 0...200) ?? 24
        let content = width - margins.left - margins.right
        if columns == 2, content > 0, gutter >= content / 2, let node = top["gutter"] {
            try reader.error(node.mark, "gutter", "leaves no room for two columns: it must be less than half the "
                             + "content width (\(format(content)) pt); make it smaller, or use columns: 1")
        }
        let gap = try length(top, "gap", range: 0...200) ?? 16
        let typeScale = try length(top, "typeScale", range: 0.5...4) ?? 1
        let blocks = try readBlocks(top)
        guard reader.errors.isEmpty else { return nil }
        return ReportTemplate(name: name, description: description, width: width, height: height, margins: margins,
                              columns: columns, gutter: gutter, gap: gap, blocks: blocks, typeScale: typeScale)
    }

    private func length(_ fields: Fields, _ key: String, required: Bool = false,
                        range: ClosedRange<Double>) throws -> Double? {
        if required, try reader.required(fields, key) == nil { return nil }
        guard let value = try reader.number(fields, key) else { return nil }
        guard range.contains(value) else {
            try reader.error(fields[key]?.mark, fields.path(key),
                             "must be between \(format(range.lowerBound)) and \(format(range.upperBound)) (found \(format(value)))")
            return nil
        }
        return value
    }

    private func readMargins(_ top: Fields, width: Double, height: Double) throws -> ReportMargins {
        guard let node = top["margins"], !reader.isNull(node) else { return ReportMargins(all: 40) }
        var margins = ReportMargins(all: 40)
        if case .scalar = node {
            if let v = try length(top, "margins", range: 0...1000) { margins = ReportMargins(all: v) }
        } else if let m = try reader.fields(node, "margins", known: Self.marginKeys,
                                            what: "a number or a mapping of top, right, bottom, left") {
            margins.top = try length(m, "top", range: 0...1000) ?? 40
            margins.right = try length(m, "right", range: 0...1000) ?? 40
            margins.bottom = try length(m, "bottom", range: 0...1000) ?? 40
            margins.left = try length(m, "left", range: 0...1000) ?? 40
        }
        if width > 0, height > 0,
           margins.left + margins.right > width / 2 || margins.top + margins.bottom > height / 2 {
            try reader.error(node.mark, "margins", "leave less than half the page for content; make them smaller")
        }
        return margins
    }

    private func readBlocks(_ top: Fields) throws -> [ReportBlock] {
        guard try reader.required(top, "blocks") != nil, let items = try reader.list(top, "blocks") else { return [] }
        var blocks: [ReportBlock] = []
        if items.isEmpty { try reader.error(top["blocks"]?.mark, "blocks", "needs at least one block") }
        for item in items {
            guard let f = try reader.fields(item.node, item.path, known: Self.blockKeys,
                                            what: "a mapping with at least `block:`") else { continue }
            guard let kindText = try reader.requiredText(f, "block") else { continue }
            guard let kind = ReportBlockKind(rawValue: kindText) else {
                let names = ReportBlockKind.allCases.map(\.rawValue)
                var message = "unknown block '\(kindText)' (blocks: \(names.joined(separator: ", ")))"
                if let s = Spelling.suggestion(for: kindText, among: names) { message += "; did you mean '\(s)'?" }
                try reader.error(f["block"]?.mark, f.path("block"), message)
                continue
            }
            if blocks.contains(where: { $0.kind == kind }) {
                try reader.error(f["block"]?.mark, f.path("block"), "the block '\(kindText)' appears twice")
                continue
            }
            var block = ReportBlock(kind)
            if let p = try reader.optionalText(f, "placement") {
                if let placement = ReportPlacement(rawValue: p) { block.placement = placement } else {
                    try reader.error(f["placement"]?.mark, f.path("placement"),
                                     "'\(p)' is not a placement (full, left or right)")
                }
            }
            if let v = try length(f, "priority", range: 0...1000) {
                if v == v.rounded() { block.priority = Int(v) } else {
                    try reader.error(f["priority"]?.mark, f.path("priority"), "must be a whole number (found \(v))")
                }
            }
            block.title = try reader.optionalText(f, "title")
            if let v = try length(f, "limit", range: 1...1000) {
                if v == v.rounded() { block.limit = Int(v) } else {
                    try reader.error(f["limit"]?.mark, f.path("limit"), "must be a whole number (found \(v))")
                }
            }
            if let regions = try reader.list(f, "regions") {
                for region in regions {
                    guard let text = try reader.text(region.node, region.path) else { continue }
                    guard let placement = ReportPlacement(rawValue: text) else {
                        try reader.error(region.node.mark, region.path, "'\(text)' is not a placement (full, left or right)")
                        continue
                    }
                    if placement != block.placement, !block.regions.contains(placement) { block.regions.append(placement) }
                }
                if kind == .header || kind == .footer, !block.regions.isEmpty {
                    try reader.error(f["regions"]?.mark, f.path("regions"), "the \(kindText) always spans the page")
                }
            }
            if (kind == .header || kind == .footer), block.placement != .full {
                try reader.error(f["placement"]?.mark, f.path("placement"), "the \(kindText) always spans the page")
            }
            blocks.append(block)
        }
        return blocks
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
