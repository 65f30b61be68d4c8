// Pillar diagram: the layout guarantees and the temple's geometry over many inputs, canvases and measurers.

import BriefLayout
import BriefModel
import BriefScene
import BriefTestSupport
import Testing

private let style = Style.standard

private func layout(_ m: any TextMeasurer) -> PillarsLayout { PillarsLayout(style: style, measurer: m) }

/// Asserts a scene is clean: nothing overlapping or outside, and nothing cut. (A missing font for a
/// script is the machine's business, not the layout's: that notice is allowed.)
private func expectClean(_ result: LayoutResult, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let problems = result.scene.audit()
    #expect(problems.isEmpty, "\(label): \(problems.prefix(3))", sourceLocation: sourceLocation)
    let notices = result.notices.filter { !$0.hasSuffix("have no installed font") }
    #expect(notices.isEmpty, "\(label): \(notices.prefix(3))", sourceLocation: sourceLocation)
}

/// A measurer that knows no font for Japanese: every kana or kanji counts as unknown.
private struct NoJapaneseMeasurer: TextMeasurer {
    let inner = FixedMeasurer()
    func measure(_ text: String, font: FontSpec, wrapWidth: Double?, alignment: TextAlignment) -> TextMetrics {
        inner.measure(text, font: font, wrapWidth: wrapWidth, alignment: alignment)
    }
    func unknownGlyphCount(_ text: String, font: FontSpec) -> Int {
        text.unicodeScalars.filter { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }.count
    }
}

@Suite("Pillars layout")
struct PillarsLayoutTests {
    @Test("A small temple on a big canvas: columns at most about twice their text, the temple centred")
    func smallTempleIsNotStretched() {
        let pillars = Pillars(roof: "Partnership", columns: [PillarColumn(name: "Trade", items: ["More trade"]),
                                                             PillarColumn(name: "Security", items: ["Dialogue"])])
        for m in TestMeasurers.all() {
            let result = layout(m).layout(pillars, outcomes: [], size: Size(width: 960, height: 540))
            expectClean(result, "small temple")
            let columns = result.scene.elements.filter { $0.role == "column" }.map(\.bounds)
            let item = result.scene.texts.first { $0.text == "More trade" }!.box
            let capital = result.scene.elements.first { $0.role == "capital" }!.bounds
            let body = columns[0].maxY - capital.maxY
            #expect(body < max(2.5 * item.height + 40, item.height + 100), "\(body) for a \(item.height)-pt line")
            let bounds = result.scene.elements.map(\.bounds)
            let top = bounds.map(\.minY).min()!, bottom = 540 - bounds.map(\.maxY).max()!
            #expect(abs(top - bottom) < 2, "centred: \(top) above, \(bottom) below")
        }
    }

    @Test("The Việt Nam–UK case is clean and well-formed on slides and a page block")
    func vietnamUK() {
        for m in TestMeasurers.all() {
            for size in PillarsFixtures.canvases {
                let r = layout(m).layout(PillarsFixtures.vietnamUK, outcomes: PillarsFixtures.outcomes, size: size,
                                         parties: PillarsFixtures.parties)
                let label = "\(type(of: m)) \(size.width)×\(size.height)"
                expectClean(r, label)
                checkPillarsGeometry(r.scene, label: label)
                let reader = PillarsSceneReader(scene: r.scene)
                #expect(reader.texts("column-title").map(\.text) == PillarsFixtures.vietnamUK.columns.map(\.name))
                #expect(reader.texts("outcome").count == PillarsFixtures.outcomes.count, "\(label)")
                #expect(reader.texts("outcome-kind").map(\.text) == ["Statement", "Plan", "MoU", "Agreement", "Commitment"],
                        "\(label)")
                #expect(reader.texts("foundation-text").map(\.text) == PillarsFixtures.foundation.reversed(), "\(label)")
                #expect(reader.texts("roof-title").map(\.text) == [PillarsFixtures.roof], "\(label)")
                #expect(reader.texts("party").map(\.text) == ["Việt Nam", "United Kingdom"], "\(label)")
                #expect(r.scene.background == style.colors.background)
            }
        }
    }

    @Test("1 to 12 columns: clean at the preferred height and on slides; nothing overlapping anywhere")
    func oneToTwelveColumns() {
        for m in TestMeasurers.all() {
            for n in 1...12 {
                let pillars = PillarsFixtures.columns(n, items: 1 + n % 3)
                for width in [1600.0, 960, 515] {
                    let h = layout(m).preferredHeight(pillars, outcomes: [], width: width)
                    let r = layout(m).layout(pillars, outcomes: [], size: Size(width: width, height: h))
                    let label = "\(type(of: m)) \(n) columns at \(width)×\(h)"
                    expectClean(r, label)
                    checkPillarsGeometry(r.scene, label: label)
                    #expect(PillarsSceneReader(scene: r.scene).rects("column").count == n, "\(label)")
                }
                for size in PillarsFixtures.canvases {
                    let r = layout(m).layout(pillars, outcomes: [], size: size)
                    let label = "\(type(of: m)) \(n) columns on \(size.width)×\(size.height)"
                    #expect(PillarsSceneReader(scene: r.scene).layoutProblems.isEmpty, "\(label)")
                    checkPillarsGeometry(r.scene, label: label)
                    if size.width >= 960 { expectClean(r, label) }
                }
            }
        }
    }

    @Test("Long names, a 60-character word, 15 items per column, mixed scripts, empty items, many outcomes")
    func hardContent() {
        let word60 = String(repeating: "Interoperability", count: 4).prefix(60)
        let cases: [(String, Pillars, [Outcome])] = [
            ("long names", Pillars(roof: "Comprehensive Strategic Partnership for Peace, Cooperation and Sustainable Development in the Twenty-First Century",
                                   columns: (0..<6).map { PillarColumn(name: "Cooperation on science, technology, innovation and digital transformation \($0)", items: ["Joint research on artificial intelligence, semiconductors and quantum technologies"]) },
                                   foundation: ["Respect for each other's independence, sovereignty, territorial integrity and political institutions, under the UN Charter and international law"]), []),
            ("60-char word", Pillars(roof: String(word60), columns: [PillarColumn(name: String(word60), items: [String(word60)]),
                                                                     PillarColumn(name: "Defence", items: ["Maritime"])],
                                     foundation: [String(word60)]), []),
            ("15 items", Pillars(roof: "Partnership", columns: (0..<5).map { c in
                PillarColumn(name: PillarsFixtures.names[c], items: (0..<15).map { "Item \($0 + 1) of pillar \(c + 1)" }) },
                                 foundation: ["Trust"]), []),
            ("mixed scripts", Pillars(roof: "Đối tác Chiến lược Toàn diện · 全面的戦略的パートナーシップ", columns: [
                PillarColumn(name: "Hợp tác quốc phòng – an ninh", items: ["Tăng cường trao đổi đoàn", "Hợp tác hàng hải"]),
                PillarColumn(name: "日本との協力", items: ["技術協力", "人材育成と交流の促進"]),
                PillarColumn(name: "Сотрудничество", items: ["Энергетика и нефтегазовая отрасль"]),
                PillarColumn(name: "Kinh tế – thương mại – đầu tư", items: ["UKVFTA", "Chuỗi cung ứng"]),
            ], foundation: ["Tôn trọng lẫn nhau", "Luật pháp quốc tế · 国際法"]),
             [Outcome(title: "Tuyên bố chung về quan hệ Đối tác Chiến lược Toàn diện", kind: .statement, pillar: "Hợp tác quốc phòng – an ninh")]),
            ("empty items", Pillars(roof: "Partnership", columns: [PillarColumn(name: "A", items: ["", "  "]),
                                                                   PillarColumn(name: "Trade", items: []),
                                                                   PillarColumn(name: "Culture", items: ["", "Film"])]), []),
            ("many outcomes", PillarsFixtures.vietnamUK,
             (0..<24).map { i in Outcome(title: "Memorandum of understanding number \(i + 1) on cooperation",
                                         kind: OutcomeKind.allCases[i % 6],
                                         pillar: PillarsFixtures.vietnamUK.columns[i % 8].name) }),
        ]
        for m in TestMeasurers.all() {
            for (name, pillars, outcomes) in cases {
                // At the height it asks for, everything fits whole.
                for width in [1600.0, 515] {
                    let h = layout(m).preferredHeight(pillars, outcomes: outcomes, width: width)
                    let r = layout(m).layout(pillars, outcomes: outcomes, size: Size(width: width, height: h))
                    let label = "\(type(of: m)) \(name) at \(width)×\(h)"
                    expectClean(r, label)
                    checkPillarsGeometry(r.scene, label: label)
                }
                // On fixed canvases: never overlapping or outside; anything cut is announced.
                for size in PillarsFixtures.canvases {
                    let r = layout(m).layout(pillars, outcomes: outcomes, size: size)
                    let label = "\(type(of: m)) \(name) on \(size.width)×\(size.height)"
                    #expect(PillarsSceneReader(scene: r.scene).layoutProblems.isEmpty, "\(label)")
                    checkPillarsGeometry(r.scene, label: label)
                    let elided = r.scene.texts.filter(\.elided)
                    #expect(elided.isEmpty || !r.notices.isEmpty, "\(label): cut without a notice")
                }
            }
        }
    }

    @Test("Text no installed font can draw is reported, by text")
    func missingGlyphs() {
        let pillars = Pillars(roof: "Partnership", columns: [PillarColumn(name: "日本との協力", items: ["Trade"]),
                                                             PillarColumn(name: "Defence")])
        let r = PillarsLayout(style: style, measurer: NoJapaneseMeasurer())
            .layout(pillars, outcomes: [], size: Size(width: 515, height: 300))
        #expect(r.notices == ["pillars: 6 characters of \"日本との協力\" have no installed font"])
    }

    @Test("Degenerate canvases: nothing overlaps or leaves the canvas, and every cut is named")
    func tinyCanvas() {
        for m in TestMeasurers.all() {
            for size in [Size(width: 200, height: 150), Size(width: 150, height: 200), Size(width: 320, height: 120)] {
                for pillars in [PillarsFixtures.vietnamUK, PillarsFixtures.columns(12, items: 4), PillarsFixtures.columns(1)] {
                    let r = layout(m).layout(pillars, outcomes: PillarsFixtures.outcomes, size: size,
                                             parties: PillarsFixtures.parties)
                    let label = "\(type(of: m)) \(pillars.columns.count) columns on \(size.width)×\(size.height)"
                    let reader = PillarsSceneReader(scene: r.scene)
                    #expect(reader.layoutProblems.isEmpty, "\(label): \(reader.layoutProblems.prefix(3))")
                    checkPillarsGeometry(r.scene, label: label)
                    for t in r.scene.texts where t.elided {
                        #expect(t.text.hasSuffix("…"), "\(label): cut text without an ellipsis")
                        #expect(t.font.size == style.sizes.minimum, "\(label): cut before reaching the minimum size")
                    }
                    if !r.scene.texts.filter(\.elided).isEmpty {
                        #expect(r.notices.contains { $0.hasPrefix("pillars:") }, "\(label)")
                    }
                    // Nothing is ever drawn below the minimum size.
                    #expect(r.scene.texts.allSatisfy { $0.font.size >= style.sizes.minimum }, "\(label)")
                }
            }
            // The Việt Nam–UK case on 200×150 has to cut, and says what.
            let r = layout(m).layout(PillarsFixtures.vietnamUK, outcomes: PillarsFixtures.outcomes,
                                     size: Size(width: 200, height: 150))
            #expect(!r.notices.isEmpty)
            #expect(r.notices.contains { $0.contains("Politics & diplomacy") })
        }
    }
}
