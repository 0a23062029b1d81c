/// The date strings scenarios accept: `"2026"` or `"2026-03"`, four-digit years and two-digit months,
/// nothing else (no sign, no spaces, no day). `"-2026"` or `"+2030"` are refused rather than read as 2026.
enum YearMonthText {
    /// Year and month (nil when only a year is given), or nil if `text` is not of either form.
    static func parse(_ text: String) -> (year: Int, month: Int?)? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 4 || scalars.count == 7, scalars.prefix(4).allSatisfy(isDigit),
            let year = Int(String(text.prefix(4)))
        else { return nil }
        guard scalars.count == 7 else { return (year, nil) }
        guard scalars[4] == "-", isDigit(scalars[5]), isDigit(scalars[6]),
            let month = Int(String(text.suffix(2))), (1...12).contains(month)
        else { return nil }
        return (year, month)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
