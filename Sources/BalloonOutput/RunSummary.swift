import BalloonModel

/// The headline numbers of one run, for the console table and the JSON summary.
public struct RunSummary: Sendable {
    public static let defaultYears = [2000, 2005, 2010, 2015, 2020, 2030, 2040]

    public let scenario: String
    public let seed: UInt64
    public let years: [Int]
    public let rows: [Row]

    public struct Row: Sendable {
        public let label: String
        public let indicator: String
        public let place: String
        public let unit: String
        public let values: [Double?]
    }

    public init(results: SimulationResults, scenario: String, seed: UInt64, years requested: [Int] = defaultYears) {
        self.scenario = scenario
        self.seed = seed
        var years = requested.filter { results.years.contains($0) }
        if years.isEmpty { years = [results.years.first!, results.years.last!].uniqued() }
        self.years = years
        var rows: [Row] = []
        func add(_ label: String, _ indicator: Indicator, _ place: Place) {
            guard let unit = results.unit(of: indicator, place) else { return }
            rows.append(
                Row(
                    label: label, indicator: indicator.name, place: place.code, unit: unit,
                    values: years.map { results.value(indicator, place, year: $0) }))
        }
        for country in Country.allCases { add("Coca area, \(country.name)", Indicators.cocaArea, .country(country)) }
        add("Coca area, Andean total", Indicators.cocaArea, .andean)
        add("Cocaine production, world", Indicators.cocaineProduction, .world)
        add("Seizures, world", Indicators.seizures, .world)
        for market in Market.allCases { add("Cocaine reaching \(market.name)", Indicators.arrivals, .market(market)) }
        add("Demand dealers could not serve, world", Indicators.unmetDemand, .world)
        for market in Market.allCases {
            add("Retail price per pure g, \(market.name)", Indicators.retailPrice, .market(market))
        }
        for country in [Country.colombia, .ecuador, .peru] {
            add("Homicides per 100k, \(country.name)", Indicators.homicideRate, .country(country))
        }
        add("Spending, all instruments", Indicators.spending, .total)
        self.rows = rows
    }

    /// A fixed-width table for the terminal.
    public func table() -> String {
        let labelWidth = max(10, rows.map(\.label.count).max() ?? 10)
        var lines = ["Scenario \(scenario), seed \(seed)"]
        lines.append(pad("", labelWidth) + years.map { leftPad(String($0), 12) }.joined() + "  unit")
        for row in rows {
            lines.append(
                pad(row.label, labelWidth) + row.values.map { leftPad($0.map(humanNumber) ?? "–", 12) }.joined() + "  "
                    + row.unit)
        }
        return lines.joined(separator: "\n")
    }
}

func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
func leftPad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}

/// 12345 → "12,345"; 12.345 → "12.3"; 7.97e8 → "796.95 m"; 4.2e9 → "4.20 bn", as the ensemble tables print
/// them (a run's spending falls from billions to hundreds of millions within one row).
public func humanNumber(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    let magnitude = abs(value)
    if magnitude >= 1e9 { return "\(rounded(value / 1e9, 2)) bn" }
    if magnitude >= 1e6 { return "\(rounded(value / 1e6, 2)) m" }
    if magnitude >= 1_000 { return grouped(Int64(value.rounded())) }
    if magnitude >= 10 { return "\(rounded(value, 1))" }
    return "\(rounded(value, 3))"
}

func rounded(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (value * scale).rounded() / scale
    var text = "\(scaled)"
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    }
    return text
}

func grouped(_ value: Int64) -> String {
    let digits = String(abs(value))
    var result = ""
    for (index, character) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(character)
    }
    return value < 0 ? "-" + result : result
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
