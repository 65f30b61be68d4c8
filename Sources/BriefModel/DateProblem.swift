// Explains why a written date is not a date: wrong form, year out of range, or a day the month does not have.

import BriefScene

enum DateProblem {
    /// The message for a string `BriefDate(parsing:)` refused, naming the exact fault when the form is right.
    static func message(for string: String) -> String {
        let shown = MessageText.quoted(string)
        let generic = "\(shown) is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return generic }
        if year == 0 { return "\(shown) is not a date: years run from 0001 to 9999" }
        guard parts.count == 3, parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
            return generic
        }
        let dayText = parts[2].prefix(2)
        guard dayText.count == 2, let day = Int(dayText), day > BriefDate.daysInMonth(year, month) else {
            return generic
        }
        return "\(shown) is not a real date: \(BriefDate.monthNames[month - 1]) \(year) has "
            + "\(BriefDate.daysInMonth(year, month)) days"
    }
}
