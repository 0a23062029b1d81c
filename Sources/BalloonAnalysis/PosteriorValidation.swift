import BalloonModel

/// A value in a parameter ensemble file (`--posterior`, the bundled posterior) that no run may use:
/// not finite, or outside the parameter's accepted values (`ParameterDescriptor.acceptedValues`,
/// its physical domain within a window around its prior range).
package struct ParameterDrawError: Error, CustomStringConvertible, Equatable, Sendable {
    /// `draw 17` (counting from 0) or `the representative draw`.
    let draw: String
    let parameter: String
    let value: Double
    let allowed: String

    package var description: String {
        value.isNaN
            ? "\(draw): \(parameter) is missing; expected \(allowed)"
            : "\(draw): \(parameter) = \(value) is outside its allowed values \(allowed)"
    }
}

extension ParameterEnsemble {
    /// Checks every value of every draw and of the representative draw, and that every draw sets the same parameters.
    /// - Throws: `ParameterDrawError` for the first value outside its parameter's accepted values.
    func checkDrawValues() throws(ParameterDrawError) {
        func check(_ draw: ParameterDraw, label: String) throws(ParameterDrawError) {
            for (name, value) in draw.values.sorted(by: { $0.key < $1.key }) {
                guard let descriptor = ParameterCatalog.descriptor(named: name) else { continue }
                guard descriptor.problem(with: value) == nil else {
                    throw ParameterDrawError(
                        draw: label, parameter: name, value: value,
                        allowed: "\(descriptor.acceptedValues) (\(descriptor.unit))")
                }
            }
        }
        for (index, draw) in draws.enumerated() { try check(draw, label: "draw \(index)") }
        // Every draw sets the same parameters: one that lacks a name would silently run the default.
        if let names = draws.first.map({ Set($0.values.keys) }),
            let (index, odd) = draws.enumerated().first(where: { Set($0.element.values.keys) != names })
        {
            let missing = names.subtracting(odd.values.keys).sorted(),
                extra = Set(odd.values.keys).subtracting(names).sorted()
            let name = missing.first ?? extra.first!
            throw ParameterDrawError(
                draw: "draw \(index)", parameter: name, value: odd.values[name] ?? .nan,
                allowed: missing.isEmpty ? "absent, as in draw 0" : "a value, as in draw 0")
        }
        if let representative { try check(representative, label: "the representative draw") }
    }
}
