import BalloonModel

/// The JSON summary of a run: headline rows plus every series, keyed by indicator and place (docs/outputs.md).
public enum SummaryJSON {
    public static func render(_ results: SimulationResults, summary: RunSummary, modelVersion: String) -> String {
        var out = "{\n"
        out += "  \"schema\": \"balloon.run-summary/1\",\n"
        out += "  \"model_version\": \(quote(modelVersion)),\n"
        out += "  \"scenario\": \(quote(summary.scenario)),\n"
        out += "  \"seed\": \(summary.seed),\n"
        out += "  \"currency\": \"constant US$ of \(ModelParameters.baseYear)\",\n"
        out += "  \"years\": [\(results.years.map(String.init).joined(separator: ", "))],\n"
        out += "  \"headline\": [\n"
        out += summary.rows.map { row in
            let values = row.values.map { $0.map(number) ?? "null" }.joined(separator: ", ")
            return "    {\"label\": \(quote(row.label)), \"indicator\": \(quote(row.indicator)), \"place\": \(quote(row.place)), \"unit\": \(quote(row.unit)), \"years\": [\(summary.years.map(String.init).joined(separator: ", "))], \"values\": [\(values)]}"
        }.joined(separator: ",\n")
        out += "\n  ],\n  \"series\": {\n"
        let order = results.keys.indices.sorted { results.keys[$0] < results.keys[$1] }
        var entries: [String] = []
        for slot in order {
            let key = results.keys[slot]
            guard let series = results.series(key.indicator, key.place), series.contains(where: { $0 != 0 }) else { continue }
            entries.append("    \(quote(key.indicator + "|" + key.place)): {\"unit\": \(quote(results.units[slot])), \"values\": [\(series.map(number).joined(separator: ", "))]}")
        }
        out += entries.joined(separator: ",\n")
        out += "\n  }\n}\n"
        return out
    }

    static func number(_ value: Double) -> String { value.isFinite ? formatNumber(value) : "null" }

    static func quote(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default:
                if scalar.value < 0x20 { escaped += "\\u" + leftPadZeros(String(scalar.value, radix: 16), 4) } else { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped + "\""
    }

    static func leftPadZeros(_ text: String, _ width: Int) -> String { String(repeating: "0", count: max(0, width - text.count)) + text }
}
