// Renderer behaviour shared by all formats: same text layout everywhere, font reuse, concurrent use.

import BriefRender
import BriefScene
import Testing

@Suite struct RendererTests {
    let renderer = Renderer()

    @Test(arguments: [1.0, 2.0, 3.5])
    func pngParagraphInkStaysInItsMeasuredLines(scale: Double) throws {
        let measurer = PangoMeasurer()
        let text = "Officials said implementation would depend on follow-up agreements, funding decisions and private-sector interest in both countries."
        let font = sans.sized(10)
        let metrics = measurer.measure(text, font: font, wrapWidth: 150)
        var scene = Scene(width: 200, height: 200)
        scene.append(.text(TextElement(role: "body", text: text, font: font, color: .black, wrapWidth: 150,
                                       topLeft: Point(20, 20), metrics: metrics)))
        let png = try DecodedPNG(renderer.render(scene, to: .png, scale: scale).bytes)
        var inkRows: [Int] = []
        for y in 0..<png.height where (0..<png.width).contains(where: { png.pixel($0, y).r < 128 }) { inkRows.append(y) }
        let box = scene.texts[0].box
        let lineHeight = box.height / Double(metrics.lineCount)
        let top = try #require(inkRows.first), bottom = try #require(inkRows.last)
        #expect(metrics.lineCount >= 4)
        #expect(Double(top) / scale >= box.minY - 1)
        #expect(Double(bottom) / scale <= box.maxY + 1, "ink below the measured box: drawn with more lines")
        #expect(Double(bottom) / scale > box.maxY - lineHeight, "no ink in the last line: drawn with fewer lines")
    }

    @Test func reusingTheMeasurerGivesTheSameBytes() throws {
        let measurer = PangoMeasurer()
        _ = measurer.measure("warm up", font: sans)
        for format in [OutputFormat.png, .pdf, .svg] {
            let plain = try renderer.render(sampleScene(), to: format)
            let reused = try renderer.render(sampleScene(), to: format, reusing: measurer)
            #expect(plain == reused, "\(format)")
        }
        #expect(measurer.measure("warm up", font: sans).lineCount == 1)
    }

    @Test func concurrentRendersAgree() async throws {
        let scene = sampleScene()
        let expected = try renderer.render(scene, to: .pdf).bytes
        let expectedPNG = try renderer.render(scene, to: .png).bytes
        let results = try await withThrowingTaskGroup(of: ([UInt8], [UInt8]).self) { group in
            for _ in 0..<6 {
                group.addTask { (try Renderer().render(scene, to: .pdf).bytes, try Renderer().render(scene, to: .png).bytes) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 6)
        #expect(results.allSatisfy { $0.0 == expected && $0.1 == expectedPNG })
    }

    @Test func emptySceneRenders() throws {
        let scene = Scene(width: 10, height: 10, background: nil)
        #expect(try renderer.render(scene, to: .png).bytes.count > 50)
        #expect(try renderer.render(scene, to: .pdf).bytes.count > 100)
        #expect(try renderer.render(scene, to: .svg).bytes.count > 100)
    }

    @Test func errorsDescribeThemselves() {
        #expect("\(RenderError.invalidSize("the canvas is 0 × 10 points"))" == "cannot render: the canvas is 0 × 10 points")
        #expect("\(RenderError.cairo(stage: "finishing the PDF", message: "error while writing to output stream"))"
                == "Cairo failed while finishing the PDF: error while writing to output stream")
    }
}
