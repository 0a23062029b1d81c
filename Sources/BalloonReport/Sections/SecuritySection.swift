import BalloonCharts
import BalloonModel

/// Territorial control and homicide rates for Colombia, Ecuador and Peru.
extension ReportContext {
    func securitySection() -> ReportSection {
        let countries = PlaceNames.securityCountries
        let homicides = multiples(
            title: "Homicides per 100,000 people",
            panels: countryPanels(Indicators.homicideRate, countries),
            yAxis: Axis("Homicides", unit: "per 100,000"), shared: false, columns: 3,
            panelHeight: 230)
        let control = multiples(
            title: "Territorial control: the state's share of armed presence in coca regions",
            panels: countries.map { country in
                (country.name, { $0.line(Indicators.territorialControl, .country(country))?.scaled(100) }, nil)
            },
            yAxis: Axis("State control", unit: "%"), shared: true, columns: 3, panelHeight: 230)
        return ReportSection(
            id: "security", title: ReportSectionID.title("security"),
            blocks: [
                .paragraph(
                    "Territorial control is the state's share of the presence of state and armed groups in coca "
                        + "regions (100% means the state alone). The homicide rate is a simple statistical link to "
                        + "armed presence, trafficking flows, the break-up of criminal groups and spraying: much of "
                        + "the violence in these countries has other causes, so read changes, not levels."),
                .figure(Figure(id: "fig-homicides", svg: homicides.svg(), caption: homicideCaption())),
                .figure(
                    Figure(
                        id: "fig-territorial-control", svg: control.svg(),
                        caption: caption(
                            "state control",
                            subjects(Indicators.territorialControl, countries.map(Place.country), scale: 100),
                            unit: "%", inPoints: true))),
            ])
    }

    func homicideCaption() -> String {
        caption(
            "homicide rate", subjects(Indicators.homicideRate, PlaceNames.securityCountries.map(Place.country)),
            unit: "per 100,000")
    }
}
