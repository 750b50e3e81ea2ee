import WorkforceModel

/// `workforce explain`: each formula with the numbers and their sources put in,
/// so a reviewer can follow every figure from the report's inputs.
package struct ExplainReport: Sendable {
  package var scenario: Scenario
  package var explanations: [SolutionExplanation]

  /// - Parameter explanations: the working of the solutions to explain
  ///   (``SolutionExplanation/explanations(of:solutionIDs:)``).
  package init(_ scenario: Scenario, explanations: [SolutionExplanation]) {
    self.scenario = scenario
    self.explanations = explanations
  }

  package func render(_ format: ReportFormat, language: Language) -> String {
    let style = NumberStyle(language)
    switch format {
    case .json:
      return JSONValue.object(
        [
          ("scenario", .string(scenario.id)), ("file", .string(scenario.file)),
          ("solutions", .array(explanations.map { Self.json($0, style) })),
        ] + OmittedSolutions.jsonMembers(scenario)
      ).serialized(pretty: true)
    case .csv:
      var table = Table(
        columns: ["solution", "step", "formula", "with_values", "low", "high"].map { Table.Column($0) })
      for explanation in explanations {
        for step in explanation.steps {
          table.append([
            explanation.solution.id, step.name, Self.symbolic(step.expression),
            Self.numeric(step.expression, NumberStyle(.en)), PlainNumber.text(step.value.low),
            PlainNumber.text(step.value.high),
          ])
        }
      }
      return table.csv()
    case .html:
      return MarkdownPage.html(render(.markdown, language: language), language: language)
    case .text, .markdown:
      return OmittedSolutions.paragraph(scenario, language, markdown: format == .markdown)
        + explanations.map { Self.humanReadable($0, format: format, style: style) }.joined(separator: "\n")
    }
  }

  static func json(_ explanation: SolutionExplanation, _ style: NumberStyle) -> JSONValue {
    let solution = explanation.solution
    let inputs: [JSONValue] = zip(solution.arguments, solution.model.inputs).map { input, spec in
      .object([
        ("name", .string(input.name)),
        ("value", .range(input.quantity.deterministicRange.low, input.quantity.deterministicRange.high)),
        ("unit", .string(spec.unit.rawValue)),
        ("origin", .string(input.origin == .assumption ? "assumptions" : "inputs")),
        ("source", .optional(input.source)), ("note", .optional(input.note)),
        ("location", .string(input.location.description)),
      ])
    }
    let steps: [JSONValue] = explanation.steps.map { step in
      .object([
        ("name", .string(step.name)), ("formula", .string(symbolic(step.expression))),
        ("with_values", .string(numeric(step.expression, NumberStyle(.en)))),
        ("value", .range(step.value.low, step.value.high)),
      ])
    }
    return .object([
      ("id", .string(solution.id)), ("model", .string(solution.model.id)), ("title", .optional(solution.title)),
      ("inputs", .array(inputs)), ("steps", .array(steps)),
    ])
  }

  /// What the range of a distribution is: its ends (`pert`, `triangular`,
  /// `uniform`), or its 5th and 95th percentiles (`normal`, `lognormal`, which
  /// have no ends); nothing for a number or a plain range.
  static func shape(_ quantity: Quantity, _ language: Language) -> String {
    guard let name = quantity.distributionName else { return "" }
    switch quantity {
    case .normal, .lognormal: return language.pick(" (P5–P95 af \(name))", " (P5–P95 of \(name))")
    default: return " (\(name))"
    }
  }

  static func humanReadable(_ explanation: SolutionExplanation, format: ReportFormat, style: NumberStyle) -> String {
    let language = style.language
    let solution = explanation.solution
    var inputs = Table(columns: [
      Table.Column(language.pick("Inddata", "Input")), Table.Column(language.pick("Værdi", "Value"), .right),
      Table.Column(language.pick("Kilde", "Source")),
    ])
    for (input, spec) in zip(solution.arguments, solution.model.inputs) {
      let origin = input.origin == .assumption ? language.pick("[antagelse] ", "[assumption] ") : ""
      inputs.append([
        input.name,
        style.quantity(input.quantity.deterministicRange, unit: spec.unit) + shape(input.quantity, language),
        origin + (input.source ?? language.pick("(ingen kilde angivet)", "(no source given)"))
          + (input.note.map { " " + language.pick("Bemærk: ", "Note: ") + $0 } ?? ""),
      ])
    }
    let heading = "\(solution.title ?? solution.id) (\(solution.id), model \(solution.model.id))"
    var text =
      format == .markdown
      ? "## \(heading.singleLine)\n\n" + inputs.markdown() + "\n" : heading + "\n\n" + inputs.text(indent: "  ") + "\n"
    let width = explanation.steps.map(\.name.count).max() ?? 0
    let units = explanation.units
    for step in explanation.steps {
      let pad = String(repeating: " ", count: width - step.name.count)
      let indent = String(repeating: " ", count: width + 1)
      let result = resultText(step, solution: solution, units: units, style: style)
      let lines = [
        "\(step.name)\(pad) = \(symbolic(step.expression))",
        "\(indent)= \(numeric(step.expression, style))",
        "\(indent)= \(result)",
      ]
      text +=
        format == .markdown
        ? "```\n" + lines.joined(separator: "\n") + "\n```\n" : lines.map { "  " + $0 + "\n" }.joined() + "\n"
    }
    return text
  }

  /// The value of a step with its unit; `units` holds the unit of each named
  /// intermediate (found once per solution, not once per step).
  static func resultText(
    _ step: SolutionExplanation.Step, solution: Solution, units: [String: InputSpec.Unit], style: NumberStyle
  ) -> String {
    if let figure = Figure(rawValue: step.name) {
      return figure == .fte
        ? style.quantity(step.value, unit: .fte)
        : style.quantity(step.value, unit: .kroner)
          + (figure == .operatingCost ? style.language.pick(" pr. år", " per year") : "")
    }
    if let unit = units[step.name] { return style.quantity(step.value, unit: unit) }
    return FigureLabels.anyValue(
      step.value, name: step.name, unit: solution.unit(of: step.name, details: [SolutionOutputs<Interval>.Detail]()),
      style)
  }

  /// The formula in names: `admissions × share × length_of_stay_days`.
  package static func symbolic(_ value: Traced) -> String {
    render(value, separator: ", ") { term in
      switch term {
      case .constant(let x): PlainNumber.text(x)
      case .input(let input, _): input.name
      case .named(let name, _): name
      default: nil
      }
    }
  }

  /// The formula with values: `725.000 × 25 % × 4`. Function arguments are
  /// separated by `; `, since numbers contain commas (the decimal mark in
  /// Danish, the thousands separator in English).
  package static func numeric(_ value: Traced, _ style: NumberStyle) -> String {
    render(value, separator: "; ") { term in
      switch term {
      case .constant(let x): style.compact(x, maximum: 6)
      case .input(let input, let unit): inputValue(input, unit, style)
      case .named(_, let inner): style.compactRange(inner.value, maximum: 2)
      default: nil
      }
    }
  }

  static func inputValue(_ input: ScenarioInput, _ unit: InputSpec.Unit, _ style: NumberStyle) -> String {
    let range = input.quantity.deterministicRange
    // Shares read as percentages; everything else as plain numbers, so the
    // arithmetic on the line can be redone by hand.
    let text = unit == .share ? style.quantity(range, unit: .share) : style.compactRange(range, maximum: 4)
    return range.isPoint ? text : "[\(text)]"
  }

  /// How tightly a rendered term binds: operators by their precedence, a
  /// negation (or a negative number) between `×` and `^`, everything else
  /// (names, numbers, calls) as an atom.
  static func precedence(_ term: Traced.Term, text: String) -> Double {
    switch term {
    case .operation(let op, _, _): Double(op.precedence)
    case .negation: 2.5
    default: text.hasPrefix("-") ? 2.5 : 4
    }
  }

  /// Infix rendering with the fewest parentheses that keep the meaning; a
  /// negation as the right operand is parenthesised for readability
  /// (`a - (-b)`).
  ///
  /// - Parameters:
  ///   - separator: between function arguments.
  ///   - leaf: the text of a term shown without looking inside it, or nil.
  static func render(_ value: Traced, separator: String, leaf: (Traced.Term) -> String?) -> String {
    if let text = leaf(value.term) { return text }
    func child(_ value: Traced) -> (text: String, precedence: Double) {
      let text = render(value, separator: separator, leaf: leaf)
      return (text, precedence(value.term, text: text))
    }
    switch value.term {
    case .operation(let op, let lhs, let rhs):
      let own = Double(op.precedence)
      let left = child(lhs)
      let right = child(rhs)
      // `^` groups to the right, the others to the left.
      let leftNeeds = op == .power ? left.precedence <= own : left.precedence < own
      let rightNeeds =
        right.precedence == 2.5
        || (op == .power
          ? right.precedence < own
          : right.precedence < own || (right.precedence == own && (op == .subtract || op == .divide)))
      let leftText = leftNeeds ? "(\(left.text))" : left.text
      let rightText = rightNeeds ? "(\(right.text))" : right.text
      return "\(leftText) \(op.rawValue) \(rightText)"
    case .negation(let operand):
      let inner = child(operand)
      return inner.precedence < 3 ? "-(\(inner.text))" : "-\(inner.text)"
    case .function(let name, let arguments):
      return "\(name)(" + arguments.map { child($0).text }.joined(separator: separator) + ")"
    case .condition(let lhs, let comparison, let rhs, let then, let otherwise):
      let condition = "\(child(lhs).text) \(comparison.rawValue) \(child(rhs).text)"
      return "if(" + [condition, child(then).text, child(otherwise).text].joined(separator: separator) + ")"
    case .constant, .input, .named:
      return ""  // leaves are rendered by `leaf`
    }
  }
}
