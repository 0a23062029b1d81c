import Foundation

/// Qualifiers read from a row's method/item column and its notes.
///
/// Parsing is deliberately conservative (see `ObservationFlags.parse`): a flag is
/// set only when the row's own text says so. A note that mentions *another*
/// figure as approximate can still set `.approximate`; read `notes` when in doubt.
package struct ObservationFlags: OptionSet, Sendable, Hashable, Codable, CustomStringConvertible {
    package let rawValue: Int
    package init(rawValue: Int) { self.rawValue = rawValue }

    /// Covers only part of the year ("partial", "Q1 only", "Jan-Oct" in the method).
    package static let partialYear = ObservationFlags(rawValue: 1 << 0)
    /// The source gave a minimum ("lower bound"; "at least" in the item column).
    package static let lowerBound = ObservationFlags(rawValue: 1 << 1)
    /// A total over several years ("cumulative").
    package static let cumulative = ObservationFlags(rawValue: 1 << 2)
    /// Converted by the data collector (notes start with "DERIVED:", e.g. acres to ha).
    package static let derived = ObservationFlags(rawValue: 1 << 3)
    /// Approximate ("approx", or a year written "c.2015").
    package static let approximate = ObservationFlags(rawValue: 1 << 4)
    /// The notes say this row conflicts with another row ("conflicts with").
    package static let conflicting = ObservationFlags(rawValue: 1 << 5)

    package static let all: [(ObservationFlags, String)] = [
        (.partialYear, "partial"), (.lowerBound, "lower-bound"), (.cumulative, "cumulative"),
        (.derived, "derived"), (.approximate, "approx"), (.conflicting, "conflicts"),
    ]

    /// Short labels, e.g. ["partial", "approx"].
    package var labels: [String] { Self.all.filter { contains($0.0) }.map(\.1) }
    package var description: String { labels.joined(separator: ",") }

    /// Reads flags from the item/method column text and the notes.
    package static func parse(item: String?, notes: String) -> ObservationFlags {
        let itemLower = (item ?? "").lowercased()
        let notesLower = notes.lowercased()
        let both = itemLower + " | " + notesLower
        var flags: ObservationFlags = []
        if both.contains("partial") || itemLower.contains("q1 only") || itemLower.contains("jan-") {
            flags.insert(.partialYear)
        }
        if both.contains("lower bound") || itemLower.contains("at least") {
            flags.insert(.lowerBound)
        }
        if both.contains("cumulative") { flags.insert(.cumulative) }
        // The data README: "the note starts with `DERIVED:`". Upper case only.
        if notes.hasPrefix("DERIVED") || notes.contains("DERIVED:") { flags.insert(.derived) }
        if both.contains("approx") { flags.insert(.approximate) }
        if notesLower.contains("conflicts with") || notesLower.contains("conflicts slightly with")
            || notesLower.contains("conflicts by") || notesLower.contains("(conflict)")
        {
            flags.insert(.conflicting)
        }
        return flags
    }
}

/// Which kind of body produced an estimate (used for coca area).
package enum SourcePreference: String, Sendable, CaseIterable, Codable {
    /// UNODC / UNDCP monitoring surveys and World Drug Reports.
    case unodc
    /// U.S. government (ONDCP, CIA CNC, INCSR, State Department, embassy).
    case usGovernment
    /// The producing country's own government (DEVIDA, ministries, police).
    case national
    /// Any source.
    case any

    /// Whether an `estimate_by`/agency text belongs to this kind. A joint
    /// estimate ("UNODC/DEVIDA", "Colombian government / UNODC") matches both.
    package func matches(agency: String?) -> Bool {
        let a = (agency ?? "").lowercased()
        switch self {
        case .any:
            return true
        case .unodc:
            return a.contains("unodc") || a.contains("undcp")
        case .usGovernment:
            return a.contains("us government") || a.contains("u.s. government")
                || a.contains("us state department") || a.contains("ondcp")
                || a.contains("incsr") || a.contains("us estimate") || a.contains("us embassy")
        case .national:
            if a.contains("devida") { return true }
            let national = [
                "colombian government", "peru government", "bolivian government",
                "ministry", "national police", "policia", "inei", "inmlcf",
            ]
            return national.contains { a.contains($0) }
        }
    }
}

/// One row of one bundled CSV file, typed.
package struct Observation: Sendable, Hashable, Codable, Identifiable {
    /// Series name, one of `BundledData.seriesNames` (e.g. "cocaArea").
    package var series: String
    /// CSV file the row came from (e.g. "coca_cultivation_ha.csv").
    package var file: String
    /// 1-based physical line of the row in that file (the header is line 1).
    package var line: Int
    /// Country, market or recipient ("Colombia", "United States", "Andean total (BOL+COL+PER)").
    /// Empty for files without such a column (costs.csv).
    package var entity: String
    /// Sub-national region (coca_by_region_ha.csv only).
    package var region: String?
    /// First (or only) year; nil when the source gives no year.
    package var year: Int?
    /// Last year of a range such as "2000-2003" or "2000s"; nil for a single year.
    package var yearEnd: Int?
    /// The year cell exactly as written ("2000-2003", "c.2015", "2016 (model)").
    package var yearText: String
    /// Method / measure / stage / item / indicator / category / product column.
    package var item: String?
    /// Point value, when the cell is one number.
    package var value: Double?
    /// Range bounds, when the cell (or tons_low/tons_high) is a range, or the
    /// start and end of a change written "17000 -> 34000" (see `isChange`).
    package var low: Double?
    package var high: Double?
    /// True when low/high are a before -> after change, not a range.
    package var isChange: Bool
    /// The value cell(s) exactly as written.
    package var valueText: String
    /// Unit ("ha", "t", "USD/kg", "per 100,000", ...).
    package var unit: String
    /// Estimating or reporting body (estimate_by / reporting_agency /
    /// source_agency column), when the file has one.
    package var source: String?
    package var sourceURL: String
    package var notes: String
    package var flags: ObservationFlags
    /// Other columns kept verbatim (e.g. "homicides" count in homicide_rate.csv).
    package var extra: [String: String]

    package var id: String { "\(file):\(line)" }

    /// Host of `sourceURL` without "www."/"m." ("docslib.org").
    package var sourceHost: String { Observation.shortHost(sourceURL) }

    /// Spans more than one year (a range year such as "1995-2009" or "2000s").
    package var isMultiYear: Bool { yearEnd != nil && yearEnd != year }

    /// A single full-year figure: one year, not cumulative, not partial.
    package var isAnnual: Bool {
        year != nil && !isMultiYear && !flags.contains(.cumulative) && !flags.contains(.partialYear)
    }

    /// `value`, else the midpoint of `low`/`high` for a range (nil for a change or text).
    package var central: Double? {
        if let value { return value }
        if !isChange, let low, let high { return (low + high) / 2 }
        return nil
    }

    package static func shortHost(_ url: String) -> String {
        var host = URL(string: url)?.host ?? ""
        if host.isEmpty {
            // Fall back to manual splitting for URLs Foundation refuses.
            var s = Substring(url)
            if let r = s.range(of: "://") { s = s[r.upperBound...] }
            host = String(s.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
        }
        host = host.lowercased()
        while host.hasSuffix(".") { host.removeLast() }
        for prefix in ["www.", "m.", "www2."] where host.hasPrefix(prefix) {
            host.removeFirst(prefix.count)
            break
        }
        return host
    }
}
