import Diagnostics
import WorkforceModel
import YAMLSubset

/// Turns the YAML tree of a scenario file (after `extends:` is merged) into a
/// checked ``Scenario``: every key known, every input resolved and in its
/// domain, every published figure computable.
struct ScenarioDecoder {
  let limits: ScenarioLimits
  /// Used when the file has no `scenario:` name.
  let defaultName: String
  /// Base solutions a variant drops with `id: null`, where it says so (see
  /// ``ScenarioMerge/drops(base:override:)``); applied after decoding, so
  /// the base's references to them still decode.
  var drops: [DroppedSolution] = []

  static let topLevelKeys = [
    "scenario", "title", "description", "only", "assumptions", "solutions", "simulation", "notes", "business_case",
    "grant", "assessment",
  ]
  static let solutionKeys = [
    "model", "title", "description", "category", "staff", "inputs", "published", "notes", "formulas", "let",
    "business_case", "assessment", "funding",
  ]
  static let valueKeys = ["value", "source", "note"]
  static let publishedKeys = ["value", "source", "rounding", "discrepancy", "bound"]
  static let simulationKeys = ["ranges", "correlations"]
  static let noteKeys = ["text", "source"]

  func decode(_ root: YAMLNode, file: String) throws(Diagnostic) -> Scenario {
    let top = try KeyedMapping(root, "the scenario file", keys: Self.topLevelKeys)
    let id = try top.text("scenario", in: "the scenario file") ?? defaultName
    let title = try top.text("title", in: "the scenario file")

    var assumptions: [String: ScenarioInput] = [:]
    var assumptionOrder: [ScenarioInput] = []
    if let node = top["assumptions"] {
      let entries = try node.expectMapping("'assumptions'")
      try checkCount(entries.count, limit: limits.inputs, what: "assumptions", at: node.location)
      for entry in entries {
        var input = try decodeInput(entry, in: "assumptions")
        input.origin = .assumption
        assumptions[input.name] = input
        assumptionOrder.append(input)
      }
    }

    let solutionsNode = try top.required(
      "solutions", in: "the scenario file", expected: "a 'solutions:' mapping of solution ids to solutions")
    let solutionEntries = try solutionsNode.expectMapping("'solutions'")
    guard !solutionEntries.isEmpty else {
      throw Diagnostic(at: solutionsNode.location, "'solutions' is empty", expected: "at least one solution")
    }
    try checkCount(solutionEntries.count, limit: limits.solutions, what: "solutions", at: solutionsNode.location)
    var solutions: [Solution] = []
    for entry in solutionEntries {
      if DroppedSolution.isNull(entry.value) {
        throw Diagnostic(
          at: entry.value.location,
          "solution '\(entry.key.text)' is null, but no file this one extends has a solution '\(entry.key.text)' to leave out",
          expected:
            "a solution (model:, inputs:, …); 'ID: null' only in a variant ('extends:'), to leave out a base solution")
      }
      solutions.append(try decodeSolution(entry, assumptions: assumptions))
    }

    var simulation = SimulationSettings()
    if let node = top["simulation"] {
      simulation = try decodeSimulation(node, solutions: solutions)
    }
    let notes = try top["notes"].map { node throws(Diagnostic) in try decodeNotes(node, in: "the scenario") } ?? []
    var scenario = Scenario(
      id: id, title: title, file: file, solutions: solutions, assumptions: assumptionOrder,
      simulation: simulation, notes: notes)
    // The blocks of later features, each decoded in its own file.
    if let node = top["business_case"] { scenario.businessCase = try decodeBusinessCase(node, scenario: scenario) }
    if let node = top["grant"] { scenario.grant = try decodeGrant(node, scenario: scenario) }
    if let node = top["assessment"] { scenario.assessment = try decodeAssessment(node, scenario: scenario) }
    return try selectSolutions(scenario, only: top["only"])
  }

  /// Leaves out the solutions the variant drops (`id: null`) and those its
  /// `only:` list does not name, with where the file says so.
  func selectSolutions(_ scenario: Scenario, only node: YAMLNode?) throws(Diagnostic) -> Scenario {
    var scenario = scenario
    for drop in drops {
      scenario = scenario.keeping(where: { $0 != drop.id }, reason: .variant(drop.location))
    }
    if scenario.solutions.isEmpty, let last = drops.last {
      throw Diagnostic(
        at: last.location, "the variant leaves out every solution of the scenario",
        expected: "at least one solution kept")
    }
    guard let node else { return scenario }
    let ids = scenario.solutions.map(\.id)
    var listed: [String] = []
    let items = node.sequence ?? [node]
    for item in items {
      let scalar = try item.expectScalar("an id in 'only'")
      guard ids.contains(scalar.text) else {
        let dropped = drops.contains { $0.id == scalar.text }
        throw Diagnostic(
          at: scalar.location,
          dropped
            ? "'only' lists '\(scalar.text)', which this variant also drops with '\(scalar.text): null'"
            : "'only' lists '\(scalar.text)', which is not a solution of the scenario",
          expected: "one of \(ids.joined(separator: ", "))", suggestion: Suggestion.closest(to: scalar.text, in: ids))
      }
      listed.append(scalar.text)
    }
    guard !listed.isEmpty else {
      throw Diagnostic(at: node.location, "'only' lists no solution", expected: "only: [id, …] with at least one id")
    }
    return scenario.keeping(where: listed.contains, reason: .variant(node.location))
  }

  // MARK: - Solutions

  func decodeSolution(_ entry: YAMLNode.Entry, assumptions: [String: ScenarioInput]) throws(Diagnostic) -> Solution {
    let id = entry.key.text
    let what = "solution '\(id)'"
    try checkIdentifier(entry.key, what: "solution id")
    if let reserved = Solution.reservedIDs.first(where: { $0.id == id }) {
      let ids = Solution.reservedIDs.map(\.id)
      throw Diagnostic(
        at: entry.key.location, "solution id '\(id)' is reserved for \(reserved.names)",
        expected: "another solution id (not \(ids.dropLast().joined(separator: ", ")) or \(ids.last ?? ""))")
    }
    let fields = try KeyedMapping(entry.value, what, keys: Self.solutionKeys)
    var given: [String: ScenarioInput] = [:]
    var givenOrder: [ScenarioInput] = []
    if let inputsNode = fields["inputs"] {
      let entries = try inputsNode.expectMapping("'inputs' of \(what)")
      try checkCount(entries.count, limit: limits.inputs, what: "inputs", at: inputsNode.location)
      for inputEntry in entries {
        let input = try decodeInput(inputEntry, in: what)
        given[input.name] = input
        givenOrder.append(input)
      }
    }
    let model = try resolveModel(fields, id: id, what: what, inputs: givenOrder, assumptions: assumptions)
    let names = model.inputs.map(\.name)
    for input in givenOrder where !names.contains(input.name) {
      throw Diagnostic(
        at: input.keyLocation ?? input.location,
        "unknown input '\(input.name)' for \(what) (model \(model.id))",
        expected: "one of \(names.joined(separator: ", "))",
        suggestion: Suggestion.closest(to: input.name, in: names))
    }

    var arguments: [ScenarioInput] = []
    for spec in model.inputs {
      guard let input = given[spec.name] ?? assumptions[spec.name] else {
        throw Diagnostic(
          at: entry.key.location,
          "\(what) (model \(model.id)) has no input '\(spec.name)', neither under 'inputs' nor in 'assumptions'",
          expected: "all of \(model.inputs.map(\.name).joined(separator: ", "))")
      }
      try checkDomain(input, spec, in: what)
      arguments.append(input)
    }

    var solution = Solution(
      id: id, title: try fields.text("title", in: what), category: try decodeCategory(fields, in: what),
      staff: try decodeStaff(fields, in: what), model: model, arguments: arguments,
      location: entry.key.location)
    if let node = fields["published"] {
      solution.published = try decodePublished(node, for: solution)
    }
    if let node = fields["notes"] {
      solution.notes = try decodeNotes(node, in: what)
    }
    try decodeSolutionExtensions(fields, into: &solution, what: what)
    return solution
  }

  func decodeCategory(_ fields: KeyedMapping, in what: String) throws(Diagnostic) -> Solution.Category? {
    guard let node = fields["category"] else { return nil }
    return try node.expectChoice("'category' of \(what)", noun: "category", in: what) as Solution.Category
  }

  func decodeStaff(_ fields: KeyedMapping, in what: String) throws(Diagnostic) -> [String] {
    guard let node = fields["staff"] else { return [] }
    if case .scalar = node.content { return [try node.expectText("'staff' of \(what)")] }
    var staff: [String] = []
    for item in try node.expectSequence("'staff' of \(what)") {
      staff.append(try item.expectText("a staff group of \(what)"))
    }
    return staff
  }

  // MARK: - Inputs

  /// An input: a quantity, or `{value: quantity, source: "…"}`.
  func decodeInput(_ entry: YAMLNode.Entry, in what: String) throws(Diagnostic) -> ScenarioInput {
    let name = entry.key.text
    try checkIdentifier(entry.key, what: "input name")
    let valueNode: YAMLNode
    var source: String?
    var note: String?
    switch entry.value.content {
    case .mapping:
      let fields = try KeyedMapping(entry.value, "input '\(name)' of \(what)", keys: Self.valueKeys)
      valueNode = try fields.required(
        "value", in: "input '\(name)' of \(what)", expected: "value: a quantity such as 25% or 20mio..25mio")
      source = try fields.text("source", in: "input '\(name)' of \(what)")
      note = try fields.text("note", in: "input '\(name)' of \(what)")
    default:
      valueNode = entry.value
    }
    let scalar = try valueNode.expectScalar("input '\(name)' of \(what)")
    var input = ScenarioInput(name: name, quantity: try quantity(scalar), source: source, location: scalar.location)
    input.keyLocation = entry.key.location
    input.note = note
    return input
  }

  /// Parses a scalar as a quantity, mapping syntax errors to the exact column.
  func quantity(_ scalar: YAMLScalar) throws(Diagnostic) -> Quantity {
    do {
      return try QuantityParser.parse(scalar.text)
    } catch {
      let quote = scalar.style == .plain ? 0 : 1
      throw Diagnostic(
        at: scalar.location.advanced(by: quote + error.offset), error.message,
        expected: error.expected, suggestion: error.suggestion)
    }
  }

  /// Rejects values outside the input's domain (a share of 150 %, a negative count).
  func checkDomain(_ input: ScenarioInput, _ spec: InputSpec, in what: String) throws(Diagnostic) {
    let range = input.quantity.deterministicRange
    let allowed =
      spec.domain == .positive
      ? range.low > 0 && range.high.isFinite
      : spec.domain.bounds.low <= range.low && range.high <= spec.domain.bounds.high
    guard allowed else {
      let origin = input.origin == .assumption ? " (from assumptions)" : ""
      throw Diagnostic(
        at: input.location,
        "input '\(input.name)'\(origin) of \(what) is \(Self.describe(range, spec.unit)), out of range",
        expected: spec.domain.requirement)
    }
  }

  static func describe(_ range: Interval, _ unit: InputSpec.Unit) -> String {
    func one(_ x: Double) -> String { unit == .share ? "\((x * 100).plain)%" : x.plain }
    return range.isPoint ? one(range.low) : "\(one(range.low))..\(one(range.high))"
  }

  // MARK: - Published figures and notes

  func decodePublished(_ node: YAMLNode, for solution: Solution) throws(Diagnostic) -> [PublishedFigure] {
    let what = "'published' of solution '\(solution.id)'"
    let names = solution.publishableNames
    guard case .mapping(let entries) = node.content else {
      throw Diagnostic(
        at: node.location, "\(what) is \(node.kindDescription)",
        expected: "a mapping of figure names to published values, or {} for none")
    }
    var figures: [PublishedFigure] = []
    for entry in entries {
      guard names.contains(entry.key.text) else {
        throw Diagnostic(
          at: entry.key.location, "unknown figure '\(entry.key.text)' in \(what)",
          expected: "one of \(names.joined(separator: ", "))",
          suggestion: Suggestion.closest(to: entry.key.text, in: names))
      }
      if case .sequence(let items) = entry.value.content {
        for item in items { figures.append(try decodeFigure(entry.key.text, item, in: what)) }
      } else {
        figures.append(try decodeFigure(entry.key.text, entry.value, in: what))
      }
    }
    return figures
  }

  func decodeFigure(_ name: String, _ node: YAMLNode, in what: String) throws(Diagnostic) -> PublishedFigure {
    let valueNode: YAMLNode
    var figure = PublishedFigure(name: name, value: Interval(constant: 0), location: node.location)
    if case .mapping = node.content {
      let fields = try KeyedMapping(node, "figure '\(name)' in \(what)", keys: Self.publishedKeys)
      valueNode = try fields.required(
        "value", in: "figure '\(name)' in \(what)", expected: "value: the published number or range")
      figure.source = try fields.text("source", in: "figure '\(name)'")
      figure.discrepancy = try fields.text("discrepancy", in: "figure '\(name)'")
      if let roundingNode = fields["rounding"] {
        let scalar = try roundingNode.expectScalar("'rounding' of figure '\(name)'")
        guard case .point(let unit) = try quantity(scalar), unit > 0 else {
          throw Diagnostic(
            at: scalar.location, "rounding '\(scalar.text)' of figure '\(name)'",
            expected: "a positive number such as 5mio")
        }
        figure.rounding = unit
      }
      if let boundNode = fields["bound"] {
        let scalar = try boundNode.expectScalar("'bound' of figure '\(name)'")
        guard let bound = PublishedFigure.Bound(rawValue: scalar.text) else {
          let names = PublishedFigure.Bound.allCases.map(\.rawValue)
          throw Diagnostic(
            at: scalar.location, "unknown bound '\(scalar.text)' of figure '\(name)'",
            expected: "at_least (the source says 'mindst') or at_most ('højst')",
            suggestion: Suggestion.closest(to: scalar.text, in: names))
        }
        figure.bound = bound
      }
    } else {
      valueNode = node
    }
    let scalar = try valueNode.expectScalar("figure '\(name)' in \(what)")
    figure.location = scalar.location
    switch try quantity(scalar) {
    case .point(let value): figure.value = Interval(constant: value)
    case .range(let low, let high):
      guard figure.bound == nil else {
        throw Diagnostic(
          at: scalar.location, "published figure '\(name)' with a bound is a range",
          expected: "one number: 'mindst 84' is 'value: 84, bound: at_least'")
      }
      figure.value = Interval(low, high)
    default:
      throw Diagnostic(
        at: scalar.location, "published figure '\(name)' is a distribution", expected: "a number or a range low..high")
    }
    return figure
  }

  func decodeNotes(_ node: YAMLNode, in what: String) throws(Diagnostic) -> [SourceNote] {
    var notes: [SourceNote] = []
    for item in try node.expectSequence("'notes' of \(what)") {
      if case .mapping = item.content {
        let fields = try KeyedMapping(item, "a note of \(what)", keys: Self.noteKeys)
        let text = try fields.required("text", in: "a note of \(what)", expected: "text: the remark").expectText(
          "note text")
        notes.append(SourceNote(text: text, source: try fields.text("source", in: "a note"), location: item.location))
      } else {
        notes.append(SourceNote(text: try item.expectText("a note of \(what)"), location: item.location))
      }
    }
    return notes
  }

  // MARK: - Simulation settings

  func decodeSimulation(_ node: YAMLNode, solutions: [Solution]) throws(Diagnostic) -> SimulationSettings {
    let fields = try KeyedMapping(node, "'simulation'", keys: Self.simulationKeys)
    var settings = SimulationSettings()
    if let rangesNode = fields["ranges"] {
      settings.ranges = try rangesNode.expectChoice("'ranges' of 'simulation'", noun: "range shape")
    }
    if let correlationsNode = fields["correlations"] {
      for item in try correlationsNode.expectSequence("'correlations' of 'simulation'") {
        let parts = try item.expectSequence("a correlation")
        guard parts.count == 3 else {
          throw Diagnostic(
            at: item.location, "a correlation has \(parts.count) items",
            expected: "[solution.input, solution.input, coefficient]")
        }
        let first = try reference(parts[0], solutions: solutions)
        let second = try reference(parts[1], solutions: solutions)
        guard first != second else {
          throw Diagnostic(
            at: parts[1].location, "input \(second) is correlated with itself", expected: "two different inputs")
        }
        let coefficientScalar = try parts[2].expectScalar("a correlation coefficient")
        guard case .point(let coefficient) = try quantity(coefficientScalar), abs(coefficient) <= 1 else {
          throw Diagnostic(
            at: coefficientScalar.location, "correlation '\(coefficientScalar.text)'",
            expected: "a number between -1 and 1")
        }
        settings.correlations.append(
          .init(first: first, second: second, coefficient: coefficient, location: item.location))
      }
    }
    return settings
  }

  /// `solution.input`, checked to name an uncertain input.
  func reference(_ node: YAMLNode, solutions: [Solution]) throws(Diagnostic) -> InputReference {
    let scalar = try node.expectScalar("an input reference")
    let parts = scalar.text.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2 else {
      throw Diagnostic(
        at: scalar.location, "input reference '\(scalar.text)'", expected: "solution.input, e.g. ward.share")
    }
    guard let solution = solutions.first(where: { $0.id == parts[0] }) else {
      throw Diagnostic(
        at: scalar.location, "unknown solution '\(parts[0])' in '\(scalar.text)'",
        expected: "one of \(solutions.map(\.id).joined(separator: ", "))",
        suggestion: Suggestion.closest(to: parts[0], in: solutions.map(\.id)))
    }
    guard let input = solution.argument(named: parts[1]) else {
      let names = solution.arguments.map(\.name)
      throw Diagnostic(
        at: scalar.location.advanced(by: parts[0].unicodeScalars.count + 1),
        "unknown input '\(parts[1])' of solution '\(solution.id)'", expected: "one of \(names.joined(separator: ", "))",
        suggestion: Suggestion.closest(to: parts[1], in: names))
    }
    guard input.quantity.isUncertain else {
      throw Diagnostic(
        at: scalar.location, "input \(scalar.text) is a fixed number and cannot be correlated",
        expected: "an uncertain input (a range or a distribution)")
    }
    return InputReference(solution: parts[0], input: parts[1])
  }

  // MARK: - Small checks

  /// Ids and input names: letters, digits and `_`, starting with a letter.
  func checkIdentifier(_ key: YAMLScalar, what: String) throws(Diagnostic) {
    let scalars = Array(key.text.unicodeScalars)
    let valid =
      scalars.first.map { $0.properties.isAlphabetic } == true
      && scalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    guard valid else {
      throw Diagnostic(
        at: key.location, "\(what) '\(key.text)'", expected: "letters, digits, '_' or '-', starting with a letter")
    }
  }

  func checkCount(_ count: Int, limit: Int, what: String, at location: SourceLocation) throws(Diagnostic) {
    guard count <= limit else {
      throw Diagnostic(
        at: location, "\(count) \(what), more than the limit of \(limit)", expected: "at most \(limit) \(what)")
    }
  }
}
