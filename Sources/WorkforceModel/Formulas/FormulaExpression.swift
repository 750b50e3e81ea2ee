/// A checked formula of a `model: formula` solution: a tree whose leaves are
/// numbers, the model's inputs and its named intermediates (`let:`).
///
/// The scenario loader parses the formula text once, resolves every name to
/// an index and checks the result (unknown names, cycles, divisions by a range
/// that contains zero) before a ``FormulaModel`` is built from it, so
/// evaluation cannot fail. Each node keeps the span of formula text it was
/// parsed from, for messages that point inside the formula.
package struct FormulaExpression: Sendable, Hashable {
  /// What a node computes.
  package indirect enum Node: Sendable, Hashable {
    /// A number written in the formula (`60`, `25%`, `2mio`).
    case number(Double)
    /// The model input at this index of ``FormulaModel/inputs``.
    case input(Int)
    /// The named intermediate at this index of ``FormulaModel/intermediates``,
    /// always one computed before the node that refers to it.
    case intermediate(Int)
    /// `-x`.
    case negation(FormulaExpression)
    /// `a + b`, `a - b`, `a * b`, `a / b`, `a ^ b`.
    case binary(FormulaOperator, FormulaExpression, FormulaExpression)
    /// `min(a, b, …)`, `max(a, b, …)`, `round(x)`, `round(x, places)`.
    case call(FormulaFunction, [FormulaExpression])
    /// `if(lhs <comparison> rhs, then, else)`.
    case condition(
      FormulaExpression, ComparisonOperator, FormulaExpression, then: FormulaExpression, else: FormulaExpression)
  }

  package var node: Node
  /// The offsets, in Unicode scalars from the start of the formula text, of
  /// the text this node was parsed from.
  package var span: Range<Int>

  package init(_ node: Node, span: Range<Int>) {
    self.node = node
    self.span = span
  }

  /// The direct subexpressions, in reading order.
  package var children: [FormulaExpression] {
    switch node {
    case .number, .input, .intermediate: []
    case .negation(let operand): [operand]
    case .binary(_, let lhs, let rhs): [lhs, rhs]
    case .call(_, let arguments): arguments
    case .condition(let lhs, _, let rhs, let then, let otherwise): [lhs, rhs, then, otherwise]
    }
  }

  /// Every node of the tree, this one first (pre-order).
  package var allNodes: [FormulaExpression] {
    var nodes: [FormulaExpression] = []
    func visit(_ expression: FormulaExpression) {
      nodes.append(expression)
      for child in expression.children { visit(child) }
    }
    visit(self)
    return nodes
  }
}

/// A binary operator of the formula language.
package enum FormulaOperator: String, Sendable, Hashable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case power = "^"
}

/// A function of the formula language.
package enum FormulaFunction: Sendable, Hashable {
  /// `min(a, b, …)`: two or more arguments.
  case minimum
  /// `max(a, b, …)`: two or more arguments.
  case maximum
  /// `round(x)` or `round(x, places)`, halves away from zero; `places` is a
  /// whole-number constant written in the formula.
  case round(places: Int)

  /// The name written in formulas.
  package var name: String {
    switch self {
    case .minimum: "min"
    case .maximum: "max"
    case .round: "round"
    }
  }
}
