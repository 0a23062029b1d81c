import BalloonModel

/// The parameter catalog as a Markdown table (docs/parameters.md is this output) or plain text.
public enum ParameterTable {
    public static func markdown(_ parameters: ModelParameters = .init()) -> String {
        var lines = [
            "| parameter | value | range | accepted | unit | basis | source |",
            "|---|---|---|---|---|---|---|",
        ]
        for descriptor in ParameterCatalog.all {
            let value = formatNumber(descriptor.value(in: parameters))
            let range = "\(formatNumber(descriptor.range.lowerBound)) – \(formatNumber(descriptor.range.upperBound))"
            let source = descriptor.source.replacingOccurrences(of: "|", with: "/")
            lines.append(
                "| `\(descriptor.name)` | \(value) | \(range) | \(descriptor.acceptedValues) | \(descriptor.unit) | \(descriptor.basis.rawValue) | \(source) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func text(_ parameters: ModelParameters = .init()) -> String {
        let width = ParameterCatalog.all.map(\.name.count).max() ?? 20
        return ParameterCatalog.all.map { descriptor in
            pad(descriptor.name, width + 2) + leftPad(formatNumber(descriptor.value(in: parameters)), 12)
                + "  [\(formatNumber(descriptor.range.lowerBound)), \(formatNumber(descriptor.range.upperBound))] \(descriptor.unit) (\(descriptor.basis.rawValue))"
        }.joined(separator: "\n")
    }
}
