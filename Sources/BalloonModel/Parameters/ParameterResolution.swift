/// The one rule for a run's parameter values: the catalog defaults, then a posterior draw (if any), then the
/// scenario's own `[parameters]`, which always win. Within each layer names apply in sorted order, so the
/// result never depends on dictionary order.
public struct ParameterResolution: Sendable, Equatable {
    /// Values of a posterior draw, by catalog name (empty: the defaults stand).
    public var draw: [String: Double]
    /// The scenario's overrides, by catalog name.
    public var overrides: [String: Double]

    public init(draw: [String: Double] = [:], overrides: [String: Double] = [:]) {
        self.draw = draw
        self.overrides = overrides
    }

    /// Names in either layer that the catalog does not know, sorted; callers turn these into errors.
    public var unknownNames: [String] {
        Set(draw.keys).union(overrides.keys).filter { ParameterCatalog.descriptor(named: $0) == nil }.sorted()
    }

    /// The parameters of the run. Unknown names are skipped: check `unknownNames` first where input can
    /// reach this (scenario files and posterior files are checked when they are read).
    public func resolved() -> ModelParameters {
        var parameters = ModelParameters()
        for layer in [draw, overrides] {
            for (name, value) in layer.sorted(by: { $0.key < $1.key }) {
                ParameterCatalog.descriptor(named: name)?.set(value, in: &parameters)
            }
        }
        return parameters
    }
}
