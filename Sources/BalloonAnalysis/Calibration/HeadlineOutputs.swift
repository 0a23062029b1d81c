import BalloonModel
import RealModule

/// The outputs readers quote from Balloon's comparisons: cocaine reaching consumers, coca area and the
/// street price. A parameter the fit leaves at its literature value must not move them much, or the
/// ensemble carries its prior (docs/calibration.md, "Priors carried into the ensemble").
package enum HeadlineOutputs {
    package struct Output: Sendable {
        package let name: String
        let indicator: Indicator
        let place: Place
    }

    package static let all = [
        Output(name: "cocaine consumed, world", indicator: Indicators.consumption, place: .aggregate(.world)),
        Output(name: "coca area, Andean countries", indicator: Indicators.cocaArea, place: .aggregate(.andean)),
        Output(name: "retail price, United States", indicator: Indicators.retailPrice, place: .market(.unitedStates)),
    ]

    /// Each output's log in the run's last year, so effects are relative and comparable across outputs;
    /// an output that is missing or not positive reads as log 1 = 0 (a run that dies out moves it a lot).
    package static func logValues(_ results: SimulationResults) -> [Double] {
        all.map { output in Double.log(max(1, results.series(output.indicator, output.place)?.last ?? 0)) }
    }
}
