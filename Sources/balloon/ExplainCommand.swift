import ArgumentParser
import BalloonModel
import BalloonScenario

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Print what a scenario changes relative to its baseline.")

    @Argument(help: "A bundled scenario name or a path to a .toml file.")
    var scenario: String

    func run() throws {
        do {
            print(try ScenarioExplanation(reference: scenario, library: ScenarioLibrary()).text)
        } catch {
            throw report(error)
        }
    }
}

/// Plain-language list of a scenario's own changes (not its baseline's).
struct ScenarioExplanation {
    let text: String

    init(reference: String, library: ScenarioLibrary) throws {
        let own = try library.load(reference)
        var lines = ["\(own.name): \(own.description)"]
        lines.append("Baseline: \(own.baseline ?? "none (a root scenario)")")
        if let start = own.startYear { lines.append("Starts in \(start)") }
        if let end = own.endYear { lines.append("Ends in \(end)") }
        for (name, value) in own.parameters.sorted(by: { $0.key < $1.key }) {
            let base = ParameterCatalog.descriptor(named: name).map { $0.value(in: ModelParameters()) }
            lines.append("Parameter \(name) = \(value)" + (base.map { " (default \($0))" } ?? ""))
        }
        for (country, value) in own.initial.cocaHectares.sorted(by: { $0.key < $1.key }) {
            lines.append(
                "Initial coca area \(country.code) = \(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)) ha"
            )
        }
        for policy in own.policies {
            var line =
                "Adds \(policy.instrument.rawValue) in \(policy.targetLabel), \(Self.span(policy.firstMonth, policy.lastMonth)): "
            switch policy.amount {
            case .quantityPerYear(let value): line += "\(value) \(policy.instrument.quantityKey) per year"
            case .budgetUSDPerYear(let value): line += "budget US$\(value) per year"
            case .level(let value): line += "\(policy.instrument.quantityKey) \(value)"
            }
            let payers = zip(Payer.allCases, policy.payerShares).filter { $0.1 > 0 }.map {
                "\($0.0.code) \(Int(($0.1 * 100).rounded()))%"
            }
            line += " (paid by \(payers.joined(separator: ", ")))"
            if let note = policy.note { line += " — \(note)" }
            lines.append(line)
        }
        for event in own.events {
            var line =
                "Event \(event.kind.rawValue) in \(event.targetLabel), \(Self.span(event.firstMonth, event.lastMonth))"
            if event.magnitude != 1 { line += ", magnitude \(event.magnitude)" }
            if let note = event.note { line += " — \(note)" }
            lines.append(line)
        }
        for stop in own.stops {
            lines.append(
                "Stops the baseline's \(stop.instrument.rawValue) in \(stop.targetLabel) from \(Self.span(stop.firstMonth, .max).dropFirst(5))"
            )
        }
        if own.policies.isEmpty, own.events.isEmpty, own.stops.isEmpty, own.parameters.isEmpty {
            lines.append("No changes relative to the baseline.")
        }
        text = lines.joined(separator: "\n")
    }

    static func span(_ first: MonthIndex, _ last: MonthIndex) -> String {
        func label(_ month: MonthIndex) -> String { "\(month / 12)-\(month % 12 + 1 < 10 ? "0" : "")\(month % 12 + 1)" }
        return last == .max ? "from \(label(first))" : "\(label(first)) to \(label(last))"
    }
}
