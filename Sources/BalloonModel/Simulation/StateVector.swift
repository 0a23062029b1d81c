/// A fixed-length array of the simulation's state whose writes skip `Array`'s copy-on-write check.
///
/// Every write to an `Array` held by the simulation calls the runtime to check that its buffer is not
/// shared: hundreds of calls a month, a twentieth of the step's work. A `StateVector` keeps its values
/// in a buffer of its own, which copies share until `makeUnique()` gives one of them a buffer of its
/// own; `Simulation.step()` calls it for every vector before anything is written (`makeStateUnique`),
/// as `Recorder.beginMonth()` does for the recorder. So a copy of a simulation that steps never writes
/// into another's state. Code that copies a simulation and then writes a vector outside `step()`
/// must call `makeUnique()` on it first.
struct StateVector<Element>: RandomAccessCollection {
    private var storage: Storage

    /// A vector holding `values`, in a buffer of its own.
    init(_ values: [Element]) { storage = Storage(values) }

    init(repeating value: Element, count: Int) { self.init([Element](repeating: value, count: count)) }

    var startIndex: Int { 0 }
    var endIndex: Int { storage.values.count }

    subscript(index: Int) -> Element {
        @inline(__always) get {
            precondition(index >= 0 && index < storage.values.count, "StateVector index out of range")
            return storage.values[index]
        }
        @inline(__always) nonmutating set {
            precondition(index >= 0 && index < storage.values.count, "StateVector index out of range")
            storage.values[index] = newValue
        }
    }

    /// Gives this vector a buffer of its own if a copy shares it.
    mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
    }

    /// The values as an array (for tests and reports).
    var array: [Element] { Array(storage.values) }

    private final class Storage {
        let values: UnsafeMutableBufferPointer<Element>

        init(_ source: [Element]) {
            values = .allocate(capacity: source.count)
            _ = values.initialize(fromContentsOf: source)
        }

        init(copying other: Storage) {
            values = .allocate(capacity: other.values.count)
            _ = values.initialize(fromContentsOf: other.values)
        }

        deinit {
            values.deinitialize()
            values.deallocate()
        }
    }
}

extension Simulation {
    /// Gives every state vector of this simulation a buffer of its own (see `StateVector`): the first
    /// thing `step()` does. A vector added to `Simulation` must be listed here.
    mutating func makeStateUnique() {
        matureHectares.makeUnique()
        immatureHectares.makeUnique()
        legalHectares.makeUnique()
        pendingReplant.makeUnique()
        paidVoluntary.makeUnique()
        unpaidVoluntary.makeUnique()
        paidCohorts.makeUnique()
        sprayDamagedShare.makeUnique()
        productivity.makeUnique()
        hazard.makeUnique()
        statePresence.makeUnique()
        armedPresence.makeUnique()
        demobilised.makeUnique()
        demobilisedFloor.makeUnique()
        alternativeDevelopmentFamilies.makeUnique()
        householdsAtStart.makeUnique()
        incomingDisplaced.makeUnique()
        forestRemaining.makeUnique()
        poverty.makeUnique()
        sprayIntensity.makeUnique()
        carryingArea.makeUnique()
        weather.makeUnique()
        referenceLandPull.makeUnique()
        sourceInventory.makeUnique()
        sourcePrice.makeUnique()
        sourceOrdersSmoothed.makeUnique()
        sourceOffered.makeUnique()
        sourceBids.makeUnique()
        sourceRent.makeUnique()
        sourceRentOnOffer.makeUnique()
        sourceShipped.makeUnique()
        leafValue.makeUnique()
        labLeafValue.makeUnique()
        labCapacity.makeUnique()
        labRaidShare.makeUnique()
        labDestroyed.makeUnique()
        poolHarvest.makeUnique()
        labThroughput.makeUnique()
        localLabShare.makeUnique()
        growerExportValue.makeUnique()
        pasteShare.makeUnique()
        pasteTarget.makeUnique()
        pasteNetbackAtChoice.makeUnique()
        fragmentation.makeUnique()
        flowSmoothed.makeUnique()
        flowReference.makeUnique()
        captureAccumulator.makeUnique()
        labAccumulator.makeUnique()
        prisonShock.makeUnique()
        perceivedRisk.makeUnique()
        edgeClosed.makeUnique()
        routeCost.makeUnique()
        routeSurvival.makeUnique()
        routeWeight.makeUnique()
        segmentRisk.makeUnique()
        segmentMarkup.makeUnique()
        segmentTermsReady.makeUnique()
        lightUsers.makeUnique()
        heavyUsers.makeUnique()
        marketInventory.makeUnique()
        consumptionSmoothed.makeUnique()
        demandSmoothed.makeUnique()
        scarcity.makeUnique()
        purity.makeUnique()
        retailAddOn.makeUnique()
        baseInitiation.makeUnique()
        lastRetailPrice.makeUnique()
        lastDeliveredCost.makeUnique()
        yieldPriceEffect.makeUnique()
        edgeSeizure.makeUnique()
        edgeFlow.makeUnique()
        edgeSeized.makeUnique()
        countryFlow.makeUnique()
        marketArrivals.makeUnique()
        marketCost.makeUnique()
        sprayedByCountry.makeUnique()
        sprayIntensityCountry.makeUnique()
        areaGrowthCountry.makeUnique()
        previousCountryArea.makeUnique()
        routeShipment.makeUnique()
        sourceDemand.makeUnique()
        monthlyProduction.makeUnique()
        sprayableHectares.makeUnique()
        plannedSpraying.makeUnique()
        plannedManual.makeUnique()
        plannedKills.makeUnique()
        sprayingBanned.makeUnique()
        borderBandProtected.makeUnique()
        indigenousConsulted.makeUnique()
        announcementActive.makeUnique()
        bindingThisMonth.makeUnique()
    }
}
