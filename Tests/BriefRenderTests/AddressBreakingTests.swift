// Web addresses wrap without inserted hyphens: a reader copying "Ri-" / "yadh" by hand gets a wrong address.
// (The inserted hyphen has no text behind it, so pdftotext cannot see it; the decision is tested here.)

@testable import BriefRender
import Testing

@Suite struct AddressBreakingTests {
    @Test func addressesAreRecognised() {
        for text in ["https://www.mea.gov.in/bilateral-documents.htm?dtl/38270/Joint_Statement",
                     "VNA · en.wikipedia.org/wiki/Enlargement_of_the_European_Union",
                     "see www.gov.uk", "ftp://example.org"] {
            #expect(TextEngine.holdsAddress(text), "\(text)")
        }
    }

    @Test func ordinaryTextIsNot() {
        for text in ["Science, technology & digital transformation", "2024/25 budget", "either/or",
                     "Việt Nam – United Kingdom", "U.S./EU talks"] {
            #expect(!TextEngine.holdsAddress(text), "\(text)")
        }
    }
}
