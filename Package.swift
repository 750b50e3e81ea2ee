// swift-tools-version: 6.0
//
// workforce: a business-case calculator for workforce-saving technology in
// Danish public healthcare. Foundation only: no package dependencies.

import PackageDescription

let package = Package(
  name: "workforce",
  products: [
    .executable(name: "workforce", targets: ["workforce"])
  ],
  targets: [
    // MARK: - Shared vocabulary

    /// Source locations and located, compiler-style error messages.
    .target(name: "Diagnostics"),

    // MARK: - Reading scenario files

    /// The strict YAML subset that scenario files are written in.
    .target(name: "YAMLSubset", dependencies: ["Diagnostics"]),
    /// The files of `Scenarios/`, compiled in, so the program needs no package folder beside it.
    .target(name: "BundledScenarios", resources: [.embedInCode("Scenarios")]),
    /// Quantity syntax, scenario decoding, `extends:`, validation, the JSON Schema of the format.
    .target(
      name: "ScenarioFormat", dependencies: ["Diagnostics", "YAMLSubset", "WorkforceModel", "BundledScenarios"]),

    // MARK: - The pure modelling core

    /// Interval arithmetic, the five solution models, evaluation and traces.
    .target(name: "WorkforceModel", dependencies: ["Diagnostics"]),

    // MARK: - Monte Carlo

    /// The normal CDF and quantile, log-gamma and the incomplete beta function and its inverse.
    .target(name: "SpecialFunctions"),
    /// Seeded generators and exact samplers for the scenario distributions.
    .target(name: "RandomSampling", dependencies: ["SpecialFunctions"]),
    /// Streaming moments, percentiles, rank correlation and Sobol estimators.
    .target(name: "Statistics", dependencies: ["SpecialFunctions"]),
    // MARK: - The business case (pure, below Monte Carlo and reporting)

    /// The year model, discounting and NPV, the binding of scenario inputs to
    /// case variables, exact ranges, payback, switching values and grant tables.
    .target(name: "BusinessCase", dependencies: ["WorkforceModel"]),

    /// The Monte Carlo runner and sensitivity analysis over scenario models.
    .target(
      name: "Simulation",
      dependencies: ["Diagnostics", "WorkforceModel", "BusinessCase", "RandomSampling", "Statistics"]
    ),

    // MARK: - Assessment

    /// Decision analysis for the pool: per-draw optimal portfolios, acceptability, EVPI and EVPPI.
    .target(name: "Decision", dependencies: ["Diagnostics", "WorkforceModel", "Simulation", "BusinessCase"]),
    /// Weighted multi-criteria ranking of solutions and its robustness.
    .target(name: "Assessment", dependencies: ["WorkforceModel", "BusinessCase", "RandomSampling"]),

    // MARK: - Output and the command line

    /// Escaping text for HTML, SVG and XML, shared by the charts, the HTML report and the workbooks.
    .target(name: "XMLEscaping"),
    /// Office Open XML workbooks (.xlsx) and the zip container they need.
    .target(name: "Spreadsheet", dependencies: ["XMLEscaping"]),
    /// SVG charts: axes with nice ticks, histograms, tornado and bar charts.
    .target(name: "Charts", dependencies: ["XMLEscaping"]),
    /// Text, Markdown, CSV, JSON, xlsx and HTML renderings in Danish and English.
    .target(
      name: "Reports",
      dependencies: [
        "WorkforceModel", "Simulation", "Statistics", "BusinessCase", "Assessment", "Decision", "XMLEscaping",
        "Spreadsheet",
        "Charts",
      ]),
    /// Argument parsing and the commands; the executable only calls into it.
    .target(
      name: "WorkforceCLI",
      dependencies: [
        "Diagnostics", "ScenarioFormat", "WorkforceModel", "BusinessCase", "Simulation", "Assessment", "Decision",
        "Reports",
        "BundledScenarios",
        "YAMLSubset",
      ]),
    .executableTarget(name: "workforce", dependencies: ["WorkforceCLI"]),

    // MARK: - Test support

    /// Runs the built `workforce` (or another program a test starts) and captures what it prints.
    .target(name: "ExecutableTestSupport", path: "Tests/ExecutableTestSupport"),

    // MARK: - Tests

    .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
    .testTarget(name: "YAMLSubsetTests", dependencies: ["YAMLSubset", "Diagnostics"]),
    .testTarget(
      name: "ScenarioFormatTests",
      dependencies: ["ScenarioFormat", "Diagnostics", "YAMLSubset", "WorkforceModel", "ExecutableTestSupport"]),
    .testTarget(name: "WorkforceModelTests", dependencies: ["WorkforceModel", "ScenarioFormat"]),
    .testTarget(name: "SpecialFunctionsTests", dependencies: ["SpecialFunctions"]),
    .testTarget(name: "RandomSamplingTests", dependencies: ["RandomSampling"]),
    .testTarget(name: "StatisticsTests", dependencies: ["Statistics", "RandomSampling", "SpecialFunctions"]),
    .testTarget(
      name: "SimulationTests", dependencies: ["Simulation", "ScenarioFormat", "WorkforceModel", "RandomSampling"]),
    .testTarget(
      name: "BusinessCaseTests",
      dependencies: ["BusinessCase", "ScenarioFormat", "WorkforceModel", "Diagnostics", "RandomSampling"]),
    .testTarget(
      name: "AssessmentTests", dependencies: ["Assessment", "ScenarioFormat", "WorkforceModel", "Diagnostics"]),
    .testTarget(
      name: "DecisionTests",
      dependencies: ["Decision", "BusinessCase", "ScenarioFormat", "RandomSampling", "Reports", "WorkforceModel"]),
    .testTarget(name: "XMLEscapingTests", dependencies: ["XMLEscaping"]),
    .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet"]),
    .testTarget(name: "ChartsTests", dependencies: ["Charts"], exclude: ["Golden"]),
    .testTarget(
      name: "ReportsTests",
      dependencies: [
        "Reports", "ScenarioFormat", "WorkforceModel", "BusinessCase", "Simulation", "Statistics",
      ]),
    // Runs the built executable, so it depends on it to have it built first.
    .testTarget(name: "WorkforceCLITests", dependencies: ["workforce", "ExecutableTestSupport"]),
    .testTarget(name: "MalformedCorpusTests", dependencies: ["workforce", "ExecutableTestSupport"]),
  ]
)
