// `briefkit init`: a commented skeleton briefing with every section, that validates as it is written.

/// The text `briefkit init` writes: a modeline naming the schema (for editors), then every section of the
/// format with an example value and a comment saying what it is for.
package enum BriefingSkeleton {
    /// The skeleton dated `today` (`YYYY-MM-DD`), its modeline pointing at `schema` (a path or URL).
    package static func text(today: String, schema: String) -> String {
        let year = String(today.prefix(4))
        return """
        # yaml-language-server: $schema=\(schema)
        # A BriefKit briefing. Every field is described in docs/format.md; render it with
        #   briefkit report THIS_FILE -o briefing.pdf
        # Quote any text holding a comma, a colon followed by a space, or a leading #, [, {, * or &.

        title: Partner A – Partner B                 # required, one line
        subtitle: Relations upgraded to a strategic partnership
        date: \(today)                            # YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM
        place: Hà Nội
        language: en                                 # the words BriefKit writes: en, vi, fr, ja, ar, …
        summary: >
          One or two paragraphs on what happened and why it matters. A blank line
          starts a new paragraph.

        parties:
          - name: Partner A
            leader: Prime Minister A
            color: "#F2A900"                           # quoted: an unquoted # starts a comment
          - name: Partner B
            leader: President B
            color: "#C8102E"

        timelines:
          - id: history                                # lowercase letters, digits and -
            title: Milestones of the relationship
            events:                                    # one or more; a spreadsheet can hold them too
              - date: "\(Int(year).map { String($0 - 10) } ?? year)"
                label: Diplomatic relations established
                note: The first embassy opens                # shown under the label where there is room
              - date: "\(Int(year).map { String($0 - 2) } ?? year)-06"
                label: First ministerial dialogue
              - date: \(today)
                label: Strategic partnership
                highlight: true                            # drawn in the accent colour, labelled first
            periods:
              - start: "\(Int(year).map { String($0 - 3) } ?? year)"
                label: Closer ties                         # a band behind the events

        pillars:
          roof: Strategic Partnership
          columns:
            - name: Politics & diplomacy
              items: [Regular high-level visits]
            - name: Trade & investment
              items: [A trade target for five years]
          foundation: [Mutual respect and mutual benefit]

        outcomes:                                      # kind: statement, agreement, mou, plan, commitment, other
          - title: Joint statement on the strategic partnership
            kind: statement
          - title: "MoU on trade, investment and energy"  # quoted: it holds commas
            kind: mou
            parties: [Ministry of Trade of A, Department for Business of B]
            pillar: Trade & investment                 # the name of a column above

        figures:
          - label: Bilateral trade
            value: "$10 billion"                       # shown as written
            note: In the last full year

        sources:
          - title: Partners upgrade relations
            publisher: News agency
            date: \(today)
            url: https://example.org/article

        """
    }
}
