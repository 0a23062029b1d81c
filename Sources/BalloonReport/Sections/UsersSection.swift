import BalloonCharts
import BalloonModel

/// People who use cocaine, by market.
extension ReportContext {
    func usersSection() -> ReportSection {
        let markets = Market.allCases
        let users = multiples(
            title: "People who used cocaine in the past year, by market",
            panels: markets.map { market in
                (market.name, { $0.line(Indicators.users, .market(market))?.scaled(1e-6) }, nil)
            },
            yAxis: Axis("Users", unit: "million people"), shared: false)
        let heavy = multiples(
            title: "Heavy users, by market",
            panels: markets.map { market in
                (market.name, { $0.line(Indicators.heavyUsers, .market(market))?.scaled(1e-6) }, nil)
            },
            yAxis: Axis("Heavy users", unit: "million people"), shared: false)
        return ReportSection(
            id: "users", title: ReportSectionID.title("users"),
            blocks: [
                .paragraph(
                    "Users are people who used cocaine in the past year at the end of each year; heavy users are "
                        + "the smaller group who use often and account for most of the cocaine consumed. Both "
                        + "respond slowly to prices: most of a price change shows up first in how much each user buys."),
                .figure(Figure(id: "fig-users", svg: users.svg(), caption: usersCaption())),
                .figure(
                    Figure(
                        id: "fig-heavy-users", svg: heavy.svg(),
                        caption: caption(
                            "number of heavy users",
                            subjects(Indicators.heavyUsers, markets.map(Place.market)), unit: "people"))),
            ])
    }

    func usersCaption() -> String {
        caption("number of users", subjects(Indicators.users, Market.allCases.map(Place.market)), unit: "people")
    }
}
