extension Atlas {
    /// The bundled coca regions of MODEL.md section 2.
    ///
    /// Colombia's initial shares come from the UNODC 2004 regional figures (coca_by_region_ha.csv:
    /// Meta-Guaviare 28,500; Pacific 15,800; Central 15,100; Putumayo-Caquetá 10,900; elsewhere 10,100
    /// of 80,400 ha). UNODC's "Central" is split 60/40 into Central and Catatumbo and "elsewhere" into
    /// Orinoquía, Amazonía and Sierra Nevada: those splits are priors. Peru's and Bolivia's regional
    /// shares, and every other attribute here, are priors (the surveys were not readable; see
    /// docs/model.md, section 5, "Regional priors").
    static let defaultRegions: [Region] = [
        // Colombia
        region(
            "CO.PACIFIC", "Pacific (Nariño, Cauca, Chocó)", .colombia, share: 15_800 / 80_400,
            neighbours: ["CO.PUTUMAYO", "CO.CENTRAL", "EC.NORTH"], parks: 0.05, indigenous: 0.15, band: 0.10,
            forest: 900_000, state: 0.25, armed: 0.65, demobilising: 0.5, remote: 0.8, poverty: 0.6, yield: 1.1),
        region(
            "CO.PUTUMAYO", "Putumayo–Caquetá", .colombia, share: 10_900 / 80_400,
            neighbours: ["CO.PACIFIC", "CO.AMAZONIA", "CO.META", "EC.NORTH", "PE.PUTUMAYO"],
            parks: 0.04, indigenous: 0.12, band: 0.15,
            forest: 1_200_000, state: 0.25, armed: 0.7, demobilising: 0.8, remote: 0.75, poverty: 0.55, yield: 1.0),
        region(
            "CO.CENTRAL", "Central (Antioquia, Bolívar, Córdoba)", .colombia, share: 15_100 * 0.6 / 80_400,
            neighbours: ["CO.PACIFIC", "CO.META", "CO.CATATUMBO", "CO.SIERRA"], parks: 0.05, indigenous: 0.05,
            band: 0, forest: 300_000, state: 0.45, armed: 0.5, demobilising: 0.4, remote: 0.5, poverty: 0.45,
            yield: 1.0),
        region(
            "CO.META", "Meta–Guaviare", .colombia, share: 28_500 / 80_400,
            neighbours: ["CO.PUTUMAYO", "CO.CENTRAL", "CO.ORINOQUIA", "CO.AMAZONIA"], parks: 0.10,
            indigenous: 0.08, band: 0, forest: 1_500_000, state: 0.3, armed: 0.7, demobilising: 0.9,
            remote: 0.7, poverty: 0.5, yield: 1.0),
        region(
            "CO.CATATUMBO", "Catatumbo", .colombia, share: 15_100 * 0.4 / 80_400,
            neighbours: ["CO.CENTRAL", "CO.SIERRA", "CO.ORINOQUIA"], parks: 0.05, indigenous: 0.05, band: 0,
            forest: 150_000, state: 0.3, armed: 0.6, demobilising: 0.4, remote: 0.6, poverty: 0.5, yield: 1.1),
        region(
            "CO.ORINOQUIA", "Orinoquía (Vichada, Arauca)", .colombia, share: 10_100 * 0.55 / 80_400,
            neighbours: ["CO.META", "CO.CATATUMBO"], parks: 0.05, indigenous: 0.25, band: 0,
            forest: 600_000, state: 0.25, armed: 0.6, demobilising: 0.7, remote: 0.85, poverty: 0.6, yield: 0.9),
        region(
            "CO.AMAZONIA", "Amazonía (Amazonas, Vaupés, Guainía)", .colombia, share: 10_100 * 0.40 / 80_400,
            neighbours: ["CO.PUTUMAYO", "CO.META", "PE.PUTUMAYO"], parks: 0.15, indigenous: 0.45, band: 0,
            forest: 3_000_000, state: 0.15, armed: 0.6, demobilising: 0.8, remote: 0.95, poverty: 0.7,
            yield: 0.8),
        region(
            "CO.SIERRA", "Sierra Nevada", .colombia, share: 10_100 * 0.05 / 80_400,
            neighbours: ["CO.CENTRAL", "CO.CATATUMBO"], parks: 0.3, indigenous: 0.3, band: 0, forest: 100_000,
            state: 0.45, armed: 0.4, demobilising: 0.2, remote: 0.5, poverty: 0.45, yield: 0.9),
        // Peru
        region(
            "PE.VRAEM", "VRAEM (Apurímac–Ene–Mantaro)", .peru, share: 0.35,
            neighbours: ["PE.CONVENCION", "PE.AGUAYTIA"], parks: 0.05, indigenous: 0.10, band: 0,
            forest: 800_000, state: 0.25, armed: 0.55, demobilising: 0, remote: 0.75, poverty: 0.6, yield: 1.45),
        region(
            "PE.HUALLAGA", "Alto Huallaga", .peru, share: 0.30,
            neighbours: ["PE.AGUAYTIA", "PE.MARANON", "PE.REST"], parks: 0.05, indigenous: 0.05, band: 0,
            forest: 600_000, state: 0.35, armed: 0.45, demobilising: 0, remote: 0.6, poverty: 0.5, yield: 1.0),
        region(
            "PE.CONVENCION", "La Convención–Lares", .peru, share: 0.15,
            neighbours: ["PE.VRAEM", "PE.INAMBARI"], parks: 0.05, indigenous: 0.05, band: 0, forest: 300_000,
            state: 0.45, armed: 0.2, demobilising: 0, remote: 0.5, poverty: 0.5, yield: 0.8),
        region(
            "PE.INAMBARI", "Inambari–Tambopata", .peru, share: 0.05,
            neighbours: ["PE.CONVENCION", "BO.YUNGAS"], parks: 0.15, indigenous: 0.05, band: 0, forest: 700_000,
            state: 0.35, armed: 0.25, demobilising: 0, remote: 0.7, poverty: 0.5, yield: 0.8),
        region(
            "PE.PUTUMAYO", "Putumayo–Bajo Amazonas", .peru, share: 0.02,
            neighbours: ["CO.PUTUMAYO", "CO.AMAZONIA", "PE.MARANON"], parks: 0.1, indigenous: 0.4, band: 0,
            forest: 2_000_000, state: 0.15, armed: 0.45, demobilising: 0, remote: 0.95, poverty: 0.65,
            yield: 0.8),
        region(
            "PE.MARANON", "Marañón", .peru, share: 0.03,
            neighbours: ["PE.HUALLAGA", "PE.PUTUMAYO", "PE.REST"], parks: 0.05, indigenous: 0.2, band: 0,
            forest: 600_000, state: 0.35, armed: 0.3, demobilising: 0, remote: 0.75, poverty: 0.55, yield: 0.8),
        region(
            "PE.AGUAYTIA", "Aguaytía–Pichis–Palcazú", .peru, share: 0.06,
            neighbours: ["PE.VRAEM", "PE.HUALLAGA", "PE.REST"], parks: 0.05, indigenous: 0.25, band: 0,
            forest: 900_000, state: 0.3, armed: 0.35, demobilising: 0, remote: 0.7, poverty: 0.55, yield: 0.9),
        region(
            "PE.REST", "Rest of Peru", .peru, share: 0.04,
            neighbours: ["PE.HUALLAGA", "PE.MARANON", "PE.AGUAYTIA"], parks: 0.05, indigenous: 0.1, band: 0,
            forest: 500_000, state: 0.45, armed: 0.2, demobilising: 0, remote: 0.6, poverty: 0.5, yield: 0.8),
        // Bolivia
        region(
            "BO.YUNGAS", "Yungas of La Paz", .bolivia, share: 0.55, neighbours: ["BO.CHAPARE", "PE.INAMBARI"],
            parks: 0.05, indigenous: 0.05, band: 0, forest: 300_000, state: 0.5, armed: 0.1, demobilising: 0,
            remote: 0.5, poverty: 0.5, yield: 0.75, legal: 0.65),
        region(
            "BO.CHAPARE", "Trópico de Cochabamba", .bolivia, share: 0.45, neighbours: ["BO.YUNGAS"],
            parks: 0.1, indigenous: 0.05, band: 0, forest: 400_000, state: 0.5, armed: 0.1, demobilising: 0,
            remote: 0.45, poverty: 0.5, yield: 1.3, legal: 0.35),
        // Ecuador: only marginal coca near the Colombian border (25 ha in 2010, UNODC).
        region(
            "EC.NORTH", "Northern border (Sucumbíos, Esmeraldas, Carchi)", .ecuador, share: 1.0,
            neighbours: ["CO.PUTUMAYO", "CO.PACIFIC"], parks: 0.1, indigenous: 0.2, band: 1.0, forest: 400_000,
            state: 0.5, armed: 0.25, demobilising: 0, remote: 0.6, poverty: 0.45, yield: 1.0),
    ]

    // Peru's legal coca (ENACO buyers) sits mostly in La Convención–Lares; Bolivia's split above.
    private static func region(
        _ id: String, _ name: String, _ country: Country, share: Double, neighbours: [String],
        parks: Double, indigenous: Double, band: Double, forest: Double, state: Double, armed: Double,
        demobilising: Double, remote: Double, poverty: Double, yield: Double, legal: Double? = nil
    ) -> Region {
        let legalShare = legal ?? (id == "PE.CONVENCION" ? 1.0 : 0.0)
        return Region(
            id: id, name: name, country: country, initialShare: share, neighbours: neighbours, parkShare: parks,
            indigenousShare: indigenous, borderBandShare: band, forestFrontierHectares: forest,
            statePresence: state, armedPresence: armed, demobilisingShare: demobilising, remoteness: remote,
            poverty: poverty, yieldMultiplier: yield, legalShare: legalShare)
    }
}
