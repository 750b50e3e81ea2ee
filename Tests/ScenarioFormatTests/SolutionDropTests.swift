import Diagnostics
import Foundation
import ScenarioFormat
import Testing
import WorkforceModel

/// A variant that leaves out solutions of the file it extends: `id: null`
/// under `solutions:` and `only: [id, …]`.
@Suite("variants that drop solutions")
struct SolutionDropTests {
  /// Two solutions, a correlation between them, scores for both, both applying.
  static let base = """
    scenario: base
    assumptions:
      hours_per_fte: 1450
    solutions:
      ward:
        model: ward
        inputs: {minutes_saved_per_patient_day: 13.25, admissions: 725_000, share: 20%..30%, length_of_stay_days: 4,
          price_per_patient_day: 75..125, project_management: 20mio..25mio, tender: 2mio}
      rpa:
        model: rpa
        inputs: {reports_per_year: 450_000, fields_per_report: 25, minutes_per_field: 0.6..0.7, pre_analysis: 1mio,
          development: 5mio..8mio, project_management: 2mio..3mio, organisational: 2mio,
          operations_share_of_development: 20%}
    simulation:
      correlations:
        - [ward.share, rpa.minutes_per_field, 0.5]
    grant:
      applicants: [ward, rpa]
    assessment:
      criteria:
        fte: {weight: 50%, measure: fte}
        scalability: {weight: 50%}
      scores:
        ward: {scalability: 4}
        rpa: {scalability: 3}

    """

  func load(_ variant: String) throws -> (Scenario, URL) {
    let folder = try temporaryFolder()
    _ = try write(Self.base, to: "base.yaml", in: folder)
    let path = try write(variant, to: "v.yaml", in: folder)
    return (try ScenarioLoader().load(path.path), folder)
  }

  @Test(arguments: ["rpa: null", "rpa: ~", "rpa:", "rpa: NULL"])
  func nullLeavesOutTheBaseSolutionAndEveryReferenceToIt(_ line: String) throws {
    let (scenario, folder) = try load("extends: base.yaml\nsolutions:\n  \(line)\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(scenario.solutions.map(\.id) == ["ward"])
    let path = folder.appendingPathComponent("v.yaml").path
    #expect(
      scenario.omitted
        == [.init(id: "rpa", reason: .variant(SourceLocation(file: path, line: 3, column: 3)))])
    #expect(scenario.simulation.correlations.isEmpty)
    #expect(scenario.grant?.applicants?.map(\.solution) == ["ward"])
    #expect(scenario.assessment?.scores.keys.sorted() == ["ward"])
  }

  @Test func onlyKeepsTheListedSolutions() throws {
    let (scenario, folder) = try load("extends: base.yaml\nonly: [rpa]\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(scenario.solutions.map(\.id) == ["rpa"])
    #expect(scenario.omitted.map(\.id) == ["ward"])
    // The totals are the kept solution's: RPA 450,000 × 25 × 0.6..0.7 / 60 / 1450 = 77.586..90.517.
    let total = ScenarioRanges(scenario).total.fte
    #expect(abs(total.low - 450_000 * 25 * 0.6 / 60 / 1450) < 1e-9)
    #expect(abs(total.high - 450_000 * 25 * 0.7 / 60 / 1450) < 1e-9)
  }

  @Test func onlyNamesAnUnknownSolutionWithASuggestion() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try write(Self.base, to: "base.yaml", in: folder)
    let path = try write("extends: base.yaml\nonly: [wrad]\n", to: "v.yaml", in: folder).path
    #expect(throws: Diagnostic.self) { try ScenarioLoader().load(path) }
    do {
      _ = try ScenarioLoader().load(path)
    } catch {
      #expect(
        error.description
          == "\(path):2:8: error: 'only' lists 'wrad', which is not a solution of the scenario; "
          + "expected one of ward, rpa; did you mean 'ward'?")
    }
  }

  @Test func nullWithoutABaseSolutionIsALocatedError() {
    let message = decodeMessage(
      wardWithInput("tender", "2mio").replacingOccurrences(of: "solutions:\n", with: "solutions:\n  rpa: null\n"))
    #expect(
      message
        == "f.yaml:3:8: error: solution 'rpa' is null, but no file this one extends has a solution 'rpa' to leave "
        + "out; expected a solution (model:, inputs:, …); 'ID: null' only in a variant ('extends:'), to leave out a "
        + "base solution")
  }

  @Test func leavingOutEverySolutionIsAnError() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try write(Self.base, to: "base.yaml", in: folder)
    let path = try write("extends: base.yaml\nsolutions:\n  ward: null\n  rpa: null\n", to: "v.yaml", in: folder).path
    do {
      _ = try ScenarioLoader().load(path)
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix("\(path):4:3: error: the variant leaves out every solution"))
    }
  }

  /// A file further down the chain that gives the solution again takes it back.
  @Test func aNearerFileCanTakeADroppedSolutionBack() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try write(Self.base, to: "base.yaml", in: folder)
    _ = try write("extends: base.yaml\nsolutions:\n  rpa: null\n", to: "middle.yaml", in: folder)
    let path = try write(
      "extends: middle.yaml\nsolutions:\n  rpa:\n    inputs: {fields_per_report: 20}\n", to: "v.yaml", in: folder)
    let scenario = try ScenarioLoader().load(path.path)
    #expect(scenario.solutions.map(\.id) == ["ward", "rpa"])
    #expect(scenario.omitted.isEmpty)
  }

  /// The canonical form of a dropping variant is a whole file without the
  /// dropped solution (nor its grant application or scores), and reads back.
  @Test func theCanonicalFormOfADroppingVariantReadsBack() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try write(Self.base, to: "base.yaml", in: folder)
    let path = try write("extends: base.yaml\nsolutions:\n  rpa: null\n", to: "v.yaml", in: folder).path
    let canonical = try ScenarioPrinter.canonical(file: path)
    #expect(!canonical.contains("rpa"))
    let again = try ScenarioLoader().decode(canonical, file: "again.yaml")
    #expect(again.solutions.map(\.id) == ["ward"])
    #expect(again.assessment?.scores.keys.sorted() == ["ward"])
  }
}
