import Foundation
import ScenarioFormat
import Testing
import WorkforceModel

@testable import Simulation

/// `Scenarios/published-as-formulas.yaml` writes the five built-in models out
/// as formulas. These tests prove that the formula solutions give the same
/// results as the built-in models, bit for bit: deterministic ranges, named
/// intermediates, `check` verdicts, and Monte Carlo runs with the same seed.
@Suite("Formula solutions equal the built-in models")
struct FormulaEquivalenceTests {
  /// The uncertain benchmark scenario with each solution's built-in model
  /// replaced by its formula version from `published-as-formulas.yaml`, the
  /// arguments reordered by name to the formula model's inputs.
  static func uncertainAsFormulas() throws -> (builtIn: Scenario, formulas: Scenario) {
    let uncertain = try bundled("uncertain.yaml")
    let formulas = try bundled("published-as-formulas.yaml")
    var solutions: [Solution] = []
    for solution in uncertain.solutions {
      let model = try #require(formulas.solution(solution.id)?.model as? FormulaModel)
      let arguments = try model.inputs.map { spec in try #require(solution.argument(named: spec.name)) }
      solutions.append(
        Solution(
          id: solution.id, model: model, arguments: arguments, location: solution.location))
    }
    let rewritten = Scenario(
      id: uncertain.id, file: uncertain.file, solutions: solutions, assumptions: uncertain.assumptions,
      simulation: uncertain.simulation)
    return (uncertain, rewritten)
  }

  @Test func everySolutionIsAFormulaWithTheBuiltInInputsInOrder() throws {
    let published = try bundled("published.yaml")
    let formulas = try bundled("published-as-formulas.yaml")
    #expect(formulas.solutions.map(\.id) == published.solutions.map(\.id))
    for (builtIn, formula) in zip(published.solutions, formulas.solutions) {
      #expect(formula.model is FormulaModel)
      // Same names, domains and units (labels are shared by name, so where two
      // built-in models label `project_management` differently, the first wins).
      #expect(formula.model.inputs.map(\.name) == builtIn.model.inputs.map(\.name), "\(builtIn.id)")
      #expect(formula.model.inputs.map(\.domain) == builtIn.model.inputs.map(\.domain), "\(builtIn.id)")
      #expect(formula.model.inputs.map(\.unit) == builtIn.model.inputs.map(\.unit), "\(builtIn.id)")
      // Same values and sources: the file is a faithful copy.
      #expect(
        formula.arguments
          == builtIn.arguments.map { argument in
            var copy = argument
            copy.location = formula.argument(named: argument.name)?.location ?? argument.location
            copy.keyLocation = formula.argument(named: argument.name)?.keyLocation
            return copy
          }, "\(builtIn.id)")
    }
  }

  @Test func deterministicRangesAndIntermediatesAreIdentical() throws {
    let published = try bundled("published.yaml")
    let formulas = try bundled("published-as-formulas.yaml")
    for (builtIn, formula) in zip(published.solutions, formulas.solutions) {
      let expected = builtIn.ranges()
      let actual = formula.ranges()
      for figure in Figure.allCases {
        #expect(actual[figure] == expected[figure], "\(builtIn.id).\(figure.rawValue)")
      }
      #expect(actual.details.map(\.name) == expected.details.map(\.name), "\(builtIn.id)")
      #expect(actual.details.map(\.value) == expected.details.map(\.value), "\(builtIn.id)")
      #expect(actual.details.map(\.unit) == expected.details.map(\.unit), "\(builtIn.id)")
    }
    // The uncertain inputs too, where every input is a range.
    let (uncertain, rewritten) = try Self.uncertainAsFormulas()
    let expected = ScenarioRanges(uncertain)
    let actual = ScenarioRanges(rewritten)
    for figure in Figure.allCases {
      #expect(actual.total[figure] == expected.total[figure])
      for (a, b) in zip(actual.rows, expected.rows) {
        #expect(a.outputs[figure] == b.outputs[figure], "\(a.solution.id).\(figure.rawValue)")
      }
    }
  }

  @Test func checkGivesTheSameVerdicts() throws {
    let expected = PublishedCheck(try bundled("published.yaml"))
    let actual = PublishedCheck(try bundled("published-as-formulas.yaml"))
    #expect(actual.rows.map(\.published.name) == expected.rows.map(\.published.name))
    #expect(actual.rows.map(\.verdict) == expected.rows.map(\.verdict))
    #expect(actual.rows.map(\.computed) == expected.rows.map(\.computed))
    #expect(actual.passed == expected.passed)
    #expect(actual.notes.count == expected.notes.count)
  }

  @Test func monteCarloWithTheSameSeedIsIdentical() throws {
    let (uncertain, rewritten) = try Self.uncertainAsFormulas()
    let planA = SimulationPlan(uncertain)
    let planB = SimulationPlan(rewritten)
    #expect(planA.variableKeys == planB.variableKeys)
    #expect(planA.outputKeys == planB.outputKeys)
    #expect(planA.outputBounds == planB.outputBounds)
    let options = SimulationOptions(iterations: 20_000, seed: 2023, threads: 2, sensitivity: .full, sobolSamples: 256)
    let a = try MonteCarloRunner(plan: planA, options: options).run()
    let b = try MonteCarloRunner(plan: planB, options: options).run()
    for (x, y) in zip(a.outputs, b.outputs) {
      #expect(x.key == y.key)
      #expect(x.mean.bitPattern == y.mean.bitPattern, "\(x.key)")
      #expect(x.standardDeviation.bitPattern == y.standardDeviation.bitPattern, "\(x.key)")
      #expect(x.percentiles.map(\.value) == y.percentiles.map(\.value), "\(x.key)")
    }
    let sensitivityA = try #require(a.sensitivity)
    let sensitivityB = try #require(b.sensitivity)
    for (x, y) in zip(sensitivityA.outputs, sensitivityB.outputs) {
      #expect(x.entries.map(\.input) == y.entries.map(\.input), "\(x.key)")
      #expect(x.entries.map(\.rankCorrelation) == y.entries.map(\.rankCorrelation), "\(x.key)")
      #expect(x.entries.map(\.tornadoLow) == y.entries.map(\.tornadoLow), "\(x.key)")
      #expect(x.entries.map(\.tornadoHigh) == y.entries.map(\.tornadoHigh), "\(x.key)")
      #expect(x.entries.map(\.firstOrder) == y.entries.map(\.firstOrder), "\(x.key)")
      #expect(x.entries.map(\.total) == y.entries.map(\.total), "\(x.key)")
    }
  }

  @Test func thePublishedScenarioSimulatesIdentically() throws {
    let options = SimulationOptions(iterations: 20_000, seed: 5, threads: 1, sensitivity: .tornado)
    let a = try MonteCarloRunner(plan: SimulationPlan(try bundled("published.yaml")), options: options).run()
    let b = try MonteCarloRunner(plan: SimulationPlan(try bundled("published-as-formulas.yaml")), options: options)
      .run()
    #expect(a.outputs.map(\.mean) == b.outputs.map(\.mean))
    #expect(a.outputs.map { $0.percentiles.map(\.value) } == b.outputs.map { $0.percentiles.map(\.value) })
  }
}
