import BalloonAnalysis
import Foundation

/// Says on standard error, before any output, that a run starting before the fitted years is a mechanics check
/// (`ValidationStatus.startCaveat`), so the warning reaches a reader even when standard output goes to a file.
func warnIfBeforeTheFit(startYear: Int) {
    guard let caveat = ValidationStatus.startCaveat(startYear: startYear) else { return }
    var standardError = FileHandle.standardError
    print("warning: \(caveat)", to: &standardError)
}
