import ExecutableTestSupport
import Foundation
import Testing

@testable import ScenarioFormat

/// The JSON Schema of `workforce schema`: generated from the decoder's key
/// lists, valid draft 2020-12, accepting every bundled scenario and rejecting
/// malformed files for the right reason, as a peer validator (Python's
/// `jsonschema`, with PyYAML reading the files) judges.
@Suite("Scenario JSON Schema")
struct ScenarioSchemaTests {
  /// Every object schema with `properties` has a real definition for each
  /// key: a key the decoder accepts but the schema does not describe would
  /// be an empty `{}` (and an editor would not check it).
  @Test func everyDecoderKeyHasADefinition() {
    var empty: [String] = []
    Self.walk(ScenarioSchema.document(), path: "#") { path, schema in
      guard let properties = schema["properties"] as? [String: Any] else { return }
      for (key, value) in properties where (value as? [String: Any])?.isEmpty ?? true {
        empty.append(path + "/properties/" + key)
      }
    }
    #expect(empty == [])
  }

  @Test func topLevelAndSolutionKeysAreTheDecoders() throws {
    let document = ScenarioSchema.document()
    let top = try #require(document["properties"] as? [String: Any])
    #expect(Set(top.keys) == Set(ScenarioDecoder.topLevelKeys + ["extends"]))
    let definitions = try #require(document["$defs"] as? [String: Any])
    let solution = try #require(definitions["solution"] as? [String: Any])
    let solutionProperties = try #require(solution["properties"] as? [String: Any])
    #expect(Set(solutionProperties.keys) == Set(ScenarioDecoder.solutionKeys))
    #expect(solution["additionalProperties"] as? Bool == false)
  }

  /// The pattern is the quantity grammar: spot checks both ways, written
  /// from the README's syntax table.
  @Test(arguments: [
    ("25%", true), ("725_000", true), ("20mio..25mio", true), ("1.5mio", true), ("pert(10, 13.25, 15)", true),
    ("lognormal(5, 10)", true), ("normal(7300, 30)", true), ("-0.05", true), ("1e-3", true),
    ("13,25", false), ("75-125", false), ("2mio kr", false), ("pert(1, 2)", false), ("uniform(1, 2, 3)", false),
    ("20mil", false), ("prt(1, 2, 3)", false), ("", false), ("20 %", true), ("20\u{A0}%", false),
  ])
  func quantityPattern(_ text: String, _ matches: Bool) throws {
    let regex = try Regex(ScenarioSchema.quantityPattern)
    let matched = (try? regex.wholeMatch(in: text)) != nil
    #expect(matched == matches, "\(text)")
  }

  @Test func jsonIsStable() {
    #expect(ScenarioSchema.json() == ScenarioSchema.json())
    #expect(ScenarioSchema.json().hasPrefix("{\n"))
  }

  // MARK: - A peer validator

  static let validator = #"""
    import json, sys, yaml, jsonschema
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    results = {}
    for path in sys.argv[2:]:
        document = yaml.safe_load(open(path, encoding="utf-8"))
        results[path] = [["/".join(map(str, error.absolute_path)), error.message]
                         for error in validator.iter_errors(document)]
    print(json.dumps(results))
    """#

  static let peerAvailable: Bool =
    (try? CapturedProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import yaml, jsonschema"]))?.status == 0

  /// Runs the peer on `files`; returns, per file, the (path, message) of each error.
  static func peer(_ files: [String]) throws -> [String: [[String]]] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let schema = folder.appendingPathComponent("scenario.schema.json")
    try Data(ScenarioSchema.json().utf8).write(to: schema)
    let run = try CapturedProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", validator, schema.path] + files)
    try #require(run.status == 0, "the validator failed: \(run.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    return try #require(object as? [String: [[String]]])
  }

  @Test(.enabled(if: peerAvailable, "python3 with PyYAML and jsonschema is not available; skipping the peer check"))
  func everyBundledScenarioValidates() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: bundled(""))
      .filter { $0.hasSuffix(".yaml") }.sorted()
    try #require(names.count >= 7)
    let results = try Self.peer(names.map(bundled))
    for name in names {
      #expect(results[bundled(name)] == [], "\(name)")
    }
  }

  /// Malformed files that the schema alone can catch, each with the place
  /// and the words of the validator's complaint.
  @Test(.enabled(if: peerAvailable, "python3 with PyYAML and jsonschema is not available; skipping the peer check"))
  func malformedFilesFailForTheRightReason() throws {
    let cases: [(file: String, path: String, message: String)] = [
      ("unknown-top-level-key.yaml", "", "'solution' was unexpected"),
      ("unknown-solution-key.yaml", "solutions/ward", "'modle' was unexpected"),
      ("unknown-model.yaml", "solutions/ward/model", "'wrad' is not one of"),
      ("unknown-input.yaml", "solutions/ward/inputs", "'shre' is not one of"),
      ("unknown-category.yaml", "solutions/ward/category", "'optimization' is not one of"),
      ("simulation-unknown-range-shape.yaml", "simulation/ranges", "'triangular' is not one of"),
      ("simulation-unknown-key.yaml", "simulation", "'range' was unexpected"),
      ("decimal-comma.yaml", "solutions/ward/inputs/minutes_saved_per_patient_day", "'13,25'"),
      ("dash-range.yaml", "solutions/ward/inputs/price_per_patient_day", "'75-125'"),
      ("unit-minutes.yaml", "solutions/ward/inputs/minutes_saved_per_patient_day", "'13.25 min'"),
      ("unknown-distribution.yaml", "solutions/ward/inputs/tender", "'prt(1mio, 2mio, 3mio)'"),
      ("distribution-wrong-arity.yaml", "solutions/ward/inputs/tender", "'pert(1mio, 3mio)'"),
      ("correlation-out-of-range.yaml", "simulation/correlations/0/2", "greater than the maximum of 1"),
      ("solutions-empty.yaml", "solutions", "should be non-empty"),
      ("bad-solution-id.yaml", "solutions", "'7ward' does not match"),
    ]
    let folder = packageRoot.appendingPathComponent("Tests/Fixtures/malformed")
    let paths = cases.map { folder.appendingPathComponent($0.file).path }
    let results = try Self.peer(paths)
    for (item, path) in zip(cases, paths) {
      let errors = results[path] ?? []
      #expect(
        errors.contains { $0.first == item.path && $0.last?.contains(item.message) == true },
        "\(item.file): \(errors)")
    }
  }

  static func walk(_ node: Any, path: String, _ visit: (String, [String: Any]) -> Void) {
    if let object = node as? [String: Any] {
      visit(path, object)
      for (key, value) in object { walk(value, path: path + "/" + key, visit) }
    } else if let array = node as? [Any] {
      for (index, value) in array.enumerated() { walk(value, path: path + "/\(index)", visit) }
    }
  }
}
