import BalloonModel

/// The console line on registered numerical bounds (`ModelBound`): which bound in how many months.
/// A bound that binds in an ordinary run marks a missing mechanism (docs/model.md, "Registered bounds").
public enum BoundReport {
    public static func text(_ results: SimulationResults) -> String {
        let months = results.years.count * 12
        let binding = results.boundMonths.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        guard !binding.isEmpty else { return "Registered bounds: none bound in any of the \(months) months." }
        let list = binding.map { "\($0.key.name) \($0.value)" }.joined(separator: ", ")
        return "Registered bounds binding (months of \(months)): \(list). See docs/model.md, \"Registered bounds\"."
    }
}
