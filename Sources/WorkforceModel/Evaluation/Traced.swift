/// A model value that remembers how it was computed, for `workforce explain`.
///
/// Evaluating a model with `Traced` arguments gives, for each figure, its
/// interval value and the expression tree that produced it, with every input
/// (and its source) at the leaves and named intermediates as sub-steps.
package struct Traced: ModelValue {
  /// An arithmetic operator in a trace.
  package enum Operator: String, Sendable, Hashable {
    case add = "+"
    case subtract = "-"
    case multiply = "×"
    case divide = "÷"
    case power = "^"

    /// Binding strength: `^` binds tighter than `×` and `÷`, which bind
    /// tighter than `+` and `-`.
    package var precedence: Int {
      switch self {
      case .add, .subtract: 1
      case .multiply, .divide: 2
      case .power: 3
      }
    }
  }

  /// How a traced value was computed.
  package indirect enum Term: Sendable {
    /// A number written in the formula, e.g. the 60 minutes of an hour.
    case constant(Double)
    /// A scenario input, with the unit its model measures it in.
    case input(ScenarioInput, InputSpec.Unit)
    /// A binary operation.
    case operation(Operator, Traced, Traced)
    /// A named intermediate quantity (shown by name inside larger formulas).
    case named(String, Traced)
    /// Negation, `-x`.
    case negation(Traced)
    /// A function of the formula language, `min`, `max` or `round`, with its
    /// arguments (for `round`, the number of decimals is a constant argument).
    case function(String, [Traced])
    /// `if(lhs <comparison> rhs, then, else)`.
    case condition(Traced, ComparisonOperator, Traced, then: Traced, else: Traced)
  }

  /// The value: the deterministic range of the expression.
  package var value: Interval
  package var term: Term

  package init(constant: Double) {
    value = Interval(constant: constant)
    term = .constant(constant)
  }

  /// A leaf for a scenario input, valued at its deterministic range.
  package init(input: ScenarioInput, unit: InputSpec.Unit) {
    value = input.quantity.deterministicRange
    term = .input(input, unit)
  }

  private init(_ op: Operator, _ lhs: Traced, _ rhs: Traced, value: Interval) {
    self.value = value
    term = .operation(op, lhs, rhs)
  }

  private init(term: Term, value: Interval) {
    self.term = term
    self.value = value
  }

  package static func + (lhs: Traced, rhs: Traced) -> Traced {
    Traced(.add, lhs, rhs, value: lhs.value + rhs.value)
  }
  package static func - (lhs: Traced, rhs: Traced) -> Traced {
    Traced(.subtract, lhs, rhs, value: lhs.value - rhs.value)
  }
  package static func * (lhs: Traced, rhs: Traced) -> Traced {
    Traced(.multiply, lhs, rhs, value: lhs.value * rhs.value)
  }
  package static func / (lhs: Traced, rhs: Traced) -> Traced {
    Traced(.divide, lhs, rhs, value: lhs.value / rhs.value)
  }

  package static prefix func - (operand: Traced) -> Traced {
    Traced(term: .negation(operand), value: -operand.value)
  }

  package static func minimum(_ lhs: Traced, _ rhs: Traced) -> Traced {
    Traced(term: .function("min", flattened("min", lhs) + [rhs]), value: .minimum(lhs.value, rhs.value))
  }

  package static func maximum(_ lhs: Traced, _ rhs: Traced) -> Traced {
    Traced(term: .function("max", flattened("max", lhs) + [rhs]), value: .maximum(lhs.value, rhs.value))
  }

  /// `min(min(a, b), c)` reads as `min(a, b, c)`: the arguments of an unnamed
  /// call of the same function are taken over.
  private static func flattened(_ function: String, _ value: Traced) -> [Traced] {
    if case .function(function, let arguments) = value.term { return arguments }
    return [value]
  }

  package func rounded(places: Int) -> Traced {
    let arguments = places == 0 ? [self] : [self, Traced(constant: Double(places))]
    return Traced(term: .function("round", arguments), value: value.rounded(places: places))
  }

  package static func power(_ base: Traced, _ exponent: Traced) -> Traced {
    Traced(.power, base, exponent, value: .power(base.value, exponent.value))
  }

  package static func select(
    _ lhs: Traced, _ comparison: ComparisonOperator, _ rhs: Traced, then: Traced, else otherwise: Traced
  ) -> Traced {
    Traced(
      term: .condition(lhs, comparison, rhs, then: then, else: otherwise),
      value: .select(lhs.value, comparison, rhs.value, then: then.value, else: otherwise.value))
  }

  package func named(_ name: String) -> Traced {
    var traced = self
    traced.term = .named(name, self)
    return traced
  }

  package var enclosure: Interval? { value }

  package func narrowed(to range: Interval) -> Traced {
    var traced = self
    traced.value = value.narrowed(to: range)
    return traced
  }
}

/// "Show your working" for one solution: each named intermediate and each
/// figure with the expression that computes it.
package struct SolutionExplanation: Sendable {
  /// One line of working: `name = expression = value`.
  package struct Step: Sendable {
    package var name: String
    /// The expression, with named intermediates unexpanded.
    package var expression: Traced
    package var value: Interval { expression.value }
  }

  package var solution: Solution
  /// Intermediates first, in the order computed, then `fte`, `project_cost`, `operating_cost`.
  package var steps: [Step]
  /// The unit of each named intermediate.
  package var units: [String: InputSpec.Unit]

  package init(_ solution: Solution) {
    self.solution = solution
    let outputs = solution.model.evaluate(
      zip(solution.arguments, solution.model.inputs).map { Traced(input: $0, unit: $1.unit) })
    var steps = outputs.details.map { detail in
      // A named value's own step shows its definition, not just its name.
      if case .named(_, let inner) = detail.value.term { return Step(name: detail.name, expression: inner) }
      return Step(name: detail.name, expression: detail.value)
    }
    for figure in Figure.allCases {
      steps.append(Step(name: figure.rawValue, expression: outputs[figure]))
    }
    self.steps = steps
    var units: [String: InputSpec.Unit] = [:]
    for detail in outputs.details { units[detail.name] = detail.unit }
    self.units = units
  }

  /// The working of the solutions of `scenario` whose ids are in `solutionIDs`
  /// (all when it is empty), in scenario order.
  package static func explanations(of scenario: Scenario, solutionIDs: [String] = []) -> [SolutionExplanation] {
    scenario.solutions.filter { solutionIDs.isEmpty || solutionIDs.contains($0.id) }.map(SolutionExplanation.init)
  }
}
