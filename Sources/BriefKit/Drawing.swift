// What to draw from a briefing: a timeline, the pillars, the one-page report or a deck; laid out one way for all.

import BriefLayout

/// A picture BriefKit makes from a briefing. The command line and ``BriefKitRenderer`` lay every drawing out
/// through the same value of this type, so the two give the same pictures.
public enum Drawing: Sendable, Hashable {
    /// One timeline: the one with `id` (default: the first) on a canvas of `size`; horizontal unless the
    /// canvas is tall or `orientation` says otherwise.
    case timeline(id: String? = nil, size: Size = Size(width: 960, height: 400), orientation: TimelineOrientation? = nil)
    /// The temple diagram of the pillars, with the outcomes that name a pillar under it unless `showOutcomes`
    /// is false.
    case pillars(size: Size = Size(width: 960, height: 540), showOutcomes: Bool = true)
    /// The one-page briefing following `template`, showing the timeline with id `timeline` (default: the first).
    case report(template: ReportTemplate = .a4, timeline: String? = nil)
    /// A presentation of the whole briefing, a slide per part, at `size` (PowerPoint only).
    case deck(size: Size = Size(width: 960, height: 540))

    /// The briefing has nothing this drawing shows: `key` is the top-level field at fault (for its location).
    public struct NothingToDraw: Error, CustomStringConvertible, Sendable {
        /// The briefing's top-level field the problem is about (`timelines`, `pillars`).
        public var key: String
        /// What is missing.
        public var message: String
        /// The message.
        public var description: String { message }
    }

    /// One page of a drawing and the speaker's notes that go with it on a slide.
    package struct Page: Sendable {
        /// The laid-out page and its notices.
        package var result: LayoutResult
        /// A slide's notes (a deck's summary and sources; otherwise the page's description).
        package var notes: String?
    }

    /// The pages of this drawing of `briefing` (a deck's slides; one page otherwise), measured with `measurer`
    /// and worded in `language`. Throws ``NothingToDraw`` when the briefing lacks what it shows.
    package func layout(_ briefing: Briefing, style: Style, measurer: any TextMeasurer, language: Language) throws -> [Page] {
        switch self {
        case .timeline(let id, let size, let orientation):
            guard !briefing.timelines.isEmpty else {
                throw NothingToDraw(key: "timelines", message: "nothing to draw: the file has no timelines (add a `timelines:` section)")
            }
            let timeline = try Self.timeline(id, in: briefing) ?? briefing.timelines[0]
            let result = TimelineLayout(style: style, measurer: measurer, language: language)
                .layout(timeline, size: size, orientation: orientation, title: timeline.title ?? briefing.title)
            return [Page(result: result, notes: result.scene.metadata.description)]
        case .pillars(let size, let showOutcomes):
            guard let pillars = briefing.pillars else {
                throw NothingToDraw(key: "pillars",
                                    message: "nothing to draw: the file has no pillars (the `pillars:` section is missing or empty)")
            }
            let result = PillarsLayout(style: style, measurer: measurer, language: language)
                .layout(pillars, outcomes: briefing.outcomes, size: size, showOutcomes: showOutcomes, parties: briefing.parties)
            return [Page(result: result, notes: result.scene.metadata.description)]
        case .report(let template, let timeline):
            _ = try Self.timeline(timeline, in: briefing)
            let result = ReportLayout(style: style, measurer: measurer, language: language)
                .layout(briefing, template: template, timeline: timeline)
            return [Page(result: result, notes: result.scene.metadata.description)]
        case .deck(let size):
            let (pages, notices) = DeckLayout(style: style, measurer: measurer, language: language).layout(briefing, size: size)
            var out = pages.map { Page(result: LayoutResult(scene: $0.scene), notes: $0.notes) }
            if !out.isEmpty { out[0].result.notices = notices }
            return out
        }
    }

    /// The timeline with `id`, nil for no id; an id the briefing lacks is refused, naming the ones it has.
    private static func timeline(_ id: String?, in briefing: Briefing) throws -> Timeline? {
        guard let id else { return nil }
        guard let t = briefing.timelines.first(where: { $0.id == id }) else { throw unknownTimeline(id, in: briefing) }
        return t
    }

    /// The problem of a timeline `id` the briefing does not have, naming the ones it has.
    package static func unknownTimeline(_ id: String, in briefing: Briefing) -> NothingToDraw {
        NothingToDraw(key: "timelines", message: "no timeline with id \(MessageText.quoted(id)) "
                      + "(ids: \(briefing.timelines.map(\.id).joined(separator: ", ")))")
    }
}
