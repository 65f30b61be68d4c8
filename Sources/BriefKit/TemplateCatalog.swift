// The shipped report templates (Reports/*.yaml) and how `--template NAME|PATH` resolves.

#if canImport(Glibc)
import Glibc
#endif

/// A report template could not be found by name.
public struct TemplateNotFound: Error, CustomStringConvertible, Sendable {
    /// The name asked for.
    public var name: String
    /// The shipped names.
    public var available: [String]
    /// What went wrong, with the names to choose from.
    public var description: String {
        "no report template named '\(name)'" + (available.isEmpty ? "" : " (available: \(available.joined(separator: ", ")))")
            + "; give a template name or the path of a template file (.yaml, .yml or .json)"
    }
}

/// The shipped report templates and how `--template NAME|PATH` resolves.
public enum TemplateCatalog {
    /// Template names in the shipped Reports/ folder, sorted.
    public static func names() -> [String] { ResourceLocator.names(in: "Reports") }

    /// Loads a template given as a path (contains "/" or ends in .yaml, .yml or .json, any case) or a shipped
    /// name (Reports/NAME.yaml, .yml or .json): the same rules as styles. The name "a4" falls back to the
    /// built-in `ReportTemplate.a4` when no Reports/ folder can be found.
    ///
    /// - Parameter nameOrPath: A shipped template's name or the path of a template file.
    /// - Returns: The template, with the warnings (unknown keys) found in its file.
    /// - Throws: ``TemplateNotFound`` for an unknown name; a located `BriefingLoadError` for a broken file.
    public static func load(_ nameOrPath: String) throws -> LoadedReportTemplate {
        if ResourceLocator.isPath(nameOrPath) { return try ReportTemplateLoader.load(path: nameOrPath) }
        if let path = ResourceLocator.file(named: nameOrPath, in: "Reports") {
            return try ReportTemplateLoader.load(path: path)
        }
        if nameOrPath == "a4" { return LoadedReportTemplate(template: .a4) }
        throw TemplateNotFound(name: nameOrPath, available: names())
    }
}
