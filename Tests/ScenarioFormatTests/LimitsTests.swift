import Diagnostics
import Foundation
import ScenarioFormat
import Testing
import YAMLSubset

/// The limits that keep a huge or hostile scenario file from exhausting
/// memory or time: each is enforced with a located, one-line error. (The
/// nesting depth is tested in `YAMLRobustnessTests` and the malformed corpus,
/// the `extends:` chain in `ExtendsTests`, formulas in `FormulaParserTests`.)
@Suite("Scenario limits")
struct LimitsTests {
  @Test func standardLimits() {
    let limits = ScenarioLimits.standard
    #expect(limits.fileSize == 4 << 20)
    #expect(limits.solutions == 1_000)
    #expect(limits.inputs == 1_000)
    #expect(limits.extendsDepth == 16)
    #expect(YAMLParser.maximumDepth == 64)
  }

  @Test func tooManySolutions() {
    let text = "solutions:\n" + (0...1_000).map { "  s\($0): {model: ward}\n" }.joined()
    #expect(
      decodeMessage(text)
        == "f.yaml:2:3: error: 1001 solutions, more than the limit of 1000; expected at most 1000 solutions")
  }

  @Test func tooManyInputs() {
    let text = "solutions:\n  ward:\n    model: ward\n    inputs:\n" + (0...1_000).map { "      a\($0): 1\n" }.joined()
    #expect(
      decodeMessage(text) == "f.yaml:5:7: error: 1001 inputs, more than the limit of 1000; expected at most 1000 inputs"
    )
  }

  @Test func tooManyAssumptions() {
    let text = "assumptions:\n" + (0...1_000).map { "  a\($0): 1\n" }.joined() + "solutions: {}\n"
    #expect(
      decodeMessage(text)
        == "f.yaml:2:3: error: 1001 assumptions, more than the limit of 1000; expected at most 1000 assumptions")
  }

  @Test func exactlyAtTheLimitIsAccepted() throws {
    let limits = ScenarioLimits(solutions: 2, inputs: 8)
    let text = fullWard() + "  ward_2:\n    model: ward\n    inputs: {\(wardAssumptionsInline)}\n"
    let scenario = try ScenarioLoader(limits: limits).decode(text, file: "f.yaml")
    #expect(scenario.solutions.count == 2)
    let tooMany = text + "  ward_3: {model: ward}\n"
    #expect(throws: Diagnostic.self) { _ = try ScenarioLoader(limits: limits).decode(tooMany, file: "f.yaml") }
  }

  /// A file of exactly the limit loads; one byte more is refused before it
  /// is read.
  @Test func fileSizeLimit() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let limit = 1 << 20
    let ward = fullWard()
    let padding = String(repeating: "#\n", count: (limit - ward.utf8.count) / 2)
    let atLimit = try write(
      padding + ward + String(repeating: "\n", count: limit - padding.utf8.count - ward.utf8.count), to: "a.yaml",
      in: folder)
    let overLimit = try write(
      padding + ward + String(repeating: "\n", count: limit + 1 - padding.utf8.count - ward.utf8.count), to: "b.yaml",
      in: folder)
    let loader = ScenarioLoader(limits: ScenarioLimits(fileSize: limit))
    #expect(try loader.load(atLimit.path).solutions.count == 1)
    let error = #expect(throws: Diagnostic.self) { _ = try loader.load(overLimit.path) }
    #expect(
      error?.description
        == "\(overLimit.path):1:1: error: the file is 1048577 bytes, larger than the limit of 1048576 bytes; "
        + "expected a scenario file under 1 MiB")
  }

  /// The hang criterion of the fuzzing (issue 7): no input of 64 KiB takes
  /// more than a second. These are the shapes that make naive parsers slow:
  /// one long line, many keys, deep nesting, long scalars and escapes.
  @Test(arguments: Self.largeInputs.keys.sorted())
  func largeInputsParseQuickly(_ name: String) throws {
    let text = try #require(Self.largeInputs[name])
    #expect(text.utf8.count >= 60_000 && text.utf8.count <= 65_536, "\(name) is \(text.utf8.count) bytes")
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = try? ScenarioLoader().decode(text, file: "big.yaml") }
    #expect(elapsed < .seconds(1), "\(name) took \(elapsed)")
  }

  static let largeInputs: [String: String] = [
    "long-plain-line": "title: " + String(repeating: "a b: c ", count: 9_000),
    "many-keys": (0..<7_000).map { "k\($0): 1\n" }.joined(),
    "many-flow-items": "staff: [" + String(repeating: "abc, ", count: 13_000) + "x]\n",
    "deep-unclosed-flow": String(repeating: "[", count: 65_000),
    "long-quoted-escapes": "title: \"" + String(repeating: "\\u00e6", count: 10_900) + "\"\n",
    "many-lines-of-comments": String(repeating: "# comment\n", count: 6_500),
    "long-quantity": "solutions: {ward: {model: ward, inputs: {share: " + String(repeating: "1_", count: 32_000)
      + "1}}}\n",
    "long-misspelt-key": "solutions: {ward: {modle" + String(repeating: "e", count: 62_000) + ": ward}}\n",
    "long-unknown-unit": "solutions: {ward: {model: ward, inputs: {share: 1" + String(repeating: "x", count: 62_000)
      + "}}}\n",
    "long-distribution": "solutions: {ward: {model: ward, inputs: {share: \"pert("
      + String(repeating: "1, ", count: 21_000)
      + "1)\"}}}\n",
  ]
}

/// `wardAssumptions` without the `assumptions: {…}` around it.
private let wardAssumptionsInline =
  "minutes_saved_per_patient_day: 13.25, admissions: 725_000, share: 25%, length_of_stay_days: 4, "
  + "price_per_patient_day: 75..125, project_management: 20mio..25mio, tender: 2mio, hours_per_fte: 1450"
