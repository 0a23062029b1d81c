import Foundation
import BalloonModel

/// Reads a fact's note or a catalog entry for claims that a parameter was or was not fitted, so a test can hold
/// them to the shipped posterior.
package enum FitClaims {
    /// The clauses (split at `;`) that say something is fitted or calibrated, without "not" before it.
    package static func clauses(claimingFitIn note: String) -> [String] {
        note.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { clause in
            clause.contains(/\b(fitted|calibrated)\b/) && !clause.contains(/\bnot (fitted|calibrated)\b/)
        }
    }

    /// The clauses (split at `;`) that say something is not fitted: "not fitted", "not calibrated", "screened out".
    package static func clauses(denyingFitIn note: String) -> [String] {
        note.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { clause in
            clause.contains(/\bnot (fitted|calibrated)\b/) || clause.contains(/\bscreened out\b/)
        }
    }

    /// Catalog parameter names (an indexed parameter by its base name too, e.g. `carrying_area_ratio`) in `text`.
    package static func parameters(namedIn text: String) -> [String] {
        let names = Set(ParameterCatalog.all.flatMap { [$0.name, String($0.name.split(separator: ".")[0])] })
        return text.matches(of: /[a-z][a-z0-9_]*(?:\.[A-Z]+)?/).map { String($0.output) }.filter {
            names.contains($0) && $0.contains("_")
        }
    }
}
