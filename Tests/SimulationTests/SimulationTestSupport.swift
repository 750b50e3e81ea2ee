import Foundation
import ScenarioFormat
import Simulation
import WorkforceModel

let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func scenario(_ text: String) throws -> Scenario {
  try ScenarioLoader().decode(text, file: "test.yaml")
}

func bundled(_ name: String) throws -> Scenario {
  try ScenarioLoader().load(packageRoot.appendingPathComponent("Scenarios/\(name)").path)
}

/// Dermloop's fte is the sum of its three inputs, so with independent
/// uniform inputs every statistic has a closed form.
let additiveScenario = """
  scenario: additive
  solutions:
    dermloop:
      model: dermloop
      inputs:
        dermatology_fte: uniform(40, 54)
        plastic_surgery_fte: uniform(3, 5)
        pathology_fte: uniform(36, 50)
        licence_per_year: 70mio
        project_management: 30mio
        tender: 2mio
  """
