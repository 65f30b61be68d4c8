// POST /render/DRAWING.FORMAT with a briefing (YAML, or JSON by its content type) → the rendered file, or the
// located errors as JSON with status 422. DRAWING is report, timeline, pillars or deck; FORMAT png, pdf, svg,
// json or pptx. Query: template (report), id (timeline), style. Listens on 127.0.0.1 (port from PORT, 8080).

import BriefKit
import Foundation
import Hummingbird

/// The largest briefing accepted, as the command line's limit on a briefing file.
let maximumBody = 32 * 1024 * 1024

/// The located problems of a briefing, as the response to a bad one.
struct Problems: Encodable {
    struct Problem: Encodable { var line: Int; var column: Int; var path: String; var message: String }
    var errors: [Problem]
}

func json(_ status: HTTPResponse.Status, _ problems: Problems) -> Response {
    let body = (try? JSONEncoder().encode(problems)) ?? Data("{}".utf8)
    return Response(status: status, headers: [.contentType: "application/json"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
}

func problem(_ status: HTTPResponse.Status, _ message: String) -> Response {
    json(status, Problems(errors: [.init(line: 0, column: 0, path: "", message: message)]))
}

let mediaTypes: [OutputFormat: String] = [
    .png: "image/png", .pdf: "application/pdf", .svg: "image/svg+xml", .json: "application/json",
    .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
]

/// Styles and templates by name, loaded once.
actor Catalogs {
    private var styles: [String: Style] = [:]
    private var templates: [String: ReportTemplate] = [:]
    func style(_ name: String) throws -> Style {
        if let known = styles[name] { return known }
        let s = try StyleCatalog.load(name).style
        styles[name] = s
        return s
    }
    func template(_ name: String) throws -> ReportTemplate {
        if let known = templates[name] { return known }
        let t = try TemplateCatalog.load(name).template
        templates[name] = t
        return t
    }
}
let catalogs = Catalogs()

let router = Router()
router.post("/render/:file") { request, context -> Response in
    let file = context.parameters.get("file") ?? ""
    guard let dot = file.lastIndex(of: "."), let format = OutputFormat(rawValue: String(file[file.index(after: dot)...])) else {
        return problem(.notFound, "POST /render/DRAWING.FORMAT: FORMAT is one of \(OutputFormat.extensionList)")
    }
    let query = request.uri.queryParameters
    // Names only, never paths: a request must not read files of the server's choosing.
    for name in ["style", "template"] where query[Substring(name)].map({ ResourceLocator.isPath(String($0)) }) == true {
        return problem(.badRequest, "\(name) names a shipped one (`briefkit \(name)s` lists them), not a path")
    }
    let drawing: Drawing
    do {
        switch file[..<dot] {
        case "report": drawing = .report(template: try await catalogs.template(query["template"].map(String.init) ?? "a4"))
        case "timeline": drawing = .timeline(id: query["id"].map(String.init))
        case "pillars": drawing = .pillars()
        case "deck": drawing = .deck()
        default: return problem(.notFound, "DRAWING is report, timeline, pillars or deck")
        }
    } catch {
        return problem(.badRequest, "\(error)")
    }
    let body: ByteBuffer
    do { body = try await request.body.collect(upTo: maximumBody) } catch {
        return problem(.contentTooLarge, "a briefing may have at most \(maximumBody) bytes")
    }
    let isJSON = request.headers[.contentType]?.hasPrefix("application/json") == true
    let briefing: Briefing
    do {
        briefing = try BriefingLoader.decode(bytes: Array(buffer: body), file: isJSON ? "briefing.json" : "briefing.yaml",
                                             json: isJSON).briefing
    } catch let error as BriefingLoadError {
        return json(.unprocessableContent, Problems(errors: error.errors.map {
            .init(line: $0.line, column: $0.column, path: $0.path, message: $0.message) }))
    }
    do {
        let renderer = BriefKitRenderer(style: try await catalogs.style(query["style"].map(String.init) ?? "default"))
        let out = try await renderer.render(briefing, drawing, as: format)
        let headers: HTTPFields = [.contentType: mediaTypes[format] ?? "application/octet-stream"]
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: out.bytes)))
    } catch let nothing as Drawing.NothingToDraw {
        return json(.unprocessableContent, Problems(errors: [.init(line: 0, column: 0, path: nothing.key, message: nothing.message)]))
    } catch {
        return problem(.internalServerError, "\(error)")
    }
}

let port = ProcessInfo.processInfo.environment["PORT"].flatMap(Int.init) ?? 8080
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await app.runService()
