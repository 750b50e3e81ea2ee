import Diagnostics
import WorkforceModel
import YAMLSubset

/// Writes a decoded ``Scenario`` back as scenario-file text in one canonical
/// form, so that `decode(canonical(s))` is the same scenario as `s` (up to
/// source locations) and two files that mean the same thing print the same.
///
/// The canonical form (what `workforce validate --canonical` prints):
/// - top-level keys in the order `scenario`, `title`, `assumptions`,
///   `solutions`, `simulation`, `notes`, `business_case`, `grant`, `assessment`;
///   a solution's keys in the order `model`, `title`, `category`, `staff`,
///   `inputs`, `let`, `formulas`, `published`, `notes`, `business_case`,
///   `assessment`;
/// - a solution's own inputs in the order of its model's inputs; inputs taken
///   from `assumptions` stay there and are not repeated;
/// - a `model: formula` solution's `let:` names in the order they are computed
///   and its `formulas:` in the order `fte`, `project_cost`, `operating_cost`,
///   each with the fewest parentheses that keep its meaning;
/// - free text (titles, sources, notes, staff groups, the scenario name) in
///   double quotes, so that any YAML library reads it as text;
/// - an input with a source or note as `{value: …, source: "…", note: "…"}`,
///   without either as the bare quantity; a published figure likewise, with
///   `rounding` and `discrepancy`;
/// - numbers as the shortest text that reads back as exactly the same `Double`
///   (`13.25`, `1e-5`; `1.1250` where `1.125` would read as ambiguous),
///   written `20mio`/`1.5mia` from a million to below a trillion and `25%`
///   for shares when that text also reads back exactly and has at most three
///   decimals.
///
/// ```swift
/// print(try ScenarioPrinter.canonical(file: "Scenarios/published.yaml"))
/// ```
///
/// The blocks of the business case, grant and assessment features
/// (``passedThrough``, at the top level and in a solution) are not rebuilt from
/// their settings: ``canonical(file:loader:)`` copies them from the file (with
/// `extends:` merged), in the same layout as the rest; ``canonical(_:)``, which
/// has no file, leaves them out.
package enum ScenarioPrinter {
  /// The keys whose blocks are copied from the file as they are.
  static let passedThrough = ["business_case", "grant", "assessment"]

  /// The canonical text of the scenario file at `path` (and the files it
  /// extends), ending with a line break.
  ///
  /// - Throws: the ``Diagnostic`` loading the file throws.
  package static func canonical(file path: String, loader: ScenarioLoader = ScenarioLoader()) throws(Diagnostic)
    -> String
  {
    var extended = ExtendsRecord()
    let tree = try loader.tree(path, referencedFrom: nil, chain: [], extended: &extended)
    let scenario = try ScenarioDecoder(
      limits: loader.limits, defaultName: ScenarioLoader.stem(path), drops: extended.drops
    ).decode(tree, file: path)
    return canonical(scenario, merged: withoutOmitted(tree, scenario))
  }

  /// `tree` without what the copied blocks say about the solutions `scenario`
  /// leaves out (their grant applications and assessment scores), so the
  /// canonical form of a variant that drops solutions reads back.
  static func withoutOmitted(_ tree: YAMLNode, _ scenario: Scenario) -> YAMLNode {
    let omitted = Set(scenario.omittedIDs)
    guard !omitted.isEmpty else { return tree }
    func removing(_ node: YAMLNode, at path: [String]) -> YAMLNode {
      guard let key = path.first else {
        switch node.content {
        case .mapping(let entries):
          return YAMLNode(
            content: .mapping(entries.filter { !omitted.contains($0.key.text) }), location: node.location,
            isFlow: node.isFlow)
        case .sequence(let items):
          return YAMLNode(
            content: .sequence(items.filter { !omitted.contains($0.scalar?.text ?? "") }), location: node.location,
            isFlow: node.isFlow)
        case .scalar: return node
        }
      }
      guard case .mapping(let entries) = node.content else { return node }
      let changed = entries.map { entry in
        entry.key.text == key
          ? YAMLNode.Entry(key: entry.key, value: removing(entry.value, at: Array(path.dropFirst())))
          : entry
      }
      return YAMLNode(content: .mapping(changed), location: node.location, isFlow: node.isFlow)
    }
    return removing(removing(tree, at: ["grant", "applicants"]), at: ["assessment", "scores"])
  }

  /// The canonical text of `scenario`, without the blocks of ``passedThrough``
  /// (a decoded scenario does not keep their text).
  ///
  /// - Complexity: O(*n*) in the size of the scenario.
  package static func canonical(_ scenario: Scenario) -> String {
    canonical(scenario, merged: nil)
  }

  /// The canonical text of `scenario`, with the blocks of ``passedThrough``
  /// copied from `merged`, the tree it was decoded from.
  static func canonical(_ scenario: Scenario, merged: YAMLNode?) -> String {
    YAMLEmitter.emit(node(scenario, merged: merged))
  }

  /// The YAML tree of the canonical form.
  static func node(_ scenario: Scenario, merged: YAMLNode?) -> YAMLNode {
    let units = inputUnits(scenario)
    var top: [YAMLNode.Entry] = []
    top.append(entry("scenario", text(scenario.id)))
    if let title = scenario.title { top.append(entry("title", text(title))) }
    if !scenario.assumptions.isEmpty {
      top.append(
        entry("assumptions", mapping(scenario.assumptions.map { entry($0.name, input($0, units[$0.name])) })))
    }
    let solutionNodes = merged?.value(forKey: "solutions")
    top.append(
      entry(
        "solutions",
        mapping(scenario.solutions.map { entry($0.id, solution($0, merged: solutionNodes?.value(forKey: $0.id))) })))
    if let simulation = simulation(scenario.simulation) { top.append(entry("simulation", simulation)) }
    if !scenario.notes.isEmpty { top.append(entry("notes", notes(scenario.notes))) }
    top += copied(from: merged)
    return mapping(top)
  }

  /// The entries of ``passedThrough`` in `node`, in that order, as written.
  static func copied(from node: YAMLNode?) -> [YAMLNode.Entry] {
    guard let node else { return [] }
    return passedThrough.compactMap { key in
      guard let value = node.value(forKey: key), !value.isNull else { return nil }
      return entry(key, value)
    }
  }

  // MARK: - Solutions

  /// - Parameter merged: the solution's node in the file, for ``passedThrough``.
  static func solution(_ solution: Solution, merged: YAMLNode? = nil) -> YAMLNode {
    var fields: [YAMLNode.Entry] = [entry("model", plain(solution.model.id))]
    if let title = solution.title { fields.append(entry("title", text(title))) }
    if let category = solution.category { fields.append(entry("category", plain(category.rawValue))) }
    if !solution.staff.isEmpty { fields.append(entry("staff", sequence(solution.staff.map(text), flow: true))) }
    let units = Dictionary(solution.model.inputs.map { ($0.name, $0.unit) }, uniquingKeysWith: { first, _ in first })
    let own = solution.arguments.filter { $0.origin == .solution }
    if !own.isEmpty {
      fields.append(entry("inputs", mapping(own.map { entry($0.name, input($0, units[$0.name])) })))
    }
    if let model = solution.model as? FormulaModel {
      if !model.intermediates.isEmpty {
        fields.append(
          entry("let", mapping(model.intermediates.map { entry($0.name, text(formulaText($0.expression, in: model))) }))
        )
      }
      fields.append(
        entry(
          "formulas",
          mapping(Figure.allCases.map { entry($0.rawValue, text(formulaText(model.formulas[$0], in: model))) })))
    }
    if !solution.published.isEmpty {
      fields.append(entry("published", published(solution.published, units: units)))
    }
    if !solution.notes.isEmpty { fields.append(entry("notes", notes(solution.notes))) }
    fields += copied(from: merged)
    return mapping(fields)
  }

  /// An input: the bare quantity, or `{value: …, source: "…", note: "…"}`.
  static func input(_ input: ScenarioInput, _ unit: InputSpec.Unit?) -> YAMLNode {
    let value = plain(quantityText(input.quantity, share: unit == .share))
    var fields = [entry("value", value)]
    if let source = input.source { fields.append(entry("source", text(source))) }
    if let note = input.note { fields.append(entry("note", text(note))) }
    return fields.count == 1 ? value : mapping(fields, flow: true)
  }

  /// The published figures, grouped by name in order; a name with several
  /// figures becomes a list.
  static func published(_ figures: [PublishedFigure], units: [String: InputSpec.Unit]) -> YAMLNode {
    var names: [String] = []
    var groups: [String: [YAMLNode]] = [:]
    for figure in figures {
      if groups[figure.name] == nil { names.append(figure.name) }
      groups[figure.name, default: []].append(self.figure(figure, share: units[figure.name] == .share))
    }
    return mapping(
      names.map { name in
        let nodes = groups[name] ?? []
        return entry(name, nodes.count == 1 ? nodes[0] : sequence(nodes, flow: false))
      })
  }

  static func figure(_ figure: PublishedFigure, share: Bool) -> YAMLNode {
    let value = figure.value
    let valueText =
      value.isPoint
      ? number(value.low, share: share) : "\(number(value.low, share: share))..\(number(value.high, share: share))"
    var fields = [entry("value", plain(valueText))]
    if let rounding = figure.rounding { fields.append(entry("rounding", plain(number(rounding, share: share)))) }
    if let source = figure.source { fields.append(entry("source", text(source))) }
    if let discrepancy = figure.discrepancy { fields.append(entry("discrepancy", text(discrepancy))) }
    return fields.count == 1 ? fields[0].value : mapping(fields, flow: true)
  }

  static func notes(_ notes: [SourceNote]) -> YAMLNode {
    sequence(
      notes.map { note in
        guard let source = note.source else { return text(note.text) }
        return mapping([entry("text", text(note.text)), entry("source", text(source))], flow: true)
      }, flow: false)
  }

  /// The `simulation:` block, or `nil` when every setting is the default.
  static func simulation(_ settings: SimulationSettings) -> YAMLNode? {
    var fields: [YAMLNode.Entry] = []
    if settings.ranges != SimulationSettings().ranges {
      fields.append(entry("ranges", plain(settings.ranges.rawValue)))
    }
    if !settings.correlations.isEmpty {
      let items = settings.correlations.map { correlation in
        sequence(
          [
            plain(correlation.first.description), plain(correlation.second.description),
            plain(number(correlation.coefficient, share: false)),
          ], flow: true)
      }
      fields.append(entry("correlations", sequence(items, flow: false)))
    }
    return fields.isEmpty ? nil : mapping(fields)
  }

  /// The unit of each input name as the scenario's models declare it, so an
  /// assumption shared by several solutions is written as a share when it is one.
  static func inputUnits(_ scenario: Scenario) -> [String: InputSpec.Unit] {
    var units: [String: InputSpec.Unit] = [:]
    for solution in scenario.solutions {
      for spec in solution.model.inputs where units[spec.name] == nil { units[spec.name] = spec.unit }
    }
    return units
  }

  // MARK: - Formulas

  /// The text of a formula of `model` in the formula language, with the
  /// fewest parentheses that keep its tree: `a + b * c`, `(a + b) * c`,
  /// `a - (b - c)`, `(-a) ^ 2`, `a ^ -b`, `round(x, -3)`, `if(a > b, a, b)`.
  ///
  /// Names are the model's input and `let` names; numbers are written as in
  /// quantities (without percentages).
  static func formulaText(_ expression: FormulaExpression, in model: FormulaModel) -> String {
    FormulaWriter(model: model).text(expression)
  }

  /// Writes formula trees by precedence: a sum is level 1, a product 2, a
  /// negation 3, a power 4, and a number, name or call 5; an operand whose
  /// level is below what its place in the grammar needs gets parentheses.
  struct FormulaWriter {
    let model: FormulaModel

    func text(_ expression: FormulaExpression, needs level: Int = 1) -> String {
      let own = Self.level(expression)
      let body = write(expression)
      return own < level ? "(\(body))" : body
    }

    static func level(_ expression: FormulaExpression) -> Int {
      switch expression.node {
      case .binary(.add, _, _), .binary(.subtract, _, _): 1
      case .binary(.multiply, _, _), .binary(.divide, _, _): 2
      case .negation: 3
      case .number(let value): value.sign == .minus ? 3 : 5
      case .binary(.power, _, _): 4
      case .input, .intermediate, .call, .condition: 5
      }
    }

    func write(_ expression: FormulaExpression) -> String {
      switch expression.node {
      case .number(let value):
        return value.sign == .minus ? "-" + number(-value, share: false) : number(value, share: false)
      case .input(let index):
        return model.inputs.indices.contains(index) ? model.inputs[index].name : "input\(index)"
      case .intermediate(let index):
        return model.intermediates.indices.contains(index) ? model.intermediates[index].name : "let\(index)"
      case .negation(let operand):
        return "-" + text(operand, needs: 3)
      case .binary(let op, let lhs, let rhs):
        switch op {
        case .add, .subtract: return "\(text(lhs, needs: 1)) \(op.rawValue) \(text(rhs, needs: 2))"
        case .multiply, .divide: return "\(text(lhs, needs: 2)) \(op.rawValue) \(text(rhs, needs: 3))"
        case .power: return "\(text(lhs, needs: 5)) ^ \(text(rhs, needs: 3))"
        }
      case .call(let function, let arguments):
        var parts = arguments.map { text($0) }
        if case .round(let places) = function, places != 0 { parts.append(String(places)) }
        return "\(function.name)(\(parts.joined(separator: ", ")))"
      case .condition(let lhs, let comparison, let rhs, let then, let otherwise):
        return "if(\(text(lhs)) \(comparison.rawValue) \(text(rhs)), \(text(then)), \(text(otherwise)))"
      }
    }
  }

  // MARK: - Quantities and numbers

  /// A quantity in the syntax `QuantityParser` reads: `13.25`, `20mio..25mio`,
  /// `pert(10, 13.25, 15)`.
  ///
  /// - Parameter share: whether the input is a share (numbers then print as
  ///   percentages where that is exact).
  static func quantityText(_ quantity: Quantity, share: Bool) -> String {
    func n(_ value: Double) -> String { number(value, share: share) }
    switch quantity {
    case .point(let value): return n(value)
    case .range(let low, let high): return "\(n(low))..\(n(high))"
    case .uniform(let min, let max): return "uniform(\(n(min)), \(n(max)))"
    case .triangular(let min, let mode, let max): return "triangular(\(n(min)), \(n(mode)), \(n(max)))"
    case .pert(let min, let mode, let max): return "pert(\(n(min)), \(n(mode)), \(n(max)))"
    case .normal(let mean, let sd): return "normal(\(n(mean)), \(n(sd)))"
    case .lognormal(let p5, let p95): return "lognormal(\(n(p5)), \(n(p95)))"
    }
  }

  /// The canonical text of one number: `25%` for a share, `20mio`, `1.5mia`,
  /// or the shortest decimal that reads back as exactly `value`.
  ///
  /// A number that is not finite (which decoding never produces) prints as
  /// `nan` or `inf`, which reads back as an error rather than as a number.
  static func number(_ value: Double, share: Bool) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-inf" : "inf" }
    let scaled: (mantissa: Double, suffix: String)?
    switch abs(value) {
    case _ where share: scaled = (value * 100, "%")
    case 1e6..<1e9: scaled = (value / 1e6, "mio")
    case 1e9..<1e12: scaled = (value / 1e9, "mia")
    default: scaled = nil
    }
    if let scaled, scaled.mantissa.isFinite {
      // The mantissa with 0 to 3 decimals: 0.07 × 100 is 7.000000000000001,
      // but "7%" reads back as exactly 0.07.
      var power = 1.0
      for _ in 0...3 {
        let mantissa = decimal((scaled.mantissa * power).rounded() / power)
        if !mantissa.contains("e"), readsBack(mantissa + scaled.suffix, as: value) { return mantissa + scaled.suffix }
        power *= 10
      }
    }
    return decimal(value)
  }

  /// The shortest decimal text of a finite `value` that `Double(_:)` and the
  /// quantity syntax read back exactly: `725000`, `13.25`, `1e-5`, `1.5e20`.
  ///
  /// Swift's `description` gives the shortest round-tripping digits; this only
  /// drops a trailing `.0` and writes the exponent without `+` or leading zeros
  /// (the quantity syntax has no `+`).
  static func decimal(_ value: Double) -> String {
    let text = value.description
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
      if text.hasSuffix(".0") { return String(text.dropLast(2)) }
      // 1.125 would read as ambiguous (a Danish thousands separator); 1.1250 does not.
      let parts = text.drop { $0 == "-" }.split(separator: ".")
      if parts.count == 2, QuantityParser.looksLikeThousands(integer: String(parts[0]), fraction: String(parts[1])) {
        return text + "0"
      }
      return text
    }
    var mantissa = String(text[..<e])
    if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
    let exponent = Int(text[text.index(after: e)...].filter { $0 != "+" }) ?? 0
    return "\(mantissa)e\(exponent)"
  }

  /// Whether the quantity syntax reads `text` as exactly `value`, bit for bit.
  static func readsBack(_ text: String, as value: Double) -> Bool {
    guard case .point(let read)? = try? QuantityParser.parse(text) else { return false }
    return read.bitPattern == value.bitPattern
  }

  // MARK: - Nodes

  /// Every node of the canonical tree has this location: the tree is never
  /// read for locations, only written.
  static let nowhere = SourceLocation(file: "", line: 1, column: 1)

  static func entry(_ key: String, _ value: YAMLNode) -> YAMLNode.Entry {
    YAMLNode.Entry(key: YAMLScalar(text: key, style: .plain, location: nowhere), value: value)
  }

  /// Free text, always double-quoted.
  static func text(_ text: String) -> YAMLNode {
    YAMLNode(content: .scalar(YAMLScalar(text: text, style: .doubleQuoted, location: nowhere)), location: nowhere)
  }

  /// A name or quantity, plain unless the emitter finds it needs quotes.
  static func plain(_ text: String) -> YAMLNode {
    YAMLNode(content: .scalar(YAMLScalar(text: text, style: .plain, location: nowhere)), location: nowhere)
  }

  static func mapping(_ entries: [YAMLNode.Entry], flow: Bool = false) -> YAMLNode {
    YAMLNode(content: .mapping(entries), location: nowhere, isFlow: flow)
  }

  static func sequence(_ items: [YAMLNode], flow: Bool) -> YAMLNode {
    YAMLNode(content: .sequence(items), location: nowhere, isFlow: flow)
  }
}
