import ArgumentParser
import BalloonData

struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data", abstract: "Print a bundled historical series with the source of every value.")

    @Argument(help: "Series name (omit to list them): \(BundledData.seriesNames.joined(separator: ", ")).")
    var series: String?

    @Option(help: "Only rows for this country or market (e.g. Colombia).")
    var entity: String?

    @Option(parsing: .unconditional, help: "Only rows from this year on.")
    var from: Int?

    @Option(parsing: .unconditional, help: "Only rows up to this year.")
    var to: Int?

    func run() throws {
        do {
            let data = try BundledData.load()
            guard let series else {
                for name in BundledData.seriesNames { print("\(name)  (\(data.series(named: name)?.count ?? 0) rows)") }
                return
            }
            let years: ClosedRange<Int>? = (from != nil || to != nil) ? (from ?? 1900)...(to ?? 2100) : nil
            print(
                try DataTable.render(series: series, in: data, filter: DataFilter(entity: entity, years: years)),
                terminator: "")
        } catch {
            throw report(error)
        }
    }
}
