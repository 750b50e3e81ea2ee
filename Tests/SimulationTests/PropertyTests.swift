import Foundation
import RandomSampling
import ScenarioFormat
import Testing
import WorkforceModel

@testable import Simulation

/// Properties that must hold for every valid scenario, checked on scenarios
/// drawn at random with the seeded generator (`Xoshiro256StarStar`; never
/// system randomness, so a failure names a seed that reproduces it).
@Suite("Properties of random valid scenarios")
struct PropertyTests {
  /// Every Monte Carlo draw of every output of a scenario whose inputs are all
  /// bounded (numbers, ranges, uniform, triangular, PERT) lies inside that
  /// output's deterministic range, the one `workforce run` prints.
  ///
  /// The five built-in models are monotone in each input and use each input
  /// once, and rounding to nearest is monotone, so a draw computed with the
  /// same operations as the range's ends cannot pass them: the check is exact,
  /// without a tolerance.
  @Test(arguments: 0..<30)
  func monteCarloDrawsLieInTheDeterministicRange(seed: UInt64) throws {
    var generator = ScenarioGenerator(seed: seed, bounded: true)
    let text = generator.scenarioText()
    let scenario = try ScenarioLoader().decode(text, file: "random-\(seed).yaml")
    let ranges = scenario.solutions.map { $0.ranges() }
    var expected: [String: Interval] = [:]
    for (solution, outputs) in zip(scenario.solutions, ranges) {
      for figure in Figure.allCases { expected["\(solution.id).\(figure.rawValue)"] = outputs[figure] }
    }
    let total = SolutionOutputs<Interval>.sum(ranges)
    for figure in Figure.allCases { expected["total.\(figure.rawValue)"] = total[figure] }

    let plan = SimulationPlan(scenario)
    let sampling: SimulationOptions.Sampling = seed % 2 == 0 ? .random : .lhs
    let options = SimulationOptions(iterations: 10_000, seed: seed, threads: 1, sampling: sampling, sensitivity: .none)
    var outside: [String] = []
    var draws = 0
    _ = try MonteCarloRunner(plan: plan, options: options).run(samples: { block in
      for (key, column) in zip(plan.outputKeys, block.outputs) {
        guard let range = expected[key] else { continue }
        for value in column.prefix(block.count) where !(range.low <= value && value <= range.high) {
          if outside.count < 5 { outside.append("\(key) = \(value) outside \(range.low)...\(range.high)") }
        }
        draws += block.count
      }
    })
    #expect(draws == 10_000 * expected.count)
    #expect(outside.isEmpty, "seed \(seed):\n\(outside.joined(separator: "\n"))\n\(text)")
  }

  /// Parsing a scenario, printing it in canonical form and parsing that again
  /// gives the same scenario; printing that again gives the same text.
  @Test(arguments: 0..<60)
  func canonicalFormReadsBackAsTheSameScenario(seed: UInt64) throws {
    var generator = ScenarioGenerator(seed: 1_000 + seed, bounded: false)
    let text = generator.scenarioText()
    let original = try ScenarioLoader().decode(text, file: "random.yaml")
    let canonical = ScenarioPrinter.canonical(original)
    let reread = try ScenarioLoader().decode(canonical, file: "canonical.yaml")
    let differences = ScenarioComparison.differences(original, reread)
    #expect(
      differences.isEmpty, "seed \(1_000 + seed): \(differences)\n--- original\n\(text)\n--- canonical\n\(canonical)")
    #expect(ScenarioPrinter.canonical(reread) == canonical)
  }

  /// The generator itself: the same seed gives the same file, and the files
  /// are valid and varied.
  @Test func generatorIsReproducibleAndVaried() throws {
    var a = ScenarioGenerator(seed: 7, bounded: false)
    var b = ScenarioGenerator(seed: 7, bounded: false)
    #expect(a.scenarioText() == b.scenarioText())
    var kinds = Set<String>()
    for seed in 0..<40 as Range<UInt64> {
      var generator = ScenarioGenerator(seed: seed, bounded: false)
      let scenario = try ScenarioLoader().decode(generator.scenarioText(), file: "g.yaml")
      for input in scenario.solutions.flatMap(\.arguments) {
        kinds.insert(input.quantity.distributionName ?? (input.quantity.isUncertain ? "range" : "point"))
      }
    }
    #expect(kinds == ["point", "range", "uniform", "triangular", "pert", "normal", "lognormal"])
  }
}

// MARK: - Random scenarios

/// Writes random valid scenario files: random built-in models, every input a
/// random quantity in its domain, written in the varied ways people write
/// them (suffixes, percentages, underscores, `{value, source}`), with random
/// titles, sources, notes, published figures, assumptions and correlations.
struct ScenarioGenerator {
  var rng: Xoshiro256StarStar
  /// Only bounded quantities (no `normal`, `lognormal`).
  let bounded: Bool

  init(seed: UInt64, bounded: Bool) {
    rng = Xoshiro256StarStar(seed: seed)
    self.bounded = bounded
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
  mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
  mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

  mutating func scenarioText() -> String {
    var lines = ["scenario: \(quoted(text()))"]
    if chance(0.5) { lines.append("title: \(quoted(text()))") }
    // hours_per_fte is shared by most models: usually an assumption.
    let hoursInAssumptions = chance(0.8)
    if hoursInAssumptions {
      lines.append("assumptions:")
      lines.append("  hours_per_fte: \(input(InputSpec.hoursPerFTE).text)")
    }
    lines.append("solutions:")
    var uncertain: [String] = []
    for index in 0..<int(1...4) {
      let model = pick(ModelCatalog.builtIn)
      let id = "s\(index)_\(model.id)"
      lines.append("  \(id):")
      lines.append("    model: \(model.id)")
      if chance(0.5) { lines.append("    title: \(quoted(text()))") }
      if chance(0.5) { lines.append("    category: \(pick(Solution.Category.allCases).rawValue)") }
      if chance(0.5) { lines.append("    staff: [\(quoted(text())), \(quoted(text()))]") }
      lines.append("    inputs:")
      for spec in model.inputs where !(spec.name == InputSpec.hoursPerFTE.name && hoursInAssumptions) {
        let (value, sampled) = input(spec)
        if sampled { uncertain.append("\(id).\(spec.name)") }
        lines.append("      \(spec.name): \(value)")
      }
      if chance(0.5) {
        lines.append("    published:")
        lines.append("      fte: \(chance(0.5) ? "\(int(0...500))" : "\(int(0...100))..\(int(101...200))")")
        if chance(0.5) {
          lines.append("      project_cost: {value: \(int(1...40))mio, rounding: 1mio, source: \(quoted(text()))}")
        }
      }
      if chance(0.3) {
        lines.append("    notes: [\(quoted(text())), {text: \(quoted(text())), source: \(quoted(text()))}]")
      }
    }
    if chance(0.5) || uncertain.count >= 2 {
      var simulation: [String] = []
      if chance(0.5) { simulation.append("  ranges: \(pick(["uniform", "pert"]))") }
      if uncertain.count >= 2, chance(0.7) {
        let first = pick(uncertain)
        let second = pick(uncertain.filter { $0 != first })
        simulation.append("  correlations:")
        simulation.append("    - [\(first), \(second), \(pick(["0.5", "-0.3", "0.25", "0", "0.9"]))]")
      }
      if !simulation.isEmpty { lines += ["simulation:"] + simulation }
    }
    if chance(0.3) { lines.append("notes:\n  - \(quoted(text()))") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One input value: a quantity in the spec's domain, sometimes with a
  /// source, and whether it is a bounded quantity of positive width (one the
  /// runner samples and that can be correlated).
  mutating func input(_ spec: InputSpec) -> (text: String, sampled: Bool) {
    let (quantity, sampled) = quantityText(spec)
    guard chance(0.4) else { return (quantity, sampled) }
    let value = quantity.contains(",") ? "\"\(quantity)\"" : quantity
    return ("{value: \(value), source: \(quoted(text()))\(chance(0.3) ? ", note: \(quoted(text()))" : "")}", sampled)
  }

  /// A quantity whose every value lies in the spec's domain (strictly
  /// positive for `.positive`).
  mutating func quantityText(_ spec: InputSpec) -> (String, Bool) {
    let kinds =
      bounded
      ? ["point", "range", "uniform", "triangular", "pert"]
      : ["point", "range", "uniform", "triangular", "pert", "normal", "lognormal"]
    var kind = pick(kinds)
    if kind == "normal", spec.domain == .positive { kind = "lognormal" }
    var values = (0..<3).map { _ in magnitude(spec) }.sorted()
    if spec.domain == .positive || kind == "lognormal" { values = values.map { max($0, 1) } }
    let texts = values.map { amount($0, spec) }
    let wide = values[0] < values[2]
    switch kind {
    case "point": return (texts[1], false)
    case "range": return ("\(texts[0])..\(texts[2])", wide)
    case "uniform": return ("uniform(\(texts[0]), \(texts[2]))", wide)
    case "triangular": return ("triangular(\(texts[0]), \(texts[1]), \(texts[2]))", wide)
    case "pert": return ("pert(\(texts[0]), \(texts[1]), \(texts[2]))", wide)
    case "normal":
      // mean ± 1.645 sd (the deterministic range) must stay in the domain.
      let room = spec.domain == .share ? min(values[1], 10_000 - values[1]) : values[1]
      return ("normal(\(texts[1]), \(amount(room / Double(int(2...20)), spec)))", false)
    default: return ("lognormal(\(texts[1]), \(texts[2]))", false)
    }
  }

  /// A value in units of the spec's smallest step: shares in hundredths of a
  /// percent, everything else in thousandths up to ten million.
  mutating func magnitude(_ spec: InputSpec) -> Double {
    if spec.domain == .share { return Double(int(0...10_000)) }
    let scale = pick([1.0, 10, 1_000, 100_000, 10_000_000])
    return Double(int(0...Int(scale * 1_000)))
  }

  /// The text of a magnitude, in one of several equivalent spellings.
  mutating func amount(_ units: Double, _ spec: InputSpec) -> String {
    let whole = Int(units)
    if spec.domain == .share {
      // hundredths of a percent: 2512 → 25.12% or 0.2512
      let percent = Double(whole) / 100
      return chance(0.6) ? "\(plain(percent))%" : plain(Double(whole) / 10_000)
    }
    let value = Double(whole) / 1_000
    switch int(0...4) {
    case 0 where value >= 1e6 && value.truncatingRemainder(dividingBy: 1e5) == 0: return "\(plain(value / 1e6))mio"
    case 1 where value >= 1e3 && value.truncatingRemainder(dividingBy: 1) == 0: return "\(plain(value / 1e3))k"
    case 2 where value >= 1e4 && value == value.rounded():
      let digits = String(Int(value))
      var grouped = ""
      for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { grouped += "_" }
        grouped.append(digit)
      }
      return grouped
    default: return plain(value)
    }
  }

  /// Text with the characters that need care in YAML: quotes, colons,
  /// hashes, backslashes, non-ASCII letters, leading and trailing spaces.
  mutating func text() -> String {
    let pieces = [
      "WARD", "Kilde: PA 2023", "13,25 min.", "\"citat\"", "it's", "a # b", "x: y", "æøå", "back\\slash", " padded ",
      "[1, 2]", "{k: v}", "- item", "null", "true", "12", "", "%d", "—", "tab\there",
    ]
    return (0..<int(1...3)).map { _ in pick(pieces) }.joined(separator: " ")
  }

  /// `text` as a YAML double-quoted scalar.
  func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// `25`, not `25.0`; `649.5740`, not `649.574`, which the quantity syntax
  /// rejects as ambiguous (a point before exactly three digits may be a Danish
  /// thousands separator).
  func plain(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    let text = String(value)
    let parts = text.split(separator: ".")
    let ambiguous =
      parts.count == 2 && (1...3).contains(parts[0].count) && parts[0].first != "0"
      && parts[1].count == 3 && parts[1].allSatisfy(\.isNumber)
    return ambiguous ? text + "0" : text
  }
}

// MARK: - Comparing scenarios

/// Field-by-field comparison of two decoded scenarios, ignoring where things
/// were read from (locations and the file name).
enum ScenarioComparison {
  static func differences(_ a: Scenario, _ b: Scenario) -> [String] {
    var out: [String] = []
    func check<T: Equatable>(_ x: T, _ y: T, _ what: String) { if x != y { out.append("\(what): \(x) ≠ \(y)") } }
    check(a.id, b.id, "id")
    check(a.title, b.title, "title")
    check(a.assumptions.map(inputKey), b.assumptions.map(inputKey), "assumptions")
    check(a.simulation.ranges, b.simulation.ranges, "simulation.ranges")
    check(
      a.simulation.correlations.map { "\($0.first) \($0.second) \($0.coefficient.bitPattern)" },
      b.simulation.correlations.map { "\($0.first) \($0.second) \($0.coefficient.bitPattern)" }, "correlations")
    check(a.notes.map(noteKey), b.notes.map(noteKey), "notes")
    check(a.solutions.map(\.id), b.solutions.map(\.id), "solution ids")
    for (x, y) in zip(a.solutions, b.solutions) {
      check(x.model.id, y.model.id, "\(x.id).model")
      check(x.title, y.title, "\(x.id).title")
      check(x.category, y.category, "\(x.id).category")
      check(x.staff, y.staff, "\(x.id).staff")
      check(x.arguments.map(inputKey), y.arguments.map(inputKey), "\(x.id).arguments")
      check(x.published.map(figureKey), y.published.map(figureKey), "\(x.id).published")
      check(x.notes.map(noteKey), y.notes.map(noteKey), "\(x.id).notes")
    }
    return out
  }

  /// Everything an input means, numbers bit for bit.
  static func inputKey(_ input: ScenarioInput) -> String {
    let numbers = input.quantity.parameters.map { String($0.bitPattern, radix: 16) }.joined(separator: ",")
    return "\(input.name)=\(input.quantity.distributionName ?? "-")(\(numbers)) source=\(input.source ?? "nil") "
      + "note=\(input.note ?? "nil") origin=\(input.origin)"
  }

  static func figureKey(_ figure: PublishedFigure) -> String {
    "\(figure.name)=\(figure.value.low.bitPattern)..\(figure.value.high.bitPattern) rounding=\(figure.rounding.map { "\($0)" } ?? "nil") "
      + "source=\(figure.source ?? "nil") discrepancy=\(figure.discrepancy ?? "nil")"
  }

  static func noteKey(_ note: SourceNote) -> String { "\(note.text) [\(note.source ?? "nil")]" }
}
