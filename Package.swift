// swift-tools-version: 6.0
//
// HarvestSim: a discrete-event simulator of a harvested virtual grid
// (lab PCs running VM worker nodes behind one computing element).
//
// Layers, each depending only on the ones below it (see docs/architecture.md):
//   harvestsim (CLI) -> Experiments -> Scenario -> Model -> Kernel
//                                                    \-> Stochastics -> CGSL
//   Traces (availability and workload trace readers) and Benchmarks (VM overhead
//   micro-benchmarks) sit on Stochastics beside Model. CSVCodec (the one RFC 4180 CSV
//   reader and writer) depends on nothing.

import PackageDescription

let package = Package(
  name: "HarvestSim",
  products: [
    .executable(name: "harvestsim", targets: ["harvestsim"])
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
  ],
  targets: [
    // MARK: - Implementation details
    .systemLibrary(
      name: "CGSL",
      pkgConfig: "gsl",
      providers: [.apt(["libgsl-dev"]), .brew(["gsl"])]
    ),
    // Decompression of .gz, .xz and .bz2 traces (Sources/Traces/Input).
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    .systemLibrary(name: "CLZMA", pkgConfig: "liblzma", providers: [.apt(["liblzma-dev"]), .brew(["xz"])]),
    .systemLibrary(name: "CBZip2", providers: [.apt(["libbz2-dev"]), .brew(["bzip2"])]),

    // MARK: - Layers
    .target(name: "CSVCodec"),
    .target(name: "Stochastics", dependencies: ["CGSL"]),
    .target(name: "Kernel"),
    .target(name: "Model", dependencies: ["Kernel", "Stochastics"]),
    .target(name: "Traces", dependencies: ["Stochastics", "CSVCodec", "CZlib", "CLZMA", "CBZip2"]),
    .target(name: "Benchmarks", dependencies: ["Stochastics", "CSVCodec"]),
    .target(
      name: "Scenario",
      dependencies: ["Model", "Stochastics", "Traces", .product(name: "Yams", package: "Yams")]
    ),
    .target(
      name: "Experiments", dependencies: ["Scenario", "Model", "Stochastics", "Traces", "CSVCodec"],
      plugins: ["ModelDigestPlugin"]
    ),
    .executableTarget(
      name: "harvestsim",
      dependencies: [
        "Experiments", "Scenario", "Model", "Stochastics", "Traces", "Benchmarks",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Build tools
    // ProgramVersion's digest of the model's sources, made at build time (docs/architecture.md).
    .executableTarget(name: "ModelDigest"),
    .plugin(name: "ModelDigestPlugin", capability: .buildTool(), dependencies: ["ModelDigest"]),

    // MARK: - Fuzzing
    // One input -> accepted or an error with a position, shared by the fuzz driver and the
    // regression tests. The driver is a libFuzzer target only when Scripts/fuzz.sh builds it
    // (libFuzzer and AddressSanitizer, -DHARVESTSIM_FUZZING); a normal build makes it a replay tool.
    .target(name: "FuzzHarness", dependencies: ["Scenario", "Traces"], path: "Fuzz/Harness"),
    .executableTarget(name: "harvestsim-fuzz", dependencies: ["FuzzHarness"], path: "Fuzz/Entry"),

    // MARK: - Unit test bundles
    // Fixtures more than one test bundle needs.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "CSVCodecTests",
      dependencies: ["CSVCodec", .product(name: "PropertyBased", package: "swift-property-based")]
    ),
    .testTarget(name: "StochasticsTests", dependencies: ["Stochastics"]),
    .testTarget(name: "KernelTests", dependencies: ["Kernel"]),
    .testTarget(
      name: "TracesTests", dependencies: ["Traces", "Stochastics", "FuzzHarness", "TestSupport"], exclude: ["Resources"]),
    .testTarget(name: "BenchmarksTests", dependencies: ["Benchmarks", "Stochastics"], exclude: ["Resources"]),
    .testTarget(
      name: "ModelTests",
      dependencies: ["Model", "Kernel", "Stochastics", .product(name: "PropertyBased", package: "swift-property-based")]
    ),
    .testTarget(
      name: "ScenarioTests",
      dependencies: [
        "Scenario", "Model", "Stochastics", "FuzzHarness", "TestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "ExperimentsTests",
      dependencies: ["Experiments", "Scenario", "Model", "Stochastics", "Traces", "CSVCodec"]
    ),
  ]
)
