/// One reported quantity: its name in outputs and its unit.
public struct Indicator: Hashable, Sendable, Codable {
    public let name: String
    public let unit: String
    /// How twelve months become one year: summed flows, or the December value of a stock.
    public let aggregation: Aggregation

    public enum Aggregation: String, Sendable, Codable { case sum, yearEnd, mean }

    init(_ name: String, _ unit: String, _ aggregation: Aggregation) {
        self.name = name
        self.unit = unit
        self.aggregation = aggregation
    }
}

/// A reported series: an indicator at a place (a region, country, market, route segment or payer split).
public struct SeriesKey: Hashable, Sendable, Codable, Comparable {
    public let indicator: String
    public let place: String

    /// A key from the names in files (CSV columns, JSON keys); code should use the typed initialiser.
    public init(_ indicator: String, _ place: String) {
        self.indicator = indicator
        self.place = place
    }

    /// The key of a typed series: the only way code outside the model should name one.
    public init(_ indicator: Indicator, _ place: Place) {
        self.init(indicator.name, place.code)
    }

    /// `indicator|place`: how JSON files key a series.
    public var fileKey: String { "\(indicator)|\(place)" }

    public static func < (lhs: SeriesKey, rhs: SeriesKey) -> Bool {
        (lhs.indicator, lhs.place) < (rhs.indicator, rhs.place)
    }
}

/// The fixed list of series a geography reports, built once per atlas and shared by every run.
public final class SeriesLayout: Sendable {
    public let keys: [SeriesKey]
    public let units: [String]
    let aggregations: [Indicator.Aggregation]
    let slotByKey: [SeriesKey: Int]
    let slots: Slots

    init(regionIDs: [String], network: Network) {
        let slots = Slots(regionIDs: regionIDs, network: network)
        self.slots = slots
        keys = slots.registry.keys
        units = slots.registry.units
        aggregations = slots.registry.aggregations
        var index: [SeriesKey: Int] = [:]
        for (slot, key) in keys.enumerated() { index[key] = slot }
        slotByKey = index
    }
}

/// Annual results of one run: dense storage, one slot per series, one column per year.
public struct SimulationResults: Sendable, Equatable {
    public let years: [Int]
    public let layout: SeriesLayout
    /// `values[slot * years.count + yearIndex]`.
    public private(set) var values: [Double]
    /// Months in which each registered numerical bound bound (`ModelBound`); zero in a run whose
    /// answers come from its mechanisms alone.
    public internal(set) var boundMonths: [ModelBound: Int] = [:]

    public var keys: [SeriesKey] { layout.keys }
    public var units: [String] { layout.units }

    init(years: [Int], layout: SeriesLayout) {
        self.years = years
        self.layout = layout
        values = [Double](repeating: 0, count: layout.keys.count * years.count)
    }

    public static func == (lhs: SimulationResults, rhs: SimulationResults) -> Bool {
        lhs.years == rhs.years && lhs.keys == rhs.keys && lhs.values == rhs.values
    }

    mutating func set(slot: Int, yearIndex: Int, _ value: Double) {
        values[slot * years.count + yearIndex] = value
    }

    /// Stores one year of every slot (`yearValues[slot]`) in a single pass over the storage.
    mutating func set(yearIndex: Int, _ yearValues: UnsafeBufferPointer<Double>) {
        let yearCount = years.count
        precondition(yearIndex >= 0 && yearIndex < yearCount && yearValues.count * yearCount == values.count)
        values.withUnsafeMutableBufferPointer { values in
            for slot in yearValues.indices { values[slot * yearCount + yearIndex] = yearValues[slot] }
        }
    }

    /// The annual series for an indicator at a place, or nil if the model does not report it there.
    public func series(_ indicator: Indicator, _ place: Place) -> [Double]? {
        series(indicator.name, place.code)
    }

    /// One value; nil when the series or the year is not in the results.
    public func value(_ indicator: Indicator, _ place: Place, year: Int) -> Double? {
        value(indicator.name, place.code, year: year)
    }

    /// The unit of a series the model reports.
    public func unit(of indicator: Indicator, _ place: Place) -> String? { unit(of: indicator.name, place.code) }

    /// The annual series under a key read from a file (CSV, JSON, command line), or nil if not reported.
    public func series(_ indicator: String, _ place: String) -> [Double]? {
        guard let slot = layout.slotByKey[SeriesKey(indicator, place)] else { return nil }
        let start = slot * years.count
        return Array(values[start..<(start + years.count)])
    }

    /// One value; nil when the series or the year is not in the results.
    public func value(_ indicator: String, _ place: String, year: Int) -> Double? {
        guard let slot = layout.slotByKey[SeriesKey(indicator, place)], let first = years.first,
            year >= first, year - first < years.count
        else { return nil }
        return values[slot * years.count + (year - first)]
    }

    public func unit(of indicator: String, _ place: String) -> String? {
        layout.slotByKey[SeriesKey(indicator, place)].map { layout.units[$0] }
    }

    public var placesByIndicator: [String: [String]] {
        var result: [String: [String]] = [:]
        for key in keys { result[key.indicator, default: []].append(key.place) }
        return result
    }
}
