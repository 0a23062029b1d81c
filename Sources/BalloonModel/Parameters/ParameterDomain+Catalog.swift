// The physical domain of every catalogued parameter, by name (per-country and per-market entries
// `name.CODE` share their base name's domain). Why each group has its domain:
//   months        the parameter is the time constant of a monthly relaxation `x += (target − x) / T`
//                 or a decay `exp(−1 / T)`: below one month a step overshoots, at zero it divides by zero.
//   positive      it divides (yields, prices, covers, poverty width, family size, cost per hectare),
//                 or it is a scale whose zero empties the model (carrying area, users, consumption).
//   positiveShare a share that divides or whose zero removes every gram (retail purity).
//   openShare     a share that enters as odds, share / (1 − share): neither 0 nor 1 (the leaf's value share).
//   unitInterval  shares, probabilities and per-month or per-year rates of a stock: above 1 more leaves
//                 a stock than it holds (negative areas, users or inventories), below 0 the sign flips.
//   nonNegative   effect sizes, costs, counts, noise standard deviations: zero switches the effect off,
//                 a negative value reverses the mechanism's documented direction.
//   nonPositive   the demand elasticity: demand does not rise with price.
//   anyFinite     initiation trends (a growth rate in an exponential, either sign).
// ParameterDomainTests runs every parameter at both ends of its accepted values and checks that
// outputs stay finite and non-negative.

extension ParameterDomain {
    static let byName: [String: ParameterDomain] = {
        var table: [String: ParameterDomain] = [:]
        func assign(_ domain: ParameterDomain, _ names: [String]) {
            for name in names {
                precondition(table[name] == nil, "parameter '\(name)' is given two domains")
                table[name] = domain
            }
        }
        assign(
            .months,
            [
                "planting_adjustment_months", "abandonment_adjustment_months", "hazard_memory_months",
                "maturation_months",
                "spray_yield_recovery_months", "adaptation_months", "replant_delay_months",
                "substitution_payment_months",
                "alternative_development_life_months", "payment_stop_months", "fragmentation_half_life_months",
                "state_reversion_months", "armed_adjustment_months", "peace_refill_months", "lab_adjustment_months",
            ])
        assign(
            .positive,
            [
                "carrying_area_ratio", "cocaine_yield_kg_per_ha", "leaf_yield_kg_per_ha", "poverty_width",
                "hectares_per_family",
                "source_price_usd_per_kg", "source_inventory_cover_months", "market_inventory_cover_months",
                "retail_price_per_pure_gram", "light_users_millions", "heavy_users_millions",
                "grams_per_light_user_year",
                "heavy_to_light_consumption", "prevention_half_saturation_usd_m", "spray_cost_per_ha",
                "kilograms_per_lab",
            ])
        assign(.positiveShare, ["retail_purity"])
        assign(.openShare, ["leaf_value_share"])
        assign(
            .unitInterval,
            [
                "poverty_peak", "announcement_enrolment_belief", "remoteness_penalty", "spray_yield_loss",
                "eradication_compensation",
                "spray_kill_share", "manual_kill_share",
                "forced_replant_probability", "displacement_share", "forest_share_new_planting",
                "forest_share_displaced_planting",
                "armed_eradication_shield", "voluntary_replant_while_paid", "voluntary_replant_after_payments",
                "concerted_replant_probability",
                "community_control_effect", "alternative_development_remoteness_cut", "poverty_spray_effect",
                "poverty_alternative_development_effect", "legal_diversion_share", "domestic_seizure_rate",
                "risk_learning_rate",
                "risk_share_of_markup", "source_price_adjustment", "source_loss_rate", "source_rent_share",
                "wholesale_adjustment",
                "light_quit_rate", "escalation_rate",
                "heavy_quit_rate", "treatment_success", "prevention_max_effect", "decriminalization_initiation_effect",
                "decriminalization_retail_cost_cut", "fragmentation_local_share", "peace_refill_share",
                "manual_operating_share",
                "substitution_overhead_share", "interdiction_operating_share", "overhead_share_default",
            ])
        assign(
            .nonNegative,
            [
                "profit_elasticity", "armed_presence_effect", "state_presence_effect", "eradication_risk_weight",
                "licit_return_ratio", "productivity_adaptation", "yield_price_response", "weather_yield_sd",
                "herbicide_litres_per_ha", "households_per_coca_ha", "leaf_price_flexibility",
                "alternative_development_licit_gain",
                "legal_hectares", "route_choice_sensitivity", "interdiction_efficiency", "base_seizure_scale",
                "seizure_noise_sd", "purity_response", "source_price_flexibility", "wholesale_price_flexibility",
                "initiation_noise_sd", "decriminalization_treatment_referral",
                "homicide_rate_reference", "violence_armed_effect", "violence_rent_effect",
                "violence_fragmentation_effect",
                "violence_spray_effect", "violence_boom_effect", "military_aid_effect", "armed_growth_from_rents",
                "armed_suppression_by_state", "spray_operating_per_ha", "manual_cost_per_ha",
                "substitution_cost_per_family",
                "community_control_cost_per_family_year", "alternative_development_cost_per_family_year",
                "lab_destruction_cost_per_lab", "capture_cost_usd", "treatment_cost_per_episode",
            ])
        assign(.nonPositive, ["demand_elasticity"])
        assign(.anyFinite, ["initiation_trend"])
        return table
    }()
}
