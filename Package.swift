// swift-tools-version: 6.0
import PackageDescription

/// The same settings on every target: Swift 6 language mode (complete strict-concurrency checking) and the
/// upcoming features this toolchain (6.3) offers that the code already meets.
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InferIsolatedConformances"),
    .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
]

let package = Package(
    name: "Balloon",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "balloon", targets: ["balloon"]),
        .library(name: "BalloonModel", targets: ["BalloonModel"]),
        .library(name: "BalloonScenario", targets: ["BalloonScenario"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The simulation itself: pure Swift, no I/O, no clock, no global randomness.
        .target(name: "BalloonModel", dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
        // Scenario files (TOML) -> validated model configuration, and the bundled scenarios.
        .target(
            name: "BalloonScenario",
            dependencies: ["BalloonModel", .product(name: "TOMLKit", package: "TOMLKit")],
            resources: [.copy("Resources")]
        ),
        // Bundled historical series (../shared/data) with their sources.
        .target(name: "BalloonData", resources: [.copy("Resources")]),
        // Generic numerics: counter-based randomness, priors, ABC-SMC, Sobol and Morris sensitivity.
        .target(name: "BalloonStatistics"),
        // Small SVG chart library (line with band, stacked bars, small multiples, region grid).
        .target(name: "BalloonCharts"),
        // Ensembles, paired comparison, calibration (ABC), sensitivity, validation checks.
        .target(
            name: "BalloonAnalysis",
            dependencies: [
                "BalloonModel", "BalloonScenario", "BalloonData", "BalloonStatistics",
                .product(name: "RealModule", package: "swift-numerics"),
            ],
            resources: [.copy("Resources")]
        ),
        // Pure renderers: results, ensembles and the fact ledger -> SVG charts and HTML.
        .target(name: "BalloonReport", dependencies: ["BalloonModel", "BalloonCharts", "BalloonAnalysis"]),
        // Tidy CSV, JSON summary and the console table for simulation results.
        .target(name: "BalloonOutput", dependencies: ["BalloonModel"]),
        // The run store: every run, ensemble and comparison with its status, keyed by a content hash: SQLite (GRDB)
        // by default, PostgreSQL (postgres-nio) for a shared store.
        .target(
            name: "BalloonStore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `balloon serve`: the browser workbench and its JSON API (Hummingbird 2); jobs run through a `JobExecutor`.
        .target(
            name: "BalloonServer",
            dependencies: [
                "BalloonScenario", "BalloonStore", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "balloon",
            dependencies: [
                "BalloonModel", "BalloonScenario", "BalloonOutput", "BalloonData", "BalloonAnalysis", "BalloonReport",
                "BalloonStatistics", "BalloonStore", "BalloonServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // libFuzzer target for scenario parsing (scripts/fuzz-scenarios.sh); without -DFUZZING it replays files.
        .executableTarget(
            name: "balloon-scenario-fuzzer", dependencies: ["BalloonScenario"], path: "Fuzz/ScenarioFuzzer"),
        .testTarget(
            name: "BalloonModelTests",
            dependencies: ["BalloonModel", .product(name: "RealModule", package: "swift-numerics")]),
        .testTarget(name: "BalloonScenarioTests", dependencies: ["BalloonScenario", "BalloonModel"]),
        .testTarget(name: "BalloonDataTests", dependencies: ["BalloonData"]),
        .testTarget(
            name: "BalloonStatisticsTests", dependencies: ["BalloonStatistics"], resources: [.copy("Resources")]),
        .testTarget(name: "BalloonChartsTests", dependencies: ["BalloonCharts"]),
        .testTarget(
            name: "BalloonAnalysisTests",
            dependencies: ["BalloonAnalysis", "BalloonModel", "BalloonStatistics", "BalloonScenario", "BalloonData"]
        ),
        .testTarget(
            name: "BalloonReportTests",
            dependencies: ["BalloonReport", "BalloonAnalysis", "BalloonModel", "BalloonCharts"]),
        .testTarget(
            name: "BalloonStoreTests", dependencies: ["BalloonStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "BalloonServerTests",
            dependencies: [
                "balloon", "BalloonServer", "BalloonStore", "BalloonScenario",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "BalloonCLITests",
            dependencies: [
                "balloon", "BalloonStore", "BalloonModel", "BalloonOutput", "BalloonScenario", "BalloonAnalysis",
                "BalloonStatistics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)

for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + strictSettings
}
