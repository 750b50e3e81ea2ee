import Foundation
import Testing

@testable import Simulation

@Suite("Sensitivity analysis")
struct SensitivityTests {
  func result() throws -> SensitivityResult {
    let plan = SimulationPlan(try scenario(additiveScenario))
    var options = SimulationOptions(iterations: 20_000, seed: 11, sensitivity: .full)
    options.sobolSamples = 4_096
    options.bootstrapResamples = 50
    return try #require(try MonteCarloRunner(plan: plan, options: options).run().sensitivity)
  }

  @Test func sobolIndicesOfASumAreShareOfVariance() throws {
    let fte = try #require(try result().outputs.first { $0.key == "dermloop.fte" })
    // For Y = X1 + X2 + X3 independent: S_i = T_i = Var_i / ΣVar, with variances
    // 14²/12, 2²/12, 14²/12: 196/396 = 0.4949, 4/396 = 0.0101, 0.4949.
    let expected = [
      "dermloop.dermatology_fte": 196.0 / 396, "dermloop.plastic_surgery_fte": 4.0 / 396,
      "dermloop.pathology_fte": 196.0 / 396,
    ]
    for entry in fte.entries {
      let truth = try #require(expected[entry.input])
      #expect(abs((entry.firstOrder ?? -1) - truth) < 0.05, "\(entry.input) S1")
      #expect(abs((entry.total ?? -1) - truth) < 0.05, "\(entry.input) ST")
      #expect(entry.totalInterval.map { $0.lowerBound - 0.02 <= truth && truth <= $0.upperBound + 0.02 } == true)
    }
  }

  @Test func tornadoMovesOneInputToItsP5AndP95() throws {
    let fte = try #require(try result().outputs.first { $0.key == "dermloop.fte" })
    // Medians 47, 4, 43 → baseline 94. uniform(40, 54): P5 = 40 + 0.05·14 = 40.7,
    // P95 = 53.3, so dermatology's bar runs from 87.7 to 100.3.
    #expect(abs(fte.baseline - 94) < 1e-9)
    let derm = try #require(fte.entries.first { $0.input == "dermloop.dermatology_fte" })
    #expect(abs(derm.tornadoLow - 87.7) < 1e-9 && abs(derm.tornadoHigh - 100.3) < 1e-9)
    // Largest swing first: dermatology and pathology (12.6) before plastic surgery (1.8).
    #expect(fte.entries.last?.input == "dermloop.plastic_surgery_fte")
  }

  @Test func inputsThatCannotMoveAnOutputHaveZeroIndices() throws {
    let project = try #require(try result().outputs.first { $0.key == "dermloop.project_cost" })
    for entry in project.entries {
      #expect(entry.firstOrder == 0 && entry.total == 0 && entry.swing == 0)
    }
  }

  @Test func rankCorrelationOfTheDominantInputsIsStrong() throws {
    let fte = try #require(try result().outputs.first { $0.key == "dermloop.fte" })
    let derm = try #require(fte.entries.first { $0.input == "dermloop.dermatology_fte" })
    // Y = X1 + small + X3 with X1, X3 equally wide: the Pearson correlation of X1
    // and Y is √(196/396) = 0.70; Spearman's is close to it for these shapes.
    #expect(abs(derm.rankCorrelation - (196.0 / 396).squareRoot()) < 0.05)
  }
}
