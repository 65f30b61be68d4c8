// The briefing file's data as typed, validated values (briefing-format.md).

import BriefScene

/// One bilateral relationship or diplomatic event: the whole content of a briefing file.
public struct Briefing: Sendable, Hashable {
    /// The one-line title (required).
    public var title: String
    /// A line under the title.
    public var subtitle: String?
    /// When the meeting or event took place.
    public var date: BriefDate?
    /// Where it took place.
    public var place: String?
    /// One or more paragraphs of plain text, as written. In the usual folded block (`summary: >`) a blank line
    /// between paragraphs arrives as one line break, so every line break (or run of them) separates paragraphs;
    /// `summaryParagraphs` splits them.
    public var summary: String?
    /// The sides of the relationship, usually two.
    public var parties: [Party]
    /// Dated histories; ids are unique.
    public var timelines: [Timeline]
    /// The temple diagram, if any.
    public var pillars: Pillars?
    /// What was signed or agreed.
    public var outcomes: [Outcome]
    /// Key numbers for the page.
    public var figures: [Figure]
    /// Where the facts come from.
    public var sources: [Source]
    /// The language the briefing is written in, as a BCP 47 tag (`language:`); nil means English.
    public var language: String?
    /// Where `language:` was written, for warnings about it.
    package var languagePlace: FilePlace?
    /// The briefing's own words for what BriefKit writes (`terms:`), overriding the language's.
    package var terms: [WordKey: Phrase]
    /// `hyphenate: false` keeps every word whole where it fits; nil leaves it to the style.
    public var hyphenate: Bool?

    /// A briefing; only the title is required.
    public init(title: String, subtitle: String? = nil, date: BriefDate? = nil, place: String? = nil,
                summary: String? = nil, parties: [Party] = [], timelines: [Timeline] = [], pillars: Pillars? = nil,
                outcomes: [Outcome] = [], figures: [Figure] = [], sources: [Source] = []) {
        self.title = title; self.subtitle = subtitle; self.date = date; self.place = place; self.summary = summary
        self.parties = parties; self.timelines = timelines; self.pillars = pillars; self.outcomes = outcomes
        self.figures = figures; self.sources = sources
        self.language = nil; self.languagePlace = nil; self.terms = [:]; self.hyphenate = nil
    }

    /// The names the page must not break across lines where they fit on one: parties and leaders.
    package var names: [String] {
        var seen: Set<String> = []
        return parties.flatMap { [$0.name, $0.leader].compactMap { $0 } }.filter { $0.contains(" ") && seen.insert($0).inserted }
    }
}

/// A side of the relationship.
public struct Party: Sendable, Hashable {
    /// The party's name, e.g. "Việt Nam".
    public var name: String
    /// Who led the delegation, e.g. "General Secretary Tô Lâm".
    public var leader: String?
    /// The party's colour (`#RRGGBB` in the file).
    public var color: Color?
    /// A party.
    public init(name: String, leader: String? = nil, color: Color? = nil) {
        self.name = name; self.leader = leader; self.color = color
    }
}

/// A dated sequence of events with optional period bands.
public struct Timeline: Sendable, Hashable {
    /// Unique within the file; `[a-z0-9-]+`.
    public var id: String
    /// A heading for the timeline.
    public var title: String?
    /// One or more events, in file order (not necessarily sorted).
    public var events: [TimelineEvent]
    /// Ranges drawn as bands behind the events.
    public var periods: [Period]
    /// How dates map onto the axis: `.auto` breaks it across a long stretch without events.
    public var scale: TimelineScale
    /// A timeline.
    public init(id: String, title: String? = nil, events: [TimelineEvent], periods: [Period] = [],
                scale: TimelineScale = .auto) {
        self.id = id; self.title = title; self.events = events; self.periods = periods; self.scale = scale
    }
}

/// A timeline's `scale:`.
public enum TimelineScale: String, Sendable, Hashable, CaseIterable {
    /// Linear, but broken where a stretch without events would take more than a third of the axis.
    case auto
    /// Linear from end to end: equal times take equal lengths, whatever lies between the events.
    case linear
}

/// One dated event on a timeline.
public struct TimelineEvent: Sendable, Hashable {
    /// When, at the precision written.
    public var date: BriefDate
    /// Short label (required).
    public var label: String
    /// Optional longer note.
    public var note: String?
    /// Drawn with the accent colour.
    public var highlight: Bool
    /// Events of one group share a colour and a legend entry.
    public var group: String?
    /// `keep: true`: a page short of room cuts this last (after everything not kept, latest first).
    public var keep = false
    /// An event.
    public init(date: BriefDate, label: String, note: String? = nil, highlight: Bool = false, group: String? = nil) {
        self.date = date; self.label = label; self.note = note; self.highlight = highlight; self.group = group
    }
}

/// A range drawn as a band; open-ended when `end` is nil.
public struct Period: Sendable, Hashable {
    /// Where the band starts.
    public var start: BriefDate
    /// Where the band ends; nil for open-ended. Never before `start`.
    public var end: BriefDate?
    /// Text on the band.
    public var label: String?
    /// A period.
    public init(start: BriefDate, end: BriefDate? = nil, label: String? = nil) {
        self.start = start; self.end = end; self.label = label
    }
}

/// The temple diagram: a roof over columns over a stepped foundation.
public struct Pillars: Sendable, Hashable {
    /// The text on the roof (required).
    public var roof: String
    /// One or more columns, left to right.
    public var columns: [PillarColumn]
    /// Foundation steps, bottom to top.
    public var foundation: [String]
    /// A temple diagram.
    public init(roof: String, columns: [PillarColumn], foundation: [String] = []) {
        self.roof = roof; self.columns = columns; self.foundation = foundation
    }
}

/// One column of the temple diagram.
public struct PillarColumn: Sendable, Hashable {
    /// The column's heading; outcomes refer to it by this name.
    public var name: String
    /// Bullet texts inside the column.
    public var items: [String]
    /// A column.
    public init(name: String, items: [String] = []) { self.name = name; self.items = items }
}

/// What an outcome document is.
public enum OutcomeKind: String, Sendable, Hashable, CaseIterable {
    /// A joint statement or declaration.
    case statement
    /// An agreement or treaty.
    case agreement
    /// A memorandum of understanding.
    case mou
    /// A plan or programme of action.
    case plan
    /// A commitment one or both sides made.
    case commitment
    /// Anything else.
    case other

    /// How the kind reads in a label.
    package var displayName: String {
        switch self {
        case .statement: "Statement"
        case .agreement: "Agreement"
        case .mou: "MoU"
        case .plan: "Plan"
        case .commitment: "Commitment"
        case .other: "Other"
        }
    }
}

/// Something signed or agreed.
public struct Outcome: Sendable, Hashable {
    /// What the document is called (required).
    public var title: String
    /// Statement, agreement, MoU, …; `.other` when not given.
    public var kind: OutcomeKind
    /// Who signed or agreed, as written.
    public var parties: [String]
    /// The name of a pillar column this outcome belongs to.
    public var pillar: String?
    /// `keep: true`: a page short of room cuts this last (after everything not kept, latest first).
    public var keep = false
    /// An outcome.
    public init(title: String, kind: OutcomeKind = .other, parties: [String] = [], pillar: String? = nil) {
        self.title = title; self.kind = kind; self.parties = parties; self.pillar = pillar
    }
}

/// A key number, shown as written.
public struct Figure: Sendable, Hashable {
    /// What the number is (required).
    public var label: String
    /// The number as written, e.g. "14" or "×2" (required).
    public var value: String
    /// Optional explanation.
    public var note: String?
    /// `keep: true`: a page short of room cuts this last (after everything not kept, latest first).
    public var keep = false
    /// A figure.
    public init(label: String, value: String, note: String? = nil) {
        self.label = label; self.value = value; self.note = note
    }
}

/// Where facts come from: an article, statement or report.
public struct Source: Sendable, Hashable {
    /// The source's title (required).
    public var title: String
    /// Who published it.
    public var publisher: String?
    /// When it was published.
    public var date: BriefDate?
    /// A link, when there is one.
    public var url: String?
    /// `keep: true`: a page short of room cuts this last (after everything not kept, latest first).
    public var keep = false
    /// A source.
    public init(title: String, publisher: String? = nil, date: BriefDate? = nil, url: String? = nil) {
        self.title = title; self.publisher = publisher; self.date = date; self.url = url
    }
}
