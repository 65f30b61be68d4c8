// Words about a laid-out pillar diagram: its alt text, and notices naming whatever had to be cut.

import BriefModel
import BriefScene

/// The pillar diagram's alt text and cut notices.
enum PillarsText {
    /// One sentence describing the picture, e.g. "Pillar diagram: Comprehensive Strategic Partnership
    /// resting on 8 pillars: …; foundation: …."
    static func description(_ pillars: Pillars, draft: PillarsDraft, parties: [Party], outcomeCount: Int,
                            language: Language) -> String {
        let l = language
        let separator = l.phrase(.listSeparator)
        let columns = l.phrase(.altPillarsColumns, count: pillars.columns.count)
            + (draft.tierCount > 1 ? l.phrase(.altPillarsTiers, count: draft.tierCount) : "")
        return l.phrase(.altPillars, [
            "roof": pillars.roof,
            "parties": parties.isEmpty ? "" : l.phrase(.altPillarsParties, ["list": l.list(parties.map(\.name))]),
            "columns": columns,
            "list": pillars.columns.map(\.name).joined(separator: separator),
            "foundation": pillars.foundation.isEmpty ? ""
                : l.phrase(.altPillarsFoundation, ["list": pillars.foundation.joined(separator: separator)]),
            "outcomes": outcomeCount > 0 ? l.phrase(.altPillarsOutcomes, count: outcomeCount) : "",
        ])
    }

    private static func quoted(_ s: String) -> String { MessageText.quoted(s) }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// One notice per thing shortened or left out, each naming it.
    static func cutNotices(_ d: PillarsDraft, pillars: Pillars, size: Size) -> [String] {
        let at = "to fit \(SceneNumber.format(size.width))×\(SceneNumber.format(size.height)) pt"
        var out: [String] = []
        if let t = d.roof.title, t.elided {
            out.append("pillars: roof \(quoted(pillars.roof)) shortened to \(quoted(t.text)) \(at)")
        } else if d.roof.title == nil && !pillars.roof.isEmpty {
            out.append("pillars: roof \(quoted(pillars.roof)) left out \(at)")
        }
        if d.roof.partiesDropped { out.append("pillars: party names left out of the roof \(at)") }
        for c in d.columns.columns {
            if c.title.elided {
                out.append("pillars: column title \(quoted(c.name)) shortened to \(quoted(c.title.text)) \(at)")
            }
            var parts: [String] = []
            for b in c.blocks {
                if b.text.elided {
                    parts.append("\(b.outcome == nil ? "item" : "outcome") \(quoted(b.source)) shortened to \(quoted(b.text.text))")
                }
                if let tag = b.tag, tag.elided {
                    parts.append("kind tag \(quoted(b.outcome?.displayName ?? "")) shortened to \(quoted(tag.text))")
                }
            }
            if !c.dropped.isEmpty {
                let items = c.dropped.filter { $0.outcome == nil }.count
                let outcomes = c.dropped.count - items
                var what: [String] = []
                if items > 0 { what.append(count(items, "item")) }
                if outcomes > 0 { what.append(count(outcomes, "outcome")) }
                parts.append(what.joined(separator: " and ") + " left out ("
                             + c.dropped.map { quoted($0.source) }.joined(separator: ", ") + ")")
            }
            if !parts.isEmpty { out.append("pillars: column \(quoted(c.name)): " + parts.joined(separator: "; ") + " \(at)") }
        }
        for source in d.foundation.elidedSources {
            let cut = d.foundation.steps.first { $0.source == source }?.text?.text ?? ""
            out.append("pillars: foundation step \(quoted(source)) shortened to \(quoted(cut)) \(at)")
        }
        let bare = d.foundation.steps.filter { $0.text == nil && !($0.source ?? "").isEmpty }.compactMap(\.source)
        if !bare.isEmpty {
            out.append("pillars: foundation text left out (" + bare.map(quoted).joined(separator: ", ") + ") \(at)")
        }
        return out
    }

    /// One notice per text some of whose characters no installed font can draw.
    static func missingGlyphNotices(_ scene: Scene, measurer: any TextMeasurer) -> [String] {
        scene.texts.compactMap { t in
            let n = measurer.unknownGlyphCount(t.text, font: t.font)
            return n == 0 ? nil : "pillars: \(count(n, "character")) of \(quoted(t.text)) have no installed font"
        }
    }
}
