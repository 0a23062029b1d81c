@testable import BalloonCharts

/// Small, realistic inputs shared by the chart tests and the example files.
enum Fixtures {
    static let years = Array(2010...2030).map(Double.init)

    static func points(_ values: [Double], from start: Double = 2010) -> [LineChart.Point] {
        values.enumerated().map { LineChart.Point(x: start + Double($0.offset), y: $0.element) }
    }

    /// Coca area projections with a 90% band and observed history, as the report shows them.
    static var cocaProjection: LineChart {
        let baseline = years.map { 150_000 + ($0 - 2010) * 4_000 }
        let policy = years.map { 150_000 + ($0 - 2010) * 1_500 }
        let band = years.map { year -> LineChart.BandPoint in
            let spread = 5_000 + (year - 2010) * 1_500
            let centre = 150_000 + (year - 2010) * 1_500
            return LineChart.BandPoint(x: year, lower: centre - spread, upper: centre + spread)
        }
        let observed = [148_000, 151_500, 158_000, 149_000, 162_000, 165_000, 171_500, 168_000, 176_000].enumerated()
            .map { LineChart.Point(x: 2010 + Double($0.offset), y: Double($0.element)) }
        return LineChart(
            title: "Coca cultivation in the Andes: baseline versus eradication-first policy",
            xAxis: Axis("Year", format: .plain), yAxis: Axis("Coca area", unit: "ha"),
            series: [
                .init(
                    name: "Baseline", points: baseline.enumerated().map { .init(x: years[$0.offset], y: $0.element) },
                    style: .dashed),
                .init(
                    name: "Eradication first",
                    points: policy.enumerated().map { .init(x: years[$0.offset], y: $0.element) },
                    band: band, observed: observed),
            ],
            bandLabel: "90% interval", yIncludesZero: true)
    }

    static var spending: StackedBarChart {
        StackedBarChart(
            title: "Counter-drug spending by instrument",
            categories: ["2019", "2020", "2021", "2022", "2023"],
            components: [
                .init(name: "Eradication", values: [420, 380, 350, 300, 280]),
                .init(name: "Interdiction", values: [610, 640, 700, 720, 760]),
                .init(name: "Alternative development", values: [150, 180, 220, 260, 310]),
                .init(name: "Asset recovery (net)", values: [-40, -60, -90, -120, -80]),
            ],
            xAxis: Axis("Fiscal year"), yAxis: Axis("Spending", unit: "USD million"))
    }

    static var regions: RegionGrid {
        RegionGrid(
            title: "Change in coca area by region, 2022 to 2023",
            tiles: [
                .init(name: "Norte de Santander", group: "Colombia", row: 0, column: 1, value: 4_200, change: 9.5),
                .init(name: "Antioquia", group: "Colombia", row: 0, column: 0, value: -1_100, change: -6.1),
                .init(name: "Putumayo", group: "Colombia", row: 1, column: 0, value: 2_600, change: 8.3),
                .init(name: "Nariño", group: "Colombia", row: 1, column: 1, value: 900, change: 1.5),
                .init(name: "VRAEM", group: "Peru", row: 2, column: 1, value: -2_300, change: -5.4),
                .init(name: "Huallaga", group: "Peru", row: 2, column: 0, value: 300, change: 2.0),
                .init(name: "Chapare", group: "Bolivia", row: 3, column: 2, value: -800, change: -3.3),
                .init(name: "Yungas de La Paz", group: "Bolivia", row: 3, column: 1, value: .nan),
            ],
            valueAxis: Axis("Change in coca area", unit: "ha"))
    }

    static var multiples: SmallMultiples {
        let names = ["Colombia", "Peru", "Bolivia", "Ecuador (transit)", "Venezuela (transit)"]
        let panels = names.enumerated().map { index, name in
            let scale = Double(5 - index) * 20_000
            let trend = years.map { scale * (1 + 0.02 * ($0 - 2010)) }
            let policy = years.map { scale * (1 - 0.01 * ($0 - 2010)) }
            return SmallMultiples.Panel(
                title: name,
                series: [
                    .init(name: "Baseline", points: zip(years, trend).map { .init(x: $0, y: $1) }),
                    .init(name: "Policy", points: zip(years, policy).map { .init(x: $0, y: $1) }, style: .dashed),
                ])
        }
        return SmallMultiples(
            title: "Coca area by country under two policies", panels: panels, columns: 3,
            xAxis: Axis("Year", format: .plain), yAxis: Axis("Coca area", unit: "ha"),
            yIncludesZero: true)
    }
}
