// The briefing file's data as typed, validated values (briefing-format.md).

import BriefScene

/// One bilateral relationship or diplomatic event: the whole content of a briefing file.
public struct Briefing: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var date: BriefDate?
    public var place: String?
    /// One or more paragraphs of plain text, as written. In the usual folded block (`summary: >`) a blank line
    /// between paragraphs arrives as one line break, so every line break (or run of them) separates paragraphs;
    /// `summaryParagraphs` splits them.
    public var summary: String?
    public var parties: [Party]
    public var timelines: [Timeline]
    public var pillars: Pillars?
    public var outcomes: [Outcome]
    public var figures: [Figure]
    public var sources: [Source]

    public init(title: String, subtitle: String? = nil, date: BriefDate? = nil, place: String? = nil,
                summary: String? = nil, parties: [Party] = [], timelines: [Timeline] = [], pillars: Pillars? = nil,
                outcomes: [Outcome] = [], figures: [Figure] = [], sources: [Source] = []) {
        self.title = title; self.subtitle = subtitle; self.date = date; self.place = place; self.summary = summary
        self.parties = parties; self.timelines = timelines; self.pillars = pillars; self.outcomes = outcomes
        self.figures = figures; self.sources = sources
    }
}

/// A side of the relationship.
public struct Party: Sendable, Hashable {
    public var name: String
    public var leader: String?
    public var color: Color?
    public init(name: String, leader: String? = nil, color: Color? = nil) {
        self.name = name; self.leader = leader; self.color = color
    }
}

/// A dated sequence of events with optional period bands.
public struct Timeline: Sendable, Hashable {
    /// Unique within the file; `[a-z0-9-]+`.
    public var id: String
    public var title: String?
    public var events: [TimelineEvent]
    public var periods: [Period]
    public init(id: String, title: String? = nil, events: [TimelineEvent], periods: [Period] = []) {
        self.id = id; self.title = title; self.events = events; self.periods = periods
    }
}

public struct TimelineEvent: Sendable, Hashable {
    public var date: BriefDate
    public var label: String
    public var note: String?
    public var highlight: Bool
    /// Events of one group share a colour and a legend entry.
    public var group: String?
    public init(date: BriefDate, label: String, note: String? = nil, highlight: Bool = false, group: String? = nil) {
        self.date = date; self.label = label; self.note = note; self.highlight = highlight; self.group = group
    }
}

/// A range drawn as a band; open-ended when `end` is nil.
public struct Period: Sendable, Hashable {
    public var start: BriefDate
    public var end: BriefDate?
    public var label: String?
    public init(start: BriefDate, end: BriefDate? = nil, label: String? = nil) {
        self.start = start; self.end = end; self.label = label
    }
}

/// The temple diagram: a roof over columns over a stepped foundation.
public struct Pillars: Sendable, Hashable {
    public var roof: String
    public var columns: [PillarColumn]
    /// Foundation steps, bottom to top.
    public var foundation: [String]
    public init(roof: String, columns: [PillarColumn], foundation: [String] = []) {
        self.roof = roof; self.columns = columns; self.foundation = foundation
    }
}

public struct PillarColumn: Sendable, Hashable {
    public var name: String
    public var items: [String]
    public init(name: String, items: [String] = []) { self.name = name; self.items = items }
}

/// What an outcome document is.
public enum OutcomeKind: String, Sendable, Hashable, CaseIterable {
    case statement, agreement, mou, plan, commitment, other

    /// How the kind reads in a label.
    public var displayName: String {
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
    public var title: String
    public var kind: OutcomeKind
    public var parties: [String]
    /// The name of a pillar column this outcome belongs to.
    public var pillar: String?
    public init(title: String, kind: OutcomeKind = .other, parties: [String] = [], pillar: String? = nil) {
        self.title = title; self.kind = kind; self.parties = parties; self.pillar = pillar
    }
}

/// A key number, shown as written.
public struct Figure: Sendable, Hashable {
    public var label: String
    public var value: String
    public var note: String?
    public init(label: String, value: String, note: String? = nil) {
        self.label = label; self.value = value; self.note = note
    }
}

public struct Source: Sendable, Hashable {
    public var title: String
    public var publisher: String?
    public var date: BriefDate?
    public var url: String?
    public init(title: String, publisher: String? = nil, date: BriefDate? = nil, url: String? = nil) {
        self.title = title; self.publisher = publisher; self.date = date; self.url = url
    }
}
