import Diagnostics
import YAMLSubset

/// Parses `text` as the file `f.yaml`.
func parse(_ text: String) throws(Diagnostic) -> YAMLNode? {
  try YAMLParser.parse(text, file: "f.yaml")
}

/// The one-line rendering of the error parsing `text` throws, or `nil` if it
/// parses.
func parseError(_ text: String) -> String? {
  parseError(Array(text.utf8))
}

/// The one-line rendering of the error parsing `bytes` throws, or `nil`.
func parseError(_ bytes: [UInt8]) -> String? {
  do {
    _ = try YAMLParser.parse(bytes, file: "f.yaml")
    return nil
  } catch {
    return error.description
  }
}

/// A location in `f.yaml`.
func at(_ line: Int, _ column: Int) -> SourceLocation {
  SourceLocation(file: "f.yaml", line: line, column: column)
}

/// A compact text form of a tree with every location, so expected trees can
/// be written by hand on one line:
///
/// - scalars: `text@1:4`, `'text'@1:4`, `"text"@1:4`, null `~@1:3`;
/// - block collections: `[a@1:3, b@2:3]@1:1`, `{k@1:1: v@1:4}@1:1`;
/// - flow collections: the same with an `f` in front: `f[...]@1:1`, `f{...}@1:1`.
func outline(_ node: YAMLNode) -> String {
  let place = "@\(node.location.line):\(node.location.column)"
  let flow = node.isFlow ? "f" : ""
  switch node.content {
  case .scalar(let scalar):
    return outline(scalar)
  case .sequence(let items):
    return flow + "[" + items.map(outline).joined(separator: ", ") + "]" + place
  case .mapping(let entries):
    let parts = entries.map { outline($0.key) + ": " + outline($0.value) }
    return flow + "{" + parts.joined(separator: ", ") + "}" + place
  }
}

/// The text form of one scalar (see `outline(_:)` for nodes).
func outline(_ scalar: YAMLScalar) -> String {
  let place = "@\(scalar.location.line):\(scalar.location.column)"
  switch scalar.style {
  case .plain: return (scalar.isNull ? "~" : scalar.text) + place
  case .singleQuoted: return "'\(scalar.text)'" + place
  case .doubleQuoted: return "\"\(scalar.text)\"" + place
  }
}

extension YAMLNode {
  /// The tree with every location set to 1:1, for comparing trees that should
  /// be equal up to locations.
  var withoutLocations: YAMLNode {
    let nowhere = SourceLocation(file: "", line: 1, column: 1)
    var copy = self
    copy.location = nowhere
    switch content {
    case .scalar(var scalar):
      scalar.location = nowhere
      copy.content = .scalar(scalar)
    case .sequence(let items):
      copy.content = .sequence(items.map(\.withoutLocations))
    case .mapping(let entries):
      copy.content = .mapping(
        entries.map { entry in
          var key = entry.key
          key.location = nowhere
          return YAMLNode.Entry(key: key, value: entry.value.withoutLocations)
        })
    }
    return copy
  }
}

/// A tiny linear congruential generator (Knuth's MMIX constants), seeded with a
/// constant so that the fuzz test mutates the same way on every run.
struct TestLCG {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A number in `0..<bound`, from the generator's high bits.
  mutating func next(below bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}

/// A realistic scenario file, as the design shows it, in the canonical form
/// `YAMLEmitter` writes.
let canonicalSampleScenario = """
  scenario: published
  title: Fem arbejdskraftfrigørende løsninger (PA Consulting, 2023)
  assumptions:
    hours_per_fte: {value: 1450, source: "derived: reproduces 110, 84 and 2 årsværk"}
  solutions:
    ward:
      model: ward
      staff: [sygeplejersker]
      inputs:
        minutes_saved_per_patient_day: {value: 13.25, source: "PA 2023, WARD: \
  13,25 min. pr. døgn pr. patient"}
        admissions: 725_000
        share: 25%
        price_per_patient_day: 75..125
        minutes: pert(10, 13.25, 15)
      published:
        fte: 110
        project_cost:
          - {value: 22mio..27mio, source: 'detail page'}
          - value: 20mio..27mio
            source: summary table
  simulation: {correlations: [[ward.share, ward.length_of_stay_days, 0.5]]}

  """

/// The sample scenario as a person writes it: the canonical text after a
/// comment line, which the emitter drops.
let sampleScenario = "# Scenario\n" + canonicalSampleScenario
