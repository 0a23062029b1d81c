// swift-tools-version: 6.0
import PackageDescription

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
        // Tidy CSV, JSON summary and the console table for simulation results.
        .target(name: "BalloonOutput", dependencies: ["BalloonModel"]),
        .executableTarget(
            name: "balloon",
            dependencies: [
                "BalloonModel", "BalloonScenario", "BalloonOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BalloonModelTests", dependencies: ["BalloonModel", .product(name: "RealModule", package: "swift-numerics")]),
        .testTarget(name: "BalloonScenarioTests", dependencies: ["BalloonScenario", "BalloonModel"]),
        .testTarget(name: "BalloonCLITests", dependencies: ["balloon", "BalloonScenario", "BalloonOutput"]),
    ]
)
