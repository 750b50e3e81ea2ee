import Diagnostics
import WorkforceModel
import YAMLSubset

@testable import ScenarioFormat

/// Fuzz target `scenario`: bytes as a scenario file, through the YAML subset
/// parser and the scenario decoder, as `workforce validate` reads a file.
///
/// Checks, besides "no crash, no hang, no sanitizer report":
/// - every rejection is a located one-line diagnostic;
/// - every tree the parser accepts is written back by `YAMLEmitter` as text
///   that parses to the same tree;
/// - every scenario the decoder accepts is printed by `ScenarioPrinter` as text
///   that decodes, and prints again identically (the canonical form is stable),
///   and its deterministic ranges can be computed.
///
/// `extends:` is resolved against an in-memory base scenario instead of files,
/// so that a run never reads the disk and stays deterministic.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  withinCPUTime(input: bytes) { checkScenario(bytes) }
  return 0
}

let file = "fuzz.yaml"

/// The file every `extends:` stands for.
let baseScenario = """
  scenario: base
  assumptions:
    hours_per_fte: {value: 1450, source: "derived"}
    tender: 2mio
  solutions:
    ward:
      model: ward
      inputs:
        minutes_saved_per_patient_day: 13.25
        admissions: 725_000
        share: 25%
        length_of_stay_days: 4
        price_per_patient_day: 75..125
        project_management: 20mio..25mio
      published:
        fte: 110
    rpa:
      model: rpa
      inputs: {reports_per_year: 450k, fields_per_report: 25, minutes_per_field: 0.65, pre_analysis: 1mio,
        development: "pert(5mio, 6.5mio, 8mio)", project_management: 2mio..3mio, organisational: 2mio,
        operations_share_of_development: 20%}

  """

func checkScenario(_ bytes: [UInt8]) {
  let lines = lineCount(bytes)
  let root: YAMLNode
  do {
    guard let parsed = try YAMLParser.parse(bytes, file: file) else { return }
    root = parsed
  } catch {
    checkDiagnostic(error, files: [file: lines], input: bytes)
    return
  }

  // The emitter's text reads back as the same tree.
  let emitted = YAMLEmitter.emit(root)
  do {
    guard let again = try YAMLParser.parse(emitted, file: "emitted.yaml"), sameContent(root, again) else {
      fail("emitted text parses to a different tree:\n\(emitted)", input: bytes)
    }
  } catch {
    fail("emitted text does not parse (\(error)):\n\(emitted)", input: bytes)
  }

  let scenario: Scenario
  let merged = mergeExtends(root, bytes: bytes)
  do {
    scenario = try ScenarioDecoder(limits: .standard, defaultName: "fuzz").decode(merged, file: file)
  } catch {
    // With `extends:`, an error can be in the base file (a key the variant
    // removed that the base's solutions needed).
    checkDiagnostic(error, files: [file: lines, "base.yaml": lineCount(Array(baseScenario.utf8))], input: bytes)
    return
  }
  for solution in scenario.solutions { _ = solution.ranges() }

  // The canonical form decodes and is stable.
  let canonical = ScenarioPrinter.canonical(scenario, merged: merged)
  do {
    guard let tree = try YAMLParser.parse(canonical, file: "canonical.yaml") else {
      fail("canonical form is empty", input: bytes)
    }
    let reread = try ScenarioDecoder(limits: .standard, defaultName: "canonical").decode(tree, file: "canonical.yaml")
    let again = ScenarioPrinter.canonical(reread, merged: tree)
    guard again == canonical else {
      fail("canonical form is not stable:\n\(canonical)\n---\n\(again)", input: bytes)
    }
  } catch {
    fail("canonical form does not decode (\(error)):\n\(canonical)", input: bytes)
  }
}

/// The tree `ScenarioLoader` decodes: with `extends:` merged over the
/// in-memory base scenario instead of a file.
func mergeExtends(_ root: YAMLNode, bytes: [UInt8]) -> YAMLNode {
  guard case .mapping(let entries) = root.content, entries.contains(where: { $0.key.text == "extends" }) else {
    return root
  }
  guard let base = try? YAMLParser.parse(baseScenario, file: "base.yaml") else {
    fail("the base scenario does not parse", input: bytes)
  }
  let own = YAMLNode(
    content: .mapping(entries.filter { $0.key.text != "extends" }), location: root.location, isFlow: root.isFlow)
  return ScenarioMerge.merge(base: base, override: own)
}
