/// What an axis measures: a label, its unit and how its ticks are written.
public struct Axis: Sendable, Codable, Equatable {
    /// What is measured, e.g. "Coca area".
    public var label: String
    /// Unit shown in parentheses after the label, e.g. "ha" or "USD million"; nil for none.
    public var unit: String?
    /// How tick values are written.
    public var format: TickFormat

    /// Creates an axis description; the rendered title is "label (unit)".
    public init(_ label: String, unit: String? = nil, format: TickFormat = .grouped) {
        self.label = label
        self.unit = unit
        self.format = format
    }

    /// The label with its unit, as drawn beside the axis.
    public var title: String {
        guard let unit, !unit.isEmpty else { return label }
        return label.isEmpty ? unit : "\(label) (\(unit))"
    }
}
