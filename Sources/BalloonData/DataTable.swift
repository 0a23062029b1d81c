import Foundation

/// Which observations a table (or a caller) wants.
package struct DataFilter: Sendable, Equatable {
    /// Country / market / recipient: ISO code ("CO"), name, or name prefix.
    package var entity: String?
    /// Keep rows whose year span overlaps these years.
    package var years: ClosedRange<Int>?
    /// Case-insensitive substring of the item/method/stage column (or region).
    package var item: String?
    /// Source kind (by estimate_by / agency column).
    package var source: SourcePreference
    /// Keep only rows carrying all these flags.
    package var requiredFlags: ObservationFlags
    /// Drop rows carrying any of these flags.
    package var excludedFlags: ObservationFlags

    package init(
        entity: String? = nil, years: ClosedRange<Int>? = nil, item: String? = nil,
        source: SourcePreference = .any, requiredFlags: ObservationFlags = [],
        excludedFlags: ObservationFlags = []
    ) {
        self.entity = entity
        self.years = years
        self.item = item
        self.source = source
        self.requiredFlags = requiredFlags
        self.excludedFlags = excludedFlags
    }

    package static let none = DataFilter()

    package func matches(_ o: Observation) -> Bool {
        if let entity, !entity.isEmpty {
            let inItem = (o.item ?? "").lowercased().contains(entity.lowercased())
            if !EntityNames.matches(o.entity, entity) && !(o.entity.isEmpty && inItem) { return false }
        }
        if let years {
            guard let start = o.year else { return false }
            let end = o.yearEnd ?? start
            if end < years.lowerBound || start > years.upperBound { return false }
        }
        if let item, !item.isEmpty {
            let hay = ((o.item ?? "") + " " + (o.region ?? "")).lowercased()
            if !hay.contains(item.lowercased()) { return false }
        }
        if source != .any && !source.matches(agency: o.source) { return false }
        if !o.flags.isSuperset(of: requiredFlags) { return false }
        if !o.flags.intersection(excludedFlags).isEmpty { return false }
        return true
    }
}

/// Plain-text tables for `balloon data [series]`.
package enum DataTable {
    /// Longest text kept in the entity and item columns before "…".
    package static let maxEntityWidth = 26
    package static let maxItemWidth = 44

    /// Renders observations as an aligned table: entity, region (if any), year,
    /// item, value (as written in the CSV), unit, agency (if any), source host,
    /// flags; then a line counting rows and distinct sources.
    package static func render(series observations: [Observation], filter: DataFilter = .none) -> String {
        let rows = observations.filter(filter.matches)
        let hasRegion = rows.contains { $0.region != nil }
        let hasItem = rows.contains { $0.item != nil || !$0.extra.isEmpty }
        let hasAgency = rows.contains { $0.source != nil }

        var header = ["entity"]
        if hasRegion { header.append("region") }
        header.append("year")
        if hasItem { header.append("item") }
        header += ["value", "unit"]
        if hasAgency { header.append("agency") }
        header += ["source", "flags"]
        // Right-align the value column.
        let rightAligned: Set<Int> = [header.firstIndex(of: "value")!]

        var table: [[String]] = [header]
        for o in rows {
            var r = [clip(o.entity.isEmpty ? "-" : o.entity, maxEntityWidth)]
            if hasRegion { r.append(o.region ?? "") }
            r.append(o.yearText.isEmpty ? "-" : o.yearText)
            if hasItem {
                var item = o.item ?? ""
                let extras = o.extra.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                if !extras.isEmpty { item += (item.isEmpty ? "" : "; ") + extras.joined(separator: "; ") }
                r.append(clip(item, maxItemWidth))
            }
            r.append(o.valueText.isEmpty ? "-" : o.valueText)
            r.append(o.unit)
            if hasAgency { r.append(clip(o.source ?? "", maxEntityWidth)) }
            r.append(o.sourceHost)
            r.append(o.flags.description)
            table.append(r)
        }

        var widths = Array(repeating: 0, count: header.count)
        for r in table { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }

        var lines: [String] = []
        for (n, r) in table.enumerated() {
            let cells = r.enumerated().map { i, c -> String in
                let pad = String(repeating: " ", count: widths[i] - c.count)
                return rightAligned.contains(i) ? pad + c : c + pad
            }
            lines.append(trimTrailing(cells.joined(separator: "  ")))
            if n == 0 {
                lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
            }
        }
        let hosts = Set(rows.map(\.sourceHost))
        let urls = Set(rows.map(\.sourceURL))
        lines.append(
            "\(rows.count) row\(rows.count == 1 ? "" : "s"), "
                + "\(hosts.count) distinct source\(hosts.count == 1 ? "" : "s") "
                + "(\(urls.count) distinct URL\(urls.count == 1 ? "" : "s"))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders a bundled series by name ("eradication", "coca-area", "prices_usd", ...).
    package static func render(series name: String, in data: BundledData, filter: DataFilter = .none) throws -> String {
        guard let obs = data.series(named: name) else {
            throw UnknownSeries(name: name)
        }
        return render(series: obs, filter: filter)
    }

    package struct UnknownSeries: Error, CustomStringConvertible, LocalizedError {
        package var name: String
        package var description: String {
            "unknown series '\(name)'; known: \(BundledData.seriesNames.joined(separator: ", "))"
        }
        package var errorDescription: String? { description }
    }

    static func clip(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(width - 1)) + "…"
    }

    static func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
