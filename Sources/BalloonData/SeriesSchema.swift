import Foundation

/// How one CSV file maps onto `Observation` fields.
package struct SeriesSchema: Sendable {
    /// Series name (accessor name on `BundledData`).
    package var name: String
    /// Resource file name.
    package var file: String
    /// Column holding the country / market / recipient (nil: none).
    var entityColumn: String?
    var regionColumn: String?
    var yearColumn: String
    var itemColumn: String?
    /// Value column (nil when low/high only).
    var valueColumn: String?
    var lowColumn: String?
    var highColumn: String?
    /// Column holding the unit, or a fixed unit.
    var unitColumn: String?
    var fixedUnit: String?
    var sourceColumn: String?
    /// Columns kept verbatim in `extra`.
    var extraColumns: [String] = []
    /// May a row have no value at all (e.g. homicide rows with only a count)?
    var valueOptional = false

    package static let all: [SeriesSchema] = [
        SeriesSchema(
            name: "cocaArea", file: "coca_cultivation_ha.csv",
            entityColumn: "country", yearColumn: "year", valueColumn: "hectares",
            fixedUnit: "ha", sourceColumn: "estimate_by"),
        SeriesSchema(
            name: "cocaAreaByRegion", file: "coca_by_region_ha.csv",
            entityColumn: "country", regionColumn: "region", yearColumn: "year",
            valueColumn: "hectares", fixedUnit: "ha"),
        SeriesSchema(
            name: "eradication", file: "eradication_ha.csv",
            entityColumn: "country", yearColumn: "year", itemColumn: "method",
            valueColumn: "hectares", fixedUnit: "ha"),
        SeriesSchema(
            name: "production", file: "production_t.csv",
            entityColumn: "country", yearColumn: "year", itemColumn: "measure",
            valueColumn: "tons", lowColumn: "tons_low", highColumn: "tons_high",
            fixedUnit: "t", sourceColumn: "estimate_by"),
        SeriesSchema(
            name: "seizures", file: "seizures_t.csv",
            entityColumn: "country", yearColumn: "year", itemColumn: "product",
            valueColumn: "tons", fixedUnit: "t", sourceColumn: "reporting_agency"),
        SeriesSchema(
            name: "prices", file: "prices_usd.csv",
            entityColumn: "country_or_market", yearColumn: "year", itemColumn: "stage",
            valueColumn: "value", unitColumn: "unit"),
        SeriesSchema(
            name: "homicideRate", file: "homicide_rate.csv",
            entityColumn: "country", yearColumn: "year", valueColumn: "rate_per_100k",
            fixedUnit: "per 100,000", sourceColumn: "source_agency",
            extraColumns: ["homicides"], valueOptional: true),
        SeriesSchema(
            name: "funding", file: "funding_usd.csv",
            entityColumn: "recipient", yearColumn: "fiscal_year", itemColumn: "category",
            valueColumn: "usd_million", fixedUnit: "USD million"),
        SeriesSchema(
            name: "costs", file: "costs.csv",
            yearColumn: "year", itemColumn: "item", valueColumn: "value", unitColumn: "unit"),
        SeriesSchema(
            name: "demand", file: "demand.csv",
            entityColumn: "market", yearColumn: "year", itemColumn: "indicator",
            valueColumn: "value", unitColumn: "unit"),
        SeriesSchema(
            name: "yields", file: "yields_conversion.csv",
            entityColumn: "country", yearColumn: "year", itemColumn: "item",
            valueColumn: "value", unitColumn: "unit"),
        SeriesSchema(
            name: "farmAndSourcePrices", file: "farm_and_source_prices_usd.csv",
            entityColumn: "country", yearColumn: "year", itemColumn: "stage",
            valueColumn: "value", unitColumn: "unit"),
        SeriesSchema(
            name: "cocaAreaByZone", file: "coca_by_region_2004_2019_ha.csv",
            entityColumn: "country", regionColumn: "region", yearColumn: "year",
            valueColumn: "hectares", fixedUnit: "ha", sourceColumn: "source"),
        SeriesSchema(
            name: "seizuresMore", file: "seizures_more_t.csv",
            entityColumn: "place", yearColumn: "year", itemColumn: "what",
            valueColumn: "tonnes", fixedUnit: "t", sourceColumn: "source"),
        SeriesSchema(
            name: "productionMore", file: "production_more_t.csv",
            entityColumn: "country", yearColumn: "year", itemColumn: "measure",
            valueColumn: "tons", lowColumn: "tons_low", highColumn: "tons_high",
            fixedUnit: "t", sourceColumn: "estimate_by"),
        SeriesSchema(
            name: "consumerPrices", file: "cpi_u_annual.csv",
            yearColumn: "year", itemColumn: "series", valueColumn: "index", fixedUnit: "index (1982-84=100)"),
    ]

    package static func named(_ name: String) -> SeriesSchema? {
        let key = normalize(name)
        return all.first { normalize($0.name) == key || normalize($0.fileStem) == key }
    }

    /// File name without ".csv".
    package var fileStem: String { String(file.dropLast(4)) }

    static func normalize(_ s: String) -> String {
        s.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// Parses CSV text for this series into observations.
    package func observations(csv text: String) throws -> [Observation] {
        let table = try CSVParser.parse(text, file: file)
        func col(_ name: String?) throws -> Int? { try name.map { try table.column($0) } }
        let entityIx = try col(entityColumn), regionIx = try col(regionColumn)
        let yearIx = try table.column(yearColumn), itemIx = try col(itemColumn)
        let valueIx = try col(valueColumn), lowIx = try col(lowColumn), highIx = try col(highColumn)
        let unitIx = try col(unitColumn), sourceIx = try col(sourceColumn)
        let urlIx = try table.column("source_url"), notesIx = try table.column("notes")
        let extraIx = try extraColumns.map { ($0, try table.column($0)) }

        return try table.records.map { record in
            let f = record.fields
            func cell(_ ix: Int?) -> String? {
                guard let ix else { return nil }
                return f[ix].trimmingCharacters(in: .whitespaces)
            }
            let notes = cell(notesIx) ?? ""
            let item = cell(itemIx).flatMap { $0.isEmpty ? nil : $0 }

            // Year.
            let yearText = cell(yearIx) ?? ""
            guard let year = ValueParsing.year(yearText) else {
                throw CSVError(
                    file: file, line: record.line, field: yearIx + 1,
                    kind: .invalidYear(yearText))
            }

            // Value: point, range, change, or (for a few qualitative rows) text.
            var value: Double? = nil, low: Double? = nil, high: Double? = nil
            var isChange = false
            var texts: [String] = []
            var qualitative = false
            if let vText = cell(valueIx), !vText.isEmpty {
                texts.append(vText)
                switch ValueParsing.value(vText) {
                case .number(let x): value = x
                case .range(let a, let b): low = a; high = b
                case .change(let a, let b): low = a; high = b; isChange = true
                case .text: qualitative = true
                }
            }
            for (ix, isLow) in [(lowIx, true), (highIx, false)] {
                guard let t = cell(ix), !t.isEmpty else { continue }
                guard case .number(let x) = ValueParsing.value(t) else {
                    throw CSVError(
                        file: file, line: record.line, field: ix! + 1,
                        kind: .invalidNumber(column: table.header[ix!], text: t))
                }
                if isLow { low = x } else { high = x }
            }
            if lowIx != nil, let l = cell(lowIx), let h = cell(highIx), !(l.isEmpty && h.isEmpty) {
                texts.append("\(l)-\(h)")
            }
            if value == nil && low == nil && high == nil && !qualitative && !valueOptional {
                throw CSVError(
                    file: file, line: record.line, field: (valueIx ?? 0) + 1,
                    kind: .invalidNumber(column: valueColumn ?? "value", text: ""))
            }
            // A numeric column must not hold text, except where the file is
            // documented to (demand.csv has one qualitative finding).
            if qualitative && name != "demand" {
                throw CSVError(
                    file: file, line: record.line, field: (valueIx ?? 0) + 1,
                    kind: .invalidNumber(column: valueColumn ?? "value", text: texts.first ?? ""))
            }

            var flags = ObservationFlags.parse(item: item, notes: notes)
            if year.approximate { flags.insert(.approximate) }

            var extra: [String: String] = [:]
            for (name, ix) in extraIx {
                let v = f[ix].trimmingCharacters(in: .whitespaces)
                if !v.isEmpty { extra[name] = v }
            }

            return Observation(
                series: name, file: file, line: record.line,
                entity: cell(entityIx) ?? "", region: cell(regionIx),
                year: year.start, yearEnd: year.end, yearText: yearText,
                item: item, value: value, low: low, high: high, isChange: isChange,
                valueText: texts.joined(separator: " "),
                unit: cell(unitIx) ?? fixedUnit ?? "",
                source: cell(sourceIx).flatMap { $0.isEmpty ? nil : $0 },
                sourceURL: cell(urlIx) ?? "", notes: notes, flags: flags, extra: extra)
        }
    }
}

/// Parsing of the value and year cells.
package enum ValueParsing {
    package enum Parsed: Equatable, Sendable {
        case number(Double)
        case range(Double, Double)
        case change(Double, Double)
        case text(String)
    }

    package struct Year: Equatable, Sendable {
        package var start: Int?
        package var end: Int?
        package var approximate: Bool
    }

    /// Reads "136550", "-2.5", "25000-30000", "0.02-0.065", "-0.4 to -0.6",
    /// "17000 -> 34000". Anything else is `.text`. Ranges are returned low, high.
    package static func value(_ raw: String) -> Parsed {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if let x = number(s) { return .number(x) }
        if let r = s.range(of: "->") {
            if let a = number(String(s[..<r.lowerBound])), let b = number(String(s[r.upperBound...])) {
                return .change(a, b)
            }
        }
        if let r = s.range(of: " to ") {
            if let a = number(String(s[..<r.lowerBound])), let b = number(String(s[r.upperBound...])) {
                return .range(min(a, b), max(a, b))
            }
        }
        // "a-b" with a possible leading minus on a: split at a '-' or '–' that is not first.
        let chars = Array(s)
        for i in chars.indices where i > 0 && (chars[i] == "-" || chars[i] == "–") {
            if let a = number(String(chars[..<i])), let b = number(String(chars[(i + 1)...])) {
                return .range(min(a, b), max(a, b))
            }
        }
        return .text(s)
    }

    /// A plain decimal number (optional sign, digits, optional fraction). No
    /// thousands separators, exponents, NaN or infinity.
    package static func number(_ raw: String) -> Double? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        guard !s.isEmpty else { return nil }
        var digits = 0, dots = 0
        for (i, c) in s.enumerated() {
            if c == "-" || c == "+" { if i != 0 { return nil }; continue }
            if c == "." { dots += 1; if dots > 1 { return nil }; continue }
            guard c.isASCII, c.isNumber else { return nil }
            digits += 1
        }
        guard digits > 0 else { return nil }
        return Double(s)
    }

    /// Reads "2004", "2000-2003", "c.2015", "c.2000s", "2000s", "mid-1990s",
    /// "2016 (model)", or "" (no year). Returns nil for anything else.
    package static func year(_ raw: String) -> Year? {
        var s = raw.trimmingCharacters(in: .whitespaces)
        if s.isEmpty { return Year(start: nil, end: nil, approximate: false) }
        var approximate = false
        // "2016 (model)": keep the year, the parenthesis stays in yearText.
        if let p = s.firstIndex(of: "("), s.hasSuffix(")") {
            s = s[..<p].trimmingCharacters(in: .whitespaces)
        }
        if s.hasPrefix("c.") { approximate = true; s = String(s.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        if s.hasPrefix("mid-") { approximate = true; s = String(s.dropFirst(4)) }
        func fourDigits(_ t: Substring) -> Int? {
            guard t.count == 4, t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(t)
        }
        if let y = fourDigits(Substring(s)) { return Year(start: y, end: nil, approximate: approximate) }
        if s.hasSuffix("s"), let decade = fourDigits(s.dropLast()), decade % 10 == 0 {
            return Year(start: decade, end: decade + 9, approximate: true)
        }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, let a = fourDigits(parts[0]), let b = fourDigits(parts[1]), b >= a {
            return Year(start: a, end: b, approximate: approximate)
        }
        return nil
    }
}
