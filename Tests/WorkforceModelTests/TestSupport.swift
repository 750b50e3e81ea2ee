import Foundation
import ScenarioFormat
import Testing
import WorkforceModel

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Loads a bundled scenario through the real loader.
func bundledScenario(_ name: String) throws -> Scenario {
  try ScenarioLoader().load(packageRoot.appendingPathComponent("Scenarios/\(name)").path)
}

/// Relative equality for computed figures: 1e-12 covers the rounding of a
/// handful of floating-point operations and nothing more.
func close(_ actual: Double, _ expected: Double, relative: Double = 1e-12) -> Bool {
  abs(actual - expected) <= relative * max(abs(expected), 1e-300)
}

func close(_ actual: Interval, _ low: Double, _ high: Double) -> Bool {
  close(actual.low, low) && close(actual.high, high)
}
