// Dates: the four written forms, real calendar days, the year range, precision, and ordering on an axis.

import Testing
@testable import BriefModel

@Suite struct DateTests {
    @Test(arguments: [
        ("2008", DatePrecision.year), ("2008-05", .month), ("2025-10-29", .day), ("2025-10-29T14:30", .minute),
        ("0001", .year), ("9999-12-31", .day), ("2024-02-29", .day), ("2000-02-29", .day),
    ])
    func validDatesKeepTheirPrecisionAndText(_ text: String, _ precision: DatePrecision) throws {
        let date = try #require(BriefDate(parsing: text))
        #expect(date.precision == precision)
        #expect(date.description == text)
    }

    @Test(arguments: ["2025-02-30", "2023-02-29", "1900-02-29", "2100-02-29", "2025-04-31", "2025-13", "2025-00",
                      "2025-01-00", "0000", "10000", "999", "2025-1", "2025-01-1", "2025/01/01", "2025-01-01T24:00",
                      "2025-01-01T12:60", "2025-01-01T1230", "", " 2025", "２０２５", "2025-01-01Z", "-2025"])
    func impossibleOrMalformedDatesAreRefused(_ text: String) {
        #expect(BriefDate(parsing: text) == nil)
    }

    @Test func leapYears() throws {
        #expect(BriefDate.isLeap(2024))
        #expect(BriefDate.isLeap(2000))
        #expect(!BriefDate.isLeap(1900))
        #expect(!BriefDate.isLeap(2025))
        #expect(BriefDate.daysInMonth(2024, 2) == 29)
        #expect(BriefDate.daysInMonth(2100, 2) == 28)
    }

    @Test func problemMessagesNameTheFault() throws {
        #expect(DateProblem.message(for: "2025-02-30") == "\"2025-02-30\" is not a real date: February 2025 has 28 days")
        #expect(DateProblem.message(for: "2024-02-30") == "\"2024-02-30\" is not a real date: February 2024 has 29 days")
        #expect(DateProblem.message(for: "2025-04-31T10:00") == "\"2025-04-31T10:00\" is not a real date: April 2025 has 30 days")
        #expect(DateProblem.message(for: "0000-01") == "\"0000-01\" is not a date: years run from 0001 to 9999")
        #expect(DateProblem.message(for: "2025-13")
                == "\"2025-13\" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
    }

    @Test func positionsSitInTheMiddleOfTheSpan() throws {
        let year = try #require(BriefDate(parsing: "2025"))
        let may = try #require(BriefDate(parsing: "2025-05"))
        let day = try #require(BriefDate(parsing: "2025-05-01"))
        let minute = try #require(BriefDate(parsing: "2025-05-01T12:00"))
        #expect(year.end - year.start == 365)
        #expect(may.end - may.start == 31)
        #expect(may.position == may.start + 15.5)
        #expect(day.position == day.start + 0.5)
        #expect(minute.position == day.start + 0.5)
        // "May 2025" sits after 1 May 2025 on the axis, but sorts before it (same start, coarser first).
        #expect(may.position > day.position)
        #expect(may < day)
        #expect(day < minute)
        #expect(year < may)
        #expect(BriefDate(parsing: "2024-12-31")! < year)
    }

    @Test func dayNumbersRoundTrip() throws {
        #expect(BriefDate.dayNumber(1, 1, 1) == 0)
        for n in stride(from: 0, to: 3_652_059, by: 997) {
            let civil = BriefDate.civil(fromDayNumber: n)
            #expect(BriefDate.dayNumber(civil.year, civil.month, civil.day) == n)
        }
    }

    @Test func labelsFollowPrecision() throws {
        #expect(try #require(BriefDate(parsing: "2008")).label == "2008")
        #expect(try #require(BriefDate(parsing: "2008-05")).label == "May 2008")
        #expect(try #require(BriefDate(parsing: "2025-10-29")).label == "29 Oct 2025")
        #expect(try #require(BriefDate(parsing: "2025-10-29T09:05")).label == "29 Oct 2025 09:05")
    }
}
