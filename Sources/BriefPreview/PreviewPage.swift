// The preview's page: the latest pictures with their captions, the error banner, and the script that follows
// `/events` to swap the pictures (or show the error over them) in the same page after every render.

import BriefScene

enum PreviewPage {
    /// The page for `state`, as it stands; its script keeps it up to date from then on.
    static func html(file: String, _ state: PreviewSnapshot) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let figures = state.pictures.map { picture in
            """
            <figure id="figure-\(xmlEscaped(picture.name))" class="\(picture.name.hasPrefix("report") ? "report" : "diagram")">\
            <img src="/picture/\(xmlEscaped(picture.name))?v=\(state.picturesVersion)" alt="\(xmlEscaped(picture.caption))">\
            <figcaption>\(xmlEscaped(picture.caption))</figcaption></figure>
            """
        }.joined(separator: "\n")
        return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(xmlEscaped(name)) — briefkit preview</title>
        <style>\(style)</style>
        </head>
        <body data-version="\(state.version)" data-events="0">
        <div class="top">
        <header>
        <h1>\(xmlEscaped(name))</h1>\(name == file ? "" : "<span class=\"path\">\(xmlEscaped(file))</span>")
        <span id="status" class="\(state.error == nil ? "" : "stale")">\(xmlEscaped(status(state)))</span>
        </header>
        <div id="banner" role="alert"\(state.error == nil ? " hidden" : "")>
        <strong>Not updated: the last save has an error.</strong> The pictures below are from the last good render.
        <pre id="error">\(xmlEscaped(state.error ?? ""))</pre>
        </div>
        </div>
        <ul id="notes"\(state.notes.isEmpty ? " hidden" : "")>\(state.notes.map { "<li>\(xmlEscaped($0))</li>" }.joined())</ul>
        <main id="pictures" class="\(state.error == nil ? "" : "stale")">
        \(figures.isEmpty ? "<p id=\"empty\">\(state.version == 0 ? "Rendering…" : "No picture yet: the file has an error.")</p>" : figures)
        </main>
        <script>\(script)</script>
        </body>
        </html>

        """
    }

    /// The header's status line, as the script writes it too.
    static func status(_ state: PreviewSnapshot) -> String {
        if state.version == 0 { return "Rendering…" }
        if state.error != nil { return "Render \(state.version) failed at \(state.time)" }
        return "Render \(state.version) at \(state.time)"
    }

    static let style = """
    :root{--ink:#1d2330;--muted:#5b6475;--line:#d9dde5;--page:#eceef2;--bad:#b42318;--bad-bg:#fef3f2;--good:#12b76a}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.45 system-ui,"Noto Sans",sans-serif;color:var(--ink);background:var(--page)}
    .top{position:sticky;top:0;z-index:1}
    header{display:flex;align-items:baseline;flex-wrap:wrap;gap:.4rem 1rem;padding:.75rem 1.5rem;background:#fff;
      border-bottom:1px solid var(--line)}
    h1{font-size:1.15rem;margin:0}
    .path{color:var(--muted);font-size:.85rem}
    #status{margin-left:auto;color:var(--muted);font-size:.85rem}
    #status::before{content:"";display:inline-block;width:.55rem;height:.55rem;border-radius:50%;background:var(--good);
      margin-right:.4rem}
    #status.stale::before,#status.lost::before{background:var(--bad)}
    #banner,#notes{width:min(calc(1100px - 3rem),calc(100% - 3rem));margin:.75rem auto 0;border-radius:4px}
    #banner{padding:.75rem 1rem;background:var(--bad-bg);color:#7a271a;
      border:1px solid #fecdca;border-left:5px solid var(--bad);box-shadow:0 4px 14px rgba(16,24,40,.14)}
    #banner[hidden],#notes[hidden]{display:none}
    #banner strong{color:var(--bad)}
    #error{margin:.45rem 0 0;white-space:pre-wrap;font:13px/1.45 ui-monospace,"Noto Sans Mono",monospace;color:var(--ink)}
    main{max-width:1100px;margin:0 auto;padding:1.25rem 1.5rem 1rem}
    figure{margin:0 0 1.75rem}
    figure img{display:block;width:100%;height:auto;background:#fff;border-radius:2px;
      box-shadow:0 1px 3px rgba(16,24,40,.14),0 1px 2px rgba(16,24,40,.08);transition:opacity .2s}
    figure.report img{max-width:820px;margin:0 auto}
    figcaption{margin-top:.5rem;text-align:center;color:var(--muted);font-size:.9rem}
    main.stale img{opacity:.6}
    #empty{color:var(--muted);text-align:center;padding:3rem 0}
    #notes{padding:.5rem 1rem .5rem 2.25rem;background:#fff;border:1px solid var(--line);color:var(--muted);font-size:.85rem}
    """

    /// Follows `/events`: a good render points every picture at its new version (adding and removing figures as
    /// the file gained or lost diagrams); a failed one shows its error over the pictures, which stay.
    static let script = """
    "use strict";
    const pictures = document.getElementById("pictures"), banner = document.getElementById("banner");
    const status = document.getElementById("status"), notes = document.getElementById("notes");
    let events = 0;
    function figure(p) {
      let f = document.getElementById("figure-" + p.name);
      if (!f) {
        f = document.createElement("figure");
        f.id = "figure-" + p.name;
        f.className = p.name.startsWith("report") ? "report" : "diagram";
        f.append(document.createElement("img"), document.createElement("figcaption"));
      }
      return f;
    }
    function show(m) {
      events += 1;
      document.body.dataset.events = String(events);
      document.body.dataset.version = String(m.version);
      status.className = m.ok ? "" : "stale";
      status.textContent = "Render " + m.version + (m.ok ? "" : " failed") + " at " + m.time;
      banner.hidden = m.ok;
      pictures.classList.toggle("stale", !m.ok);
      notes.hidden = m.notes.length === 0;
      notes.replaceChildren(...m.notes.map(n => { const li = document.createElement("li"); li.textContent = n; return li; }));
      if (!m.ok) { document.getElementById("error").textContent = m.error; return; }
      const figures = m.pictures.map(p => {
        const f = figure(p), img = f.querySelector("img");
        img.src = "/picture/" + encodeURIComponent(p.name) + "?v=" + m.version;
        img.alt = p.caption;
        f.querySelector("figcaption").textContent = p.caption;
        return f;
      });
      const same = figures.length === pictures.children.length && figures.every((f, i) => pictures.children[i] === f);
      if (!same) pictures.replaceChildren(...figures);
    }
    const source = new EventSource("/events");
    source.addEventListener("render", e => show(JSON.parse(e.data)));
    source.onerror = () => {
      status.className = "lost";
      status.textContent = "Disconnected: is briefkit preview still running? Retrying…";
    };
    """
}
