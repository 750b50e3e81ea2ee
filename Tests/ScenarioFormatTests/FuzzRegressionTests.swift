import Diagnostics
import Foundation
import Testing
import WorkforceModel
import YAMLSubset

@testable import ScenarioFormat

/// Every input that made a fuzz target (`Fuzz/`, see README.md, "Fuzzing") crash,
/// hang or fail one of its checks is kept in `Tests/Fixtures/fuzz/TARGET/`
/// and run here through the same checks, without the fuzzer: a fixed bug that
/// comes back fails this suite.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static let folder = packageRoot.appendingPathComponent("Tests/Fixtures/fuzz")

  static func fixtures(_ target: String) -> [String] {
    let directory = folder.appendingPathComponent(target).path
    return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
  }

  static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent(target).appendingPathComponent(name)))
  }

  @Test func everyTargetHasRegressions() {
    #expect(!Self.fixtures("scenario").isEmpty)
  }

  /// The checks of `Fuzz/Targets/scenario.swift`: a located one-line error,
  /// or a tree the emitter writes back faithfully and a scenario whose
  /// canonical form decodes and is stable. Each input within a second.
  @Test(arguments: fixtures("scenario"))
  func scenario(_ name: String) throws {
    let input = try Self.bytes("scenario", name)
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      let root: YAMLNode
      do {
        guard let parsed = try YAMLParser.parse(input, file: "fuzz.yaml") else { return }
        root = parsed
      } catch let error as Diagnostic {
        Self.checkDiagnostic(error, name)
        return
      }
      let emitted = YAMLEmitter.emit(root)
      #expect(try YAMLParser.parse(emitted, file: "emitted.yaml") != nil, "\(name): emitted text")
      let scenario: Scenario
      do {
        scenario = try ScenarioDecoder(limits: .standard, defaultName: "fuzz").decode(root, file: "fuzz.yaml")
      } catch let error as Diagnostic {
        Self.checkDiagnostic(error, name)
        return
      }
      let canonical = ScenarioPrinter.canonical(scenario, merged: root)
      let tree = try #require(try YAMLParser.parse(canonical, file: "canonical.yaml"))
      let reread = try ScenarioDecoder(limits: .standard, defaultName: "c").decode(tree, file: "canonical.yaml")
      #expect(ScenarioPrinter.canonical(reread, merged: tree) == canonical, "\(name): canonical form is stable")
    }
    #expect(elapsed < .seconds(1), "\(name) took \(elapsed)")
  }

  /// The checks of `Fuzz/Targets/quantity.swift`.
  @Test(arguments: fixtures("quantity"))
  func quantity(_ name: String) throws {
    let text = String(decoding: try Self.bytes("quantity", name), as: UTF8.self)
    switch Self.parseQuantity(text) {
    case .success(let quantity):
      #expect(quantity.parameters.allSatisfy { $0.isFinite })
      for share in [false, true] {
        let again = Self.parseQuantity(ScenarioPrinter.quantityText(quantity, share: share))
        #expect((try? again.get())?.parameters.map(\.bitPattern) == quantity.parameters.map(\.bitPattern))
      }
    case .failure(let error):
      #expect(error.offset >= 0 && error.offset <= text.unicodeScalars.count)
    }
  }

  /// The checks of `Fuzz/Targets/formula.swift`.
  @Test(arguments: fixtures("formula"))
  func formula(_ name: String) throws {
    let text = String(decoding: try Self.bytes("formula", name), as: UTF8.self)
    switch Self.parseFormula(text) {
    case .success(let syntax):
      var names: [String] = []
      for reference in syntax.references where !names.contains(reference.name) { names.append(reference.name) }
      let expression = syntax.resolved { name in .input(names.firstIndex(of: name) ?? 0) }
      let model = try #require(
        FormulaModel(
          inputs: names.map(FormulaUnits.inputSpec(named:)), intermediates: [],
          formulas: SolutionOutputs(fte: expression, projectCost: expression, operatingCost: expression)))
      let canonical = ScenarioPrinter.formulaText(expression, in: model)
      #expect((try? Self.parseFormula(canonical).get()) != nil, "\(name): '\(canonical)'")
      _ = model.evaluate([Interval](repeating: Interval(0.5, 2), count: names.count))
    case .failure(let error):
      #expect(error.offset >= 0 && error.offset <= text.unicodeScalars.count)
    }
  }

  static func parseQuantity(_ text: String) -> Result<Quantity, QuantityParser.Failure> {
    do { return .success(try QuantityParser.parse(text)) } catch { return .failure(error) }
  }

  static func parseFormula(_ text: String) -> Result<FormulaSyntax, FormulaParser.Failure> {
    do { return .success(try FormulaParser.parse(text)) } catch { return .failure(error) }
  }

  /// A located diagnostic that renders on exactly one line.
  static func checkDiagnostic(_ diagnostic: Diagnostic, _ name: String) {
    #expect(diagnostic.location != nil, "\(name): \(diagnostic)")
    #expect(!diagnostic.description.contains { $0.isNewline }, "\(name): \(diagnostic.description.debugDescription)")
  }

  // MARK: - The findings, one by one

  /// Found by the `scenario` target: a quoted key or value with an escaped
  /// line break (`"solu\ntions"`) was repeated in the message, which then
  /// spanned two lines. Messages now write line breaks as escapes.
  @Test func lineBreakInQuotedKeyGivesAOneLineMessage() throws {
    let error = #expect(throws: Diagnostic.self) {
      _ = try ScenarioLoader().decode("scenario: x\n\"solu\\ntions\": {}\n", file: "f.yaml")
    }
    #expect(
      error?.description
        == "f.yaml:2:1: error: unknown key 'solu\\ntions' in the scenario file; expected one of scenario, title, "
        + "description, only, assumptions, solutions, simulation, notes, business_case, grant, assessment; "
        + "did you mean 'solutions'?")
  }

  /// Found while checking the 64 KiB hang criterion: a 62,000-letter
  /// misspelt key took seconds, as "did you mean" compared it with every
  /// known key cell by cell. Candidates whose length differs by more than
  /// the allowed edits are now skipped.
  @Test func longMisspeltNameIsRejectedQuickly() {
    let name = "modle" + String(repeating: "e", count: 62_000)
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      #expect(Suggestion.closest(to: name, in: ScenarioDecoder.solutionKeys) == nil)
    }
    #expect(elapsed < .milliseconds(100))
  }
}
