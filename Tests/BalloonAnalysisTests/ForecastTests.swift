import BalloonModel
import Foundation
import Testing

@testable import BalloonAnalysis

/// The forecast test's arithmetic: naive forecasts, RMSE of log, band coverage and width.
struct ForecastTests {
    @Test func persistenceCarriesTheOriginYearsValueIntoEveryHorizonYear() throws {
        let forecast = try #require(
            NaiveForecast.persistence([2012: 50, 2013: 48, 2014: 69], origin: 2013, horizon: 2014...2016))
        #expect(forecast == [2014: 48, 2015: 48, 2016: 48])
        #expect(NaiveForecast.persistence([2012: 50], origin: 2013, horizon: 2014...2016) == nil)
    }

    @Test func theLogLinearTrendExtendsAnExactExponentialPath() throws {
        // 10% growth a year in the window, one year missing: the trend must carry on at 10%.
        let observed: [Int: Double] = [2009: 100, 2010: 110, 2012: 133.1, 2013: 146.41, 2016: 1]
        let forecast = try #require(NaiveForecast.logLinearTrend(observed, window: 2009...2013, horizon: 2014...2015))
        #expect(abs(forecast[2014]! - 161.051) < 1e-6)
        #expect(abs(forecast[2015]! - 177.1561) < 1e-6)
    }

    @Test func theTrendIsALeastSquaresLineNotTheEndpoints() throws {
        // log values 0, 2, 1 at years 0, 1, 2: slope 0.5, mean 1 at year 1 -> year 3 at exp(2).
        let observed: [Int: Double] = [0: 1, 1: exp(2), 2: exp(1)]
        let forecast = try #require(NaiveForecast.logLinearTrend(observed, window: 0...2, horizon: 3...3))
        #expect(abs(forecast[3]! - exp(2)) < 1e-9)
        #expect(NaiveForecast.logLinearTrend([2013: 5], window: 2009...2013, horizon: 2014...2014) == nil)
    }

    @Test func rmseOfLogUsesOnlyObservedYearsInTheWindow() throws {
        let observed: [Int: Double] = [2014: 100, 2015: 100, 2016: 0, 2020: 100]
        let path: [Int: Double] = [2014: 100 * exp(0.3), 2015: 100 * exp(-0.4), 2016: 5, 2020: 1]
        let rmse = try #require(FitArithmetic.rmseLog(path, observed: observed, years: 2014...2019))
        #expect(abs(rmse - ((0.09 + 0.16) / 2).squareRoot()) < 1e-12)
        #expect(FitArithmetic.rmseLog(path, observed: [:], years: 2014...2019) == nil)
    }

    @Test func aPathThatDiesOutScoresALargeErrorInsteadOfBeingSkipped() throws {
        let rmse = try #require(FitArithmetic.rmseLog([2014: 0], observed: [2014: 1_000], years: 2014...2014))
        #expect(abs(rmse - log(1_000)) < 1e-12)
    }

    @Test func coverageAndBandWidthCountTheObservationsInsideTheBand() throws {
        let bands: [Int: EnsembleBand] = [
            2014: EnsembleBand(median: 100, lower: 50, upper: 200),
            2015: EnsembleBand(median: 100, lower: 90, upper: 110),
            2016: EnsembleBand(median: 100, lower: 80, upper: 120),
        ]
        let observed: [Int: Double] = [2014: 60, 2015: 150, 2016: 120, 2017: 100]
        #expect(FitArithmetic.coverage(bands, observed: observed, years: 2014...2019) == 2.0 / 3.0)
        let width = try #require(FitArithmetic.meanLogBandWidth(bands, observed: observed, years: 2014...2019))
        let expected = (log(4) + log(110.0 / 90) + log(1.5)) / 3
        #expect(abs(width - expected) < 1e-12)
    }

    @Test func bandsAreTheMedianAndFiveToNinetyFivePercentilesOfTheMembers() throws {
        // Balloon's quantile puts member i of n at (i − ½)/n and interpolates: 1…20 gives 1.5, 10.5 and 19.5.
        let members: [[Int: Double]] = (1...20).reversed().map { [2014: Double($0)] } + [[2015: 7]]
        let band = try #require(FitArithmetic.bands(members)[2014])
        #expect(abs(band.median - 10.5) < 1e-9)
        #expect(abs(band.lower - 1.5) < 1e-9)
        #expect(abs(band.upper - 19.5) < 1e-9)
        #expect(FitArithmetic.bands(members)[2015] == EnsembleBand(median: 7, lower: 7, upper: 7))
    }

    @Test func scoringPutsTheModelBesideBothNaiveForecastsPerCountry() throws {
        var test = ForecastTest()
        test.fitThrough = 2013
        test.horizon = 2014...2015
        test.trendWindow = 2012...2013
        let observed: [Country: [Int: Double]] = [.colombia: [2012: 50, 2013: 50, 2014: 100, 2015: 100]]
        let members: [[Country: [Int: Double]]] = [[.colombia: [2014: 100, 2015: 100]]]
        let centred: [[Country: [Int: Double]]] = [[.colombia: [2014: 50, 2015: 50]]]
        let rows = test.score(observed: observed, members: members, centredMembers: centred)
        let colombia = try #require(rows.first { $0.country == "Colombia" })
        #expect(colombia.modelRmseLog == 0)
        #expect(colombia.modelCoverage90 == 1)
        #expect(abs(colombia.persistenceRmseLog! - log(2)) < 1e-12)
        #expect(abs(colombia.trendRmseLog! - log(2)) < 1e-12)
        #expect(abs(colombia.centredRmseLog! - log(2)) < 1e-12)
        let peru = try #require(rows.first { $0.country == "Peru" })
        #expect(peru.observations == 0 && peru.modelRmseLog == nil && peru.persistenceRmseLog == nil)
    }

    @Test func horizonParametersAreTheCatalogEntriesCitingTheAnnouncement() {
        let centred = ForecastTest.horizonParametersAtPriorCentre()
        #expect(!centred.isEmpty)
        for parameter in centred {
            let descriptor = ParameterCatalog.descriptor(named: parameter.name)!
            #expect(!parameter.cites.isEmpty)
            #expect(parameter.value == (descriptor.range.lowerBound + descriptor.range.upperBound) / 2)
        }
        #expect(centred.map(\.name).contains("announcement_enrolment_belief"))
    }

    @Test func citationsAreWholeIdentifiers() {
        #expect(LiteratureCitations.ids(in: "Calibrated; constrained by SF1/SF16 (A4)") == ["SF1", "SF16", "A4"])
        #expect(LiteratureCitations.ids(in: "M2/SF10: yields adapt (A23)") == ["SF10", "A23"])
        #expect(!LiteratureCitations.ids(in: "SF17 checks it; A120").contains("A12"))
    }
}
