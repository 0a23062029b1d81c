import BalloonData
import BalloonModel

/// One bundled observed series mapped onto the model series it is compared with, and the rule that reads it.
///
/// `ObservedSeries.all` is the only place that says which observations stand for which model series:
/// calibration (`ObservedTargets`), the ledger's out-of-sample checks (`OutOfSampleData`) and the report's chart
/// overlays all read it. Where two uses of the same model series select different rows, the table has one row per
/// rule, so the difference is visible here (see `docs/architecture.md`, "Observed data").
package struct ObservedSeries: Sendable {
    /// What an observed series is used for.
    package enum Use: Sendable, Hashable {
        /// A calibration target measured without bias (its bias is fixed at 1).
        case fit
        /// A calibration target measured with a bias the calibration estimates (the U.S. government's areas).
        case fitWithBias
        /// Compared with the ensemble after the calibration window, in the fact ledger.
        case outOfSample
        /// Drawn over the model's series in the report's charts.
        case chartOverlay
        /// Compared with the ensemble median in the fitted years, in the fact ledger, against a stated
        /// allowance (`DataCheck`); never used for fitting.
        case inSampleCheck(DataCheck)
    }

    /// What an in-sample data check allows (issue "Economics that close": leaf prices in the range of the data,
    /// world seizures within ±35%).
    package struct DataCheck: Sendable, Hashable {
        package enum Allowance: Sendable, Hashable {
            /// Each year's median within this share of that year's observation.
            case relative(Double)
            /// Each year's median within the lowest and highest observation of the whole series.
            case observedRange
        }
        package let allowance: Allowance
        package let years: ClosedRange<Int>
    }

    /// How seizure rows name their product.
    package enum Product: Sendable, Hashable {
        /// The product column is exactly this text (case-insensitive), e.g. `cocaine`.
        case exactly(String)
        /// The product column starts with this text (case-insensitive), e.g. `cocaine (not purity-adjusted)`.
        case startingWith(String)

        func matches(_ item: String?) -> Bool {
            guard let item = item?.lowercased() else { return false }
            switch self {
            case .exactly(let text): return item == text
            case .startingWith(let text): return item.hasPrefix(text)
            }
        }
    }

    /// Which rows of the bundled data make the series, and which row wins in a year with several.
    package enum Rule: Sendable, Hashable {
        /// `BundledData.cocaArea(country:source:)` for the row's country: one row a year by its documented preference.
        case cocaArea(SourcePreference)
        /// Seizure totals of one entity: single-year rows that are neither a lower bound nor part of a year,
        /// with a matching product; the first row of a year wins.
        case seizureTotal(entity: String, product: Product)
        /// Cocaine HCl at source in the row's country (`cocaine hcl (in …` and `cocaine hcl in production…`);
        /// the last row of a year wins.
        case sourcePrice
        /// Farm-gate coca leaf in the row's country, in US$/kg (rows in other currencies are left out), the mean
        /// of a year's rows (national averages by different definitions, regional quotes), in 2015 US$.
        case leafPrice
        /// Annual rows (`Observation.isAnnual`) of a series whose entity, item and source match, at their central
        /// value; the first row of a year wins.
        case annual(DataSeries, entity: Entity, item: String?, source: SourcePreference)
    }

    /// A bundled series `Rule.annual` reads.
    package enum DataSeries: Sendable, Hashable {
        case production, homicideRate, demand
    }

    /// How `Rule.annual` matches the entity column.
    package enum Entity: Sendable, Hashable {
        /// The row's country, by `EntityNames.matches` on its code.
        case country
        /// Exactly this text.
        case exactly(String)
        /// Starting with this text (case-sensitive), e.g. `Andean/Global`.
        case startingWith(String)
    }

    /// The model indicator the observations are compared with, in its unit.
    package let indicator: Indicator
    /// The model place the observations are compared with.
    package let place: Place
    package let rule: Rule
    package let uses: Set<Use>
    /// Who measured it, as readers are told, e.g. "UNODC coca surveys".
    package let source: String

    package init(_ indicator: Indicator, _ place: Place, _ rule: Rule, uses: Set<Use>, source: String) {
        self.indicator = indicator
        self.place = place
        self.rule = rule
        self.uses = uses
        self.source = source
    }

    /// The model series the observations stand for.
    package var key: SeriesKey { SeriesKey(indicator, place) }

    /// The rows' country, for rules that read one country.
    var country: Country? {
        if case .country(let country) = place { return country }
        return nil
    }
}

extension ObservedSeries {
    /// Production is reported, never fitted: within world seizures' ±35% of UNODC's estimate each year, since
    /// published production estimates differ by as much (Colombia 2008: 430 t UNODC, 280 t U.S. government).
    static let productionCheck = DataCheck(allowance: .relative(0.35), years: 2000...2019)

    /// Consumption estimates are demand- or supply-side models of their own (UNODC's 2009 world figure is a
    /// balance of production, seizures and losses), so the same ±35%; after the start year, which they set.
    static let consumptionCheck = DataCheck(allowance: .relative(0.35), years: 2001...2019)

    /// Every observed series Balloon compares with the model. Order is kept by the report's overlays.
    package static let all: [ObservedSeries] = {
        var rows: [ObservedSeries] = []
        let calibrationCountries: Set<Country> = [.colombia, .peru, .bolivia]
        for country in [Country.colombia, .peru, .bolivia, .ecuador] {
            let calibrated = calibrationCountries.contains(country)
            rows.append(
                ObservedSeries(
                    Indicators.cocaArea, .country(country), .cocaArea(.unodc),
                    uses: calibrated ? [.fit, .outOfSample, .chartOverlay] : [.chartOverlay],
                    source: "UNODC coca surveys"))
            rows.append(
                ObservedSeries(
                    Indicators.cocaineProduction, .country(country),
                    .annual(.production, entity: .country, item: "potential pure cocaine HCl", source: .unodc),
                    uses: calibrated ? [.chartOverlay, .inSampleCheck(productionCheck)] : [.chartOverlay],
                    source: "UNODC potential production"))
        }
        rows.append(
            ObservedSeries(
                Indicators.cocaineProduction, .world,
                .annual(.production, entity: .startingWith("Andean/Global"), item: nil, source: .unodc),
                uses: [.chartOverlay, .inSampleCheck(productionCheck)], source: "UNODC potential production"))
        rows.append(
            ObservedSeries(
                Indicators.seizures, .world, .seizureTotal(entity: "Global", product: .startingWith("cocaine")),
                uses: [
                    .chartOverlay, .outOfSample,
                    .inSampleCheck(DataCheck(allowance: .relative(0.35), years: 2010...2019)),
                ],
                source: "UNODC World Drug Reports (read as pure tonnes)"))
        for country in [Country.colombia, .ecuador, .peru] {
            rows.append(
                ObservedSeries(
                    Indicators.homicideRate, .country(country),
                    .annual(.homicideRate, entity: .country, item: nil, source: .any),
                    uses: [.chartOverlay], source: "national police and forensic statistics (homicide_rate.csv)"))
        }
        for country in [Country.colombia, .peru, .bolivia] {
            rows.append(
                ObservedSeries(
                    Indicators.cocaArea, .country(country), .cocaArea(.usGovernment), uses: [.fitWithBias],
                    source: "U.S. government coca estimates"))
        }
        // Calibration fits Colombia's national total only; the out-of-sample check also takes later rows whose
        // product is qualified ("cocaine (not purity-adjusted)"), which in the fitted years would let in partial
        // agency totals (Navy only, police only).
        rows.append(
            ObservedSeries(
                Indicators.seizures, .country(.colombia),
                .seizureTotal(entity: "Colombia", product: .exactly("cocaine")),
                uses: [.fit], source: "Colombian authorities via UNODC and the Ministry of Defense"))
        rows.append(
            ObservedSeries(
                Indicators.seizures, .country(.colombia),
                .seizureTotal(entity: "Colombia", product: .startingWith("cocaine")), uses: [.outOfSample],
                source: "Colombian authorities via UNODC and the Ministry of Defense"))
        // Ecuador's cocaine rows only: its "all drugs" totals include cannabis.
        rows.append(
            ObservedSeries(
                Indicators.seizures, .country(.ecuador), .seizureTotal(entity: "Ecuador", product: .exactly("cocaine")),
                uses: [.inSampleCheck(DataCheck(allowance: .relative(0.35), years: 2000...2019))],
                source: "Ecuadorian authorities (seizures_t.csv, seizures_more_t.csv)"))
        // UNODC's consumption estimates after the start year: the start's demand is set from the 1998 and 2008
        // European figures and the users counts (docs/sources-demand.md), the later path is the model's own.
        rows.append(
            ObservedSeries(
                Indicators.consumption, .market(.europe),
                .annual(.demand, entity: .exactly("West & Central Europe"), item: "cocaine consumption", source: .any),
                uses: [.chartOverlay, .inSampleCheck(consumptionCheck)], source: "UNODC (demand.csv)"))
        rows.append(
            ObservedSeries(
                Indicators.consumption, .world,
                .annual(.demand, entity: .exactly("Global"), item: "pure cocaine consumed", source: .any),
                uses: [.chartOverlay, .inSampleCheck(consumptionCheck)],
                source: "UNODC and press reports of it (demand.csv)"))
        for country in [Country.colombia, .peru, .bolivia] {
            rows.append(
                ObservedSeries(
                    Indicators.leafPrice, .country(country), .leafPrice,
                    uses: [.inSampleCheck(DataCheck(allowance: .observedRange, years: 2000...2019))],
                    source: "UNODC coca surveys and press reports of them (farm_and_source_prices_usd.csv)"))
        }
        for country in [Country.colombia, .peru, .bolivia] {
            rows.append(
                ObservedSeries(
                    Indicators.sourcePrice, .country(country), .sourcePrice, uses: [.fit],
                    source: "UNODC, cocaine HCl at source"))
        }
        return rows
    }()

    /// The rows with one use, in table order.
    package static func rows(for use: Use) -> [ObservedSeries] { all.filter { $0.uses.contains(use) } }

    /// The row's in-sample data check, if it has one.
    package var dataCheck: DataCheck? {
        for use in uses { if case .inSampleCheck(let check) = use { return check } }
        return nil
    }

    /// The observed values, year → value in the indicator's unit, for the years in `years`.
    package func values(in data: BundledData, years: ClosedRange<Int>) -> [Int: Double] {
        switch rule {
        case .cocaArea(let source):
            guard let country else { return [:] }
            return data.cocaArea(country: country.name, source: source).filter { years.contains($0.key) }
        case .seizureTotal(let entity, let product):
            // Reported weights are read as pure tonnes, as the model counts them (SeizurePurity).
            guard let purity = SeizurePurity(data: data) else { return [:] }
            var values: [Int: Double] = [:]
            // seizures_t.csv's row wins in a year that seizures_more_t.csv also gives.
            for observation in data.seizures + data.seizuresMore where observation.entity == entity {
                guard let year = observation.year, observation.yearEnd == nil, years.contains(year),
                    let tons = observation.value, product.matches(observation.item),
                    !observation.flags.contains(.lowerBound), !observation.flags.contains(.partialYear)
                else { continue }
                values[year] = values[year] ?? purity.pureTonnes(tons, item: observation.item)
            }
            return values
        case .sourcePrice:
            // Observed prices are nominal; the model counts in constant 2015 US$ (ConstantDollars).
            guard let country, let dollars = try? ConstantDollars(data: data) else { return [:] }
            var values: [Int: Double] = [:]
            for observation in data.prices where observation.entity == country.name {
                guard let year = observation.year, years.contains(year), let value = observation.value,
                    let item = observation.item?.lowercased(),
                    item.hasPrefix("cocaine hcl (in ") || item.hasPrefix("cocaine hcl in production")
                else { continue }
                guard let real = try? dollars.constant(value, from: year) else { continue }
                values[year] = real
            }
            // UNODC's survey prices in farm_and_source_prices_usd.csv fill the years prices_usd.csv lacks:
            // US$ rows only (Colombia's peso rows need an exchange rate that is not bundled), never a lower bound.
            for observation in data.farmAndSourcePrices where observation.entity == country.name {
                guard let year = observation.year, observation.yearEnd == nil, years.contains(year),
                    values[year] == nil, let value = observation.value, observation.unit == "USD/kg",
                    observation.item?.lowercased().hasPrefix("cocaine hcl") == true,
                    !observation.flags.contains(.lowerBound),
                    let real = try? dollars.constant(value, from: year)
                else { continue }
                values[year] = real
            }
            return values
        case .leafPrice:
            guard let country, let dollars = try? ConstantDollars(data: data) else { return [:] }
            var sums: [Int: (total: Double, count: Double)] = [:]
            for observation in data.farmAndSourcePrices where observation.entity == country.name {
                guard let year = observation.year, observation.yearEnd == nil, years.contains(year),
                    let value = observation.value, observation.unit == "USD/kg",
                    observation.item?.lowercased().contains("coca leaf") == true,
                    let real = try? dollars.constant(value, from: year)
                else { continue }
                let sum = sums[year] ?? (0, 0)
                sums[year] = (sum.total + real, sum.count + 1)
            }
            return sums.mapValues { $0.total / $0.count }
        case .annual(let series, let entity, let item, let source):
            let observations: [Observation]
            switch series {
            case .production: observations = data.production
            case .homicideRate: observations = data.homicideRate
            case .demand: observations = data.demand
            }
            var values: [Int: Double] = [:]
            for observation in observations where observation.isAnnual {
                switch entity {
                case .country:
                    guard let country, EntityNames.matches(observation.entity, country.code) else { continue }
                case .exactly(let text):
                    guard observation.entity == text else { continue }
                case .startingWith(let text):
                    guard observation.entity.hasPrefix(text) else { continue }
                }
                guard item == nil || observation.item == item, source.matches(agency: observation.source),
                    let year = observation.year, years.contains(year), values[year] == nil,
                    let value = observation.central
                else { continue }
                values[year] = value
            }
            return values
        }
    }
}
