import Diagnostics
import WorkforceModel
import YAMLSubset

/// Names and limits of `model: formula` solutions.
enum FormulaDecoding {
  /// The `model:` value of a solution written as formulas.
  static let modelName = "formula"
}

extension ScenarioDecoder {
  /// A formula written in the scenario file, parsed, with where it is.
  struct WrittenFormula {
    /// `let` name or figure name.
    var name: String
    /// "the formula for 'fte' of solution 'x'", for messages.
    var what: String
    var scalar: YAMLScalar
    var syntax: FormulaSyntax
    /// The location of the key (`patient_days:`), for errors about the name.
    var keyLocation: SourceLocation

    /// The location of `offset` inside the formula text (after an opening quote).
    func location(_ offset: Int) -> SourceLocation {
      scalar.location.advanced(by: (scalar.style == .plain ? 0 : 1) + offset)
    }

    /// The formula text of `span`, for messages.
    func text(_ span: Range<Int>) -> String {
      let scalars = Array(scalar.text.unicodeScalars)
      let clamped = max(0, min(span.lowerBound, scalars.count))..<max(0, min(span.upperBound, scalars.count))
      return String(String.UnicodeScalarView(scalars[clamped]))
    }
  }

  /// The model of a `model: formula` solution: parses its `let:` and
  /// `formulas:`, resolves every name, orders the `let` names, checks the
  /// inputs' domains, and checks every division and power over the ranges
  /// the inputs can take.
  ///
  /// The model's inputs are the solution's own `inputs:` in file order, then
  /// the assumptions the formulas use, in the order they are first used.
  func formulaModel(
    _ fields: KeyedMapping, what: String, inputs declared: [ScenarioInput], assumptions: [String: ScenarioInput]
  ) throws(Diagnostic) -> FormulaModel {
    let limits = FormulaLimits.standard
    for input in declared where input.name.contains("-") {
      throw Diagnostic(
        at: input.keyLocation ?? input.location, "input name '\(input.name)' of \(what) contains '-'",
        expected: "letters, digits and '_' in the inputs of a formula solution ('-' means minus in a formula)")
    }
    let declaredNames = declared.map(\.name)

    // `let:` names, checked, before any formula is parsed.
    var letEntries: [YAMLNode.Entry] = []
    if let node = fields["let"] {
      letEntries = try node.expectMapping("'let' of \(what)")
      guard letEntries.count <= limits.intermediates else {
        throw Diagnostic(
          at: node.location,
          "\(letEntries.count) 'let' names in \(what), more than the limit of \(limits.intermediates)",
          expected: "at most \(limits.intermediates)")
      }
    }
    for entry in letEntries {
      try checkLetName(entry.key, declared: declaredNames, assumptions: assumptions, what: what)
    }
    let letNames = letEntries.map(\.key.text)
    let knownNames = Set(declaredNames + letNames + assumptions.keys)

    // Parse everything.
    var lets: [WrittenFormula] = []
    for entry in letEntries {
      let name = entry.key.text
      let scalar = try entry.value.expectScalar("'let' name '\(name)' of \(what)")
      lets.append(
        try parseFormula(
          scalar, name: name, what: "the formula of '\(name)' in 'let' of \(what)", keyLocation: entry.key.location,
          knownNames: knownNames, limits: limits))
    }
    let formulasNode = try fields.required(
      "formulas", in: what,
      expected: "formulas: {fte: \"…\", project_cost: \"…\", operating_cost: \"…\"} with model: formula")
    let formulaFields = try KeyedMapping(formulasNode, "'formulas' of \(what)", keys: Figure.allCases.map(\.rawValue))
    var figures: [WrittenFormula] = []
    for figure in Figure.allCases {
      let node = try formulaFields.required(
        figure.rawValue, in: "'formulas' of \(what)",
        expected: "a formula for each of fte, project_cost and operating_cost (write 0 for none)")
      let scalar = try node.expectScalar("the formula for '\(figure.rawValue)' of \(what)")
      let key = formulaFields.entries.first { $0.key.text == figure.rawValue }?.key.location ?? scalar.location
      figures.append(
        try parseFormula(
          scalar, name: figure.rawValue, what: "the formula for '\(figure.rawValue)' of \(what)", keyLocation: key,
          knownNames: knownNames, limits: limits))
    }

    // Every name must be known.
    let suggestions = declaredNames + letNames + assumptions.keys.sorted()
    for formula in lets + figures {
      for reference in formula.syntax.references where !knownNames.contains(reference.name) {
        let listed = suggestions.isEmpty ? "no inputs declared" : suggestions.joined(separator: ", ")
        throw Diagnostic(
          at: formula.location(reference.span.lowerBound), "unknown name '\(reference.name)' in \(formula.what)",
          expected: "an input, an assumption or a 'let' name: \(listed)",
          suggestion: Suggestion.closest(to: reference.name, in: suggestions))
      }
    }

    // Order the `let` names so each comes after the names it uses.
    let order = try evaluationOrder(lets, what: what)
    let ordered = order.map { lets[$0] }
    var intermediateIndex: [String: Int] = [:]
    for (index, formula) in ordered.enumerated() { intermediateIndex[formula.name] = index }

    // The inputs: declared ones, then the assumptions used, in order of first use.
    var inputNames = declaredNames
    for formula in ordered + figures {
      for reference in formula.syntax.references
      where intermediateIndex[reference.name] == nil && !inputNames.contains(reference.name) {
        inputNames.append(reference.name)
      }
    }
    let specs = inputNames.map(FormulaUnits.inputSpec(named:))
    var inputIndex: [String: Int] = [:]
    for (index, name) in inputNames.enumerated() { inputIndex[name] = index }
    func resolve(_ name: String) -> FormulaExpression.Node {
      if let index = intermediateIndex[name] { return .intermediate(index) }
      return .input(inputIndex[name] ?? 0)  // every name was checked above
    }

    let intermediates = ordered.map { formula in
      FormulaModel.Intermediate(
        name: formula.name, expression: formula.syntax.resolved(resolve),
        unit: FormulaUnits.intermediateUnit(named: formula.name))
    }
    let expressions = figures.map { $0.syntax.resolved(resolve) }
    guard
      let model = FormulaModel(
        inputs: specs, intermediates: intermediates,
        formulas: SolutionOutputs(fte: expressions[0], projectCost: expressions[1], operatingCost: expressions[2]))
    else {
      throw Diagnostic(
        at: formulasNode.location, "the formulas of \(what) could not be assembled", expected: "valid formulas")
    }

    // Inputs in their domains, then divisions and powers safe over every draw.
    var box: [Interval] = []
    for (name, spec) in zip(inputNames, specs) {
      guard let input = declared.first(where: { $0.name == name }) ?? assumptions[name] else { continue }
      try checkDomain(input, spec, in: what)
      let draws = input.quantity.drawRange
      box.append(Interval(max(draws.low, spec.domain.bounds.low), min(draws.high, spec.domain.bounds.high)))
    }
    guard box.count == specs.count else { return model }
    let checked = Array(zip(ordered, intermediates.map(\.expression))) + Array(zip(figures, expressions))
    var analysis = model.rangeAnalysis(over: box)
    for (formula, expression) in checked {
      try checkOperations(expression, of: formula, model: model, box: box, analysis: &analysis)
    }
    return model
  }

  /// A `let` name: an identifier that is not a function, a figure, an input
  /// or an assumption.
  func checkLetName(
    _ key: YAMLScalar, declared: [String], assumptions: [String: ScenarioInput], what: String
  ) throws(Diagnostic) {
    let name = key.text
    let scalars = Array(name.unicodeScalars)
    let valid =
      scalars.first.map { $0.properties.isAlphabetic } == true
      && scalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
    guard valid else {
      throw Diagnostic(
        at: key.location, "'let' name '\(name)' of \(what)", expected: "letters, digits or '_', starting with a letter")
    }
    let clash: String?
    switch name {
    case _ where FormulaParser.functionNames.contains(name): clash = "the function \(name)(…)"
    case _ where Figure(rawValue: name) != nil: clash = "the figure '\(name)' (its formula goes under 'formulas')"
    case _ where declared.contains(name): clash = "an input of \(what)"
    case _ where assumptions[name] != nil: clash = "an assumption"
    default: clash = nil
    }
    if let clash {
      throw Diagnostic(
        at: key.location, "'let' name '\(name)' of \(what) is also \(clash)", expected: "a name of its own")
    }
  }

  /// Parses one formula scalar, mapping syntax errors to their exact column.
  func parseFormula(
    _ scalar: YAMLScalar, name: String, what: String, keyLocation: SourceLocation, knownNames: Set<String>,
    limits: FormulaLimits
  ) throws(Diagnostic) -> WrittenFormula {
    do {
      let syntax = try FormulaParser.parse(scalar.text, limits: limits, knownNames: knownNames)
      return WrittenFormula(name: name, what: what, scalar: scalar, syntax: syntax, keyLocation: keyLocation)
    } catch {
      throw Diagnostic(
        at: scalar.location.advanced(by: (scalar.style == .plain ? 0 : 1) + error.offset),
        "\(error.message) in \(what)", expected: error.expected, suggestion: error.suggestion)
    }
  }

  /// The `let` formulas in an order where each comes after the names it uses
  /// (file order where the dependencies allow it); a cycle is an error.
  func evaluationOrder(_ lets: [WrittenFormula], what: String) throws(Diagnostic) -> [Int] {
    var index: [String: Int] = [:]
    for (position, formula) in lets.enumerated() { index[formula.name] = position }
    let uses = lets.map { formula in
      formula.syntax.references.compactMap { index[$0.name] }
    }
    enum Mark { case unvisited, visiting, done }
    var marks = [Mark](repeating: .unvisited, count: lets.count)
    var order: [Int] = []
    var path: [Int] = []
    func visit(_ node: Int) throws(Diagnostic) {
      switch marks[node] {
      case .done: return
      case .visiting:
        let cycle = path[(path.firstIndex(of: node) ?? 0)...] + [node]
        throw Diagnostic(
          at: lets[node].keyLocation,
          "the 'let' names of \(what) form a cycle: \(cycle.map { lets[$0].name }.joined(separator: " → "))",
          expected: "names that do not depend on themselves")
      case .unvisited:
        marks[node] = .visiting
        path.append(node)
        for used in uses[node] { try visit(used) }
        path.removeLast()
        marks[node] = .done
        order.append(node)
      }
    }
    for node in lets.indices { try visit(node) }
    return order
  }

  /// Checks every division and power of `expression` over `box`, the ranges
  /// the inputs can take in a deterministic run or a simulation.
  func checkOperations(
    _ expression: FormulaExpression, of formula: WrittenFormula, model: FormulaModel, box: [Interval],
    analysis: inout FormulaRangeAnalysis
  ) throws(Diagnostic) {
    /// The analysed range, or the plain interval once the analysis is out of work.
    func range(of expression: FormulaExpression) -> Interval {
      analysis.range(of: expression) ?? FormulaRangeAnalysis.plainRange(of: expression, model: model, box: box)
    }
    for node in expression.allNodes {
      guard case .binary(let op, let lhs, let rhs) = node.node else { continue }
      switch op {
      case .divide:
        let divisor = range(of: rhs)
        guard divisor.low > 0 || divisor.high < 0 else {
          throw Diagnostic(
            at: formula.location(rhs.span.lowerBound),
            "division by '\(formula.text(rhs.span))', which \(Self.can("be 0", divisor)) in \(formula.what)",
            expected: "a divisor whose range does not include 0")
        }
      case .power:
        let base = range(of: lhs)
        let exponent = range(of: rhs)
        let wholeConstant = exponent.isPoint && ScalarMath.isWhole(exponent.low)
        if !wholeConstant && !(base.low >= 0) {
          throw Diagnostic(
            at: formula.location(lhs.span.lowerBound),
            "'\(formula.text(lhs.span))' \(Self.can("be negative", base)) and is raised to a power that is not a "
              + "whole-number constant in \(formula.what)",
            expected: "a base ≥ 0, or a whole-number constant exponent such as 2")
        }
        if base.contains(0) && !(exponent.low >= 0) {
          throw Diagnostic(
            at: formula.location(rhs.span.lowerBound),
            "'\(formula.text(lhs.span))' \(Self.can("be 0", base)) and the power '\(formula.text(rhs.span))' "
              + "\(Self.can("be negative", exponent)) in \(formula.what)",
            expected: "a base whose range excludes 0, or a power ≥ 0")
        }
      default:
        continue
      }
    }
  }

  /// "can be 0 (its range is -2..3)", or "is 0" for a single value.
  static func can(_ predicate: String, _ range: Interval) -> String {
    range.isPoint
      ? "is \(predicate.dropFirst(3))" + (predicate == "be 0" ? "" : " (\(range.low.plain))")
      : "can \(predicate) (its range is \(range.low.plain)..\(range.high.plain))"
  }
}
