import Foundation

/// Qualifiers read from a row's method/item column and its notes.
///
/// Parsing is deliberately conservative (see `ObservationFlags.parse`): a flag is
/// set only when the row's own text says so. A note that mentions *another*
/// figure as approximate can still set `.approximate`; read `notes` when in doubt.
public struct ObservationFlags: OptionSet, Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Covers only part of the year ("partial", "Q1 only", "Jan-Oct" in the method).
    public static let partialYear = ObservationFlags(rawValue: 1 << 0)
    /// The source gave a minimum ("lower bound"; "at least" in the item column).
    public static let lowerBound = ObservationFlags(rawValue: 1 << 1)
    /// A total over several years ("cumulative").
    public static let cumulative = ObservationFlags(rawValue: 1 << 2)
    /// Converted by the data collector (notes start with "DERIVED:", e.g. acres to ha).
    public static let derived = ObservationFlags(rawValue: 1 << 3)
    /// Approximate ("approx", or a year written "c.2015").
    public static let approximate = ObservationFlags(rawValue: 1 << 4)
    /// The notes say this row conflicts with another row ("conflicts with").
    public static let conflicting = ObservationFlags(rawValue: 1 << 5)

    public static let all: [(ObservationFlags, String)] = [
        (.partialYear, "partial"), (.lowerBound, "lower-bound"), (.cumulative, "cumulative"),
        (.derived, "derived"), (.approximate, "approx"), (.conflicting, "conflicts"),
    ]

    /// Short labels, e.g. ["partial", "approx"].
    public var labels: [String] { Self.all.filter { contains($0.0) }.map(\.1) }
    public var description: String { labels.joined(separator: ",") }

    /// Reads flags from the item/method column text and the notes.
    public static func parse(item: String?, notes: String) -> ObservationFlags {
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
            || notesLower.contains("conflicts by") || notesLower.contains("(conflict)") {
            flags.insert(.conflicting)
        }
        return flags
    }
}

/// Which kind of body produced an estimate (used for coca area).
public enum SourcePreference: String, Sendable, CaseIterable, Codable {
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
    public func matches(agency: String?) -> Bool {
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
            let national = ["colombian government", "peru government", "bolivian government",
                            "ministry", "national police", "policia", "inei", "inmlcf"]
            return national.contains { a.contains($0) }
        }
    }
}

/// One row of one bundled CSV file, typed.
public struct Observation: Sendable, Hashable, Codable, Identifiable {
    /// Series name, one of `BundledData.seriesNames` (e.g. "cocaArea").
    public var series: String
    /// CSV file the row came from (e.g. "coca_cultivation_ha.csv").
    public var file: String
    /// 1-based physical line of the row in that file (the header is line 1).
    public var line: Int
    /// Country, market or recipient ("Colombia", "United States", "Andean total (BOL+COL+PER)").
    /// Empty for files without such a column (costs.csv).
    public var entity: String
    /// Sub-national region (coca_by_region_ha.csv only).
    public var region: String?
    /// First (or only) year; nil when the source gives no year.
    public var year: Int?
    /// Last year of a range such as "2000-2003" or "2000s"; nil for a single year.
    public var yearEnd: Int?
    /// The year cell exactly as written ("2000-2003", "c.2015", "2016 (model)").
    public var yearText: String
    /// Method / measure / stage / item / indicator / category / product column.
    public var item: String?
    /// Point value, when the cell is one number.
    public var value: Double?
    /// Range bounds, when the cell (or tons_low/tons_high) is a range, or the
    /// start and end of a change written "17000 -> 34000" (see `isChange`).
    public var low: Double?
    public var high: Double?
    /// True when low/high are a before -> after change, not a range.
    public var isChange: Bool
    /// The value cell(s) exactly as written.
    public var valueText: String
    /// Unit ("ha", "t", "USD/kg", "per 100,000", ...).
    public var unit: String
    /// Estimating or reporting body (estimate_by / reporting_agency /
    /// source_agency column), when the file has one.
    public var source: String?
    public var sourceURL: String
    public var notes: String
    public var flags: ObservationFlags
    /// Other columns kept verbatim (e.g. "homicides" count in homicide_rate.csv).
    public var extra: [String: String]

    public var id: String { "\(file):\(line)" }

    /// Host of `sourceURL` without "www."/"m." ("docslib.org").
    public var sourceHost: String { Observation.shortHost(sourceURL) }

    /// Spans more than one year (a range year such as "1995-2009" or "2000s").
    public var isMultiYear: Bool { yearEnd != nil && yearEnd != year }

    /// A single full-year figure: one year, not cumulative, not partial.
    public var isAnnual: Bool {
        year != nil && !isMultiYear && !flags.contains(.cumulative) && !flags.contains(.partialYear)
    }

    /// `value`, else the midpoint of `low`/`high` for a range (nil for a change or text).
    public var central: Double? {
        if let value { return value }
        if !isChange, let low, let high { return (low + high) / 2 }
        return nil
    }

    public static func shortHost(_ url: String) -> String {
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
