// Document timestamps from seconds since the epoch (SOURCE_DATE_EPOCH), on the shared civil calendar.

import BriefScene
import Testing

@Test func epochSecondsBecomeUTCDates() {
    #expect(CivilCalendar.timestamp(secondsSince1970: 0) == "1970-01-01T00:00:00Z")
    #expect(CivilCalendar.timestamp(secondsSince1970: 1_761_748_205) == "2025-10-29T14:30:05Z")
    #expect(CivilCalendar.timestamp(secondsSince1970: -1) == "1969-12-31T23:59:59Z")
    #expect(CivilCalendar.timestamp(secondsSince1970: 951_782_400) == "2000-02-29T00:00:00Z")
}
