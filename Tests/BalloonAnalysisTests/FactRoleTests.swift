import BalloonModel
import Testing

@testable import BalloonAnalysis

/// The ledger does not flatter the model: a fact a parameter was set from is not counted as emergent, a note
/// calls a parameter fitted only when the shipped posterior holds it, and the emergent list keeps its size.
struct FactRoleTests {
    @Test func noParameterIsSetFromAFactTheLedgerCallsEmergent() {
        let emergent = Set(FactCatalog.all.filter { $0.role == .emergent }.map(\.id))
        for descriptor in ParameterCatalog.all {
            let cited = LiteratureCitations.ids(in: descriptor.source).intersection(emergent)
            #expect(
                cited.isEmpty,
                "\(descriptor.name)'s catalog entry cites \(cited.sorted()), which the ledger calls emergent: make the fact `input` and name the parameter in its setParameters"
            )
        }
    }

    @Test func everyFactACatalogEntryCitesIsInputOrFittedAndNamesItsParameters() {
        for descriptor in ParameterCatalog.all {
            for id in LiteratureCitations.ids(in: descriptor.source) where id.hasPrefix("SF") {
                guard let fact = FactCatalog.all.first(where: { $0.id == id }) else {
                    Issue.record("\(descriptor.name) cites \(id), which the ledger does not list")
                    continue
                }
                #expect(fact.role != .emergent)
                if fact.role == .input {
                    #expect(
                        fact.setParameters.contains { $0.hasPrefix(descriptor.name.split(separator: ".")[0]) }
                            || fact.note.contains(descriptor.name),
                        "\(id) is input but does not name \(descriptor.name), whose entry cites it")
                }
            }
        }
    }

    @Test func notesCallAParameterFittedOnlyWhenTheShippedPosteriorHoldsIt() throws {
        let posterior = try #require(ParameterEnsemble.bundledPosterior())
        let fitted = posterior.fittedNames
        for fact in FactCatalog.all {
            for clause in FitClaims.clauses(claimingFitIn: fact.note) {
                for name in FitClaims.parameters(namedIn: clause) {
                    let held = fitted.contains(name) || fitted.contains { $0.hasPrefix(name + ".") }
                    #expect(held, "\(fact.id)'s note says '\(clause)', but \(name) is not in the shipped posterior")
                }
            }
        }
    }

    /// The converse: a note must not call a parameter unfitted (or screened out) while the posterior holds it.
    /// A catalog entry that names no parameter in such a clause speaks of its own.
    @Test func notesCallAParameterUnfittedOnlyWhenTheShippedPosteriorLacksIt() throws {
        let posterior = try #require(ParameterEnsemble.bundledPosterior())
        let fitted = posterior.fittedNames
        let held = { (name: String) in fitted.contains(name) || fitted.contains { $0.hasPrefix(name + ".") } }
        for fact in FactCatalog.all {
            for clause in FitClaims.clauses(denyingFitIn: fact.note) {
                for name in FitClaims.parameters(namedIn: clause) {
                    #expect(!held(name), "\(fact.id)'s note says '\(clause)', but the shipped posterior fits \(name)")
                }
            }
        }
        for descriptor in ParameterCatalog.all {
            for clause in FitClaims.clauses(denyingFitIn: descriptor.source) {
                let named = FitClaims.parameters(namedIn: clause)
                for name in named.isEmpty ? [descriptor.name] : named {
                    #expect(
                        !held(name),
                        "\(descriptor.name)'s catalog entry says '\(clause)', but the shipped posterior fits \(name)")
                }
            }
        }
    }

    @Test func theFitClaimReaderSeesClaimsAndNegations() {
        #expect(
            FitClaims.clauses(claimingFitIn: "announcement_enrolment_belief may be fitted; eradication is an input")
                .count == 1)
        #expect(FitClaims.clauses(claimingFitIn: "base_seizure_scale is not calibrated").isEmpty)
        #expect(FitClaims.clauses(denyingFitIn: "base_seizure_scale is not calibrated").count == 1)
        #expect(FitClaims.clauses(denyingFitIn: "a candidate, screened out of the shipped posterior").count == 1)
        #expect(FitClaims.clauses(denyingFitIn: "carrying_area_ratio is fitted").isEmpty)
        #expect(FitClaims.parameters(namedIn: "carrying_area_ratio is fitted") == ["carrying_area_ratio"])
        #expect(FitClaims.parameters(namedIn: "spray_kill_share and profit_elasticity").count == 2)
    }

    @Test func atLeastEightFactsStayEmergent() {
        #expect(FactCatalog.all.filter { $0.role == .emergent }.count >= 8)
    }
}
