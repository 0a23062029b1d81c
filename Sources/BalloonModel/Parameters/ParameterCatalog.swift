/// How firmly a parameter's value is grounded.
public enum ParameterBasis: String, Sendable, Codable {
    /// A value printed in a cited source.
    case literature
    /// Arithmetic on cited values (the note shows it).
    case derived
    /// No published value: a stated prior with a range.
    case prior
}

/// One scalar parameter: its name in scenario files, its range, unit and source.
public struct ParameterDescriptor: Sendable {
    public let name: String
    public let unit: String
    public let range: ClosedRange<Double>
    public let basis: ParameterBasis
    public let source: String
    let read: @Sendable (ModelParameters) -> Double
    let write: @Sendable (inout ModelParameters, Double) -> Void

    public func value(in parameters: ModelParameters) -> Double { read(parameters) }
    public func set(_ value: Double, in parameters: inout ModelParameters) { write(&parameters, value) }
}

/// The table of every parameter. Scenario `[parameters]` keys, calibration and docs/model.md use these names.
public enum ParameterCatalog {
    public static let all: [ParameterDescriptor] =
        farming + initialState + agronomy + eradication + substitution + processing
        + domesticSeizures + trafficking + prices + demand + violence + costs

    public static func descriptor(named name: String) -> ParameterDescriptor? {
        all.first { $0.name == name }
    }

    static func scalar(
        _ name: String, _ keyPath: WritableKeyPath<ModelParameters, Double> & Sendable, _ unit: String,
        _ range: ClosedRange<Double>, _ basis: ParameterBasis, _ source: String
    ) -> ParameterDescriptor {
        ParameterDescriptor(
            name: name, unit: unit, range: range, basis: basis, source: source,
            read: { $0[keyPath: keyPath] }, write: { $0[keyPath: keyPath] = $1 })
    }

    /// One descriptor per element of a per-country or per-market array, named `name.CODE`.
    static func indexed(
        _ name: String, _ keyPath: WritableKeyPath<ModelParameters, [Double]> & Sendable, codes: [String],
        _ unit: String, ranges: [ClosedRange<Double>], _ basis: [ParameterBasis], _ sources: [String]
    ) -> [ParameterDescriptor] {
        codes.indices.map { index in
            ParameterDescriptor(
                name: "\(name).\(codes[index])", unit: unit, range: ranges[index], basis: basis[index],
                source: sources[index],
                read: { $0[keyPath: keyPath][index] }, write: { $0[keyPath: keyPath][index] = $1 })
        }
    }

    static let countryCodes = Country.allCases.map(\.code)
    static let marketCodes = Market.allCases.map(\.code)
}
