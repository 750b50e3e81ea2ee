import WorkforceModel

/// A parsed formula before its names are resolved: what ``FormulaParser``
/// returns and the scenario decoder turns into a ``FormulaExpression``.
struct FormulaSyntax: Sendable, Hashable {
  indirect enum Node: Sendable, Hashable {
    case number(Double)
    /// A name: an input, an assumption or a `let` name.
    case name(String)
    case negation(FormulaSyntax)
    case binary(FormulaOperator, FormulaSyntax, FormulaSyntax)
    case call(FormulaFunction, [FormulaSyntax])
    case condition(FormulaSyntax, ComparisonOperator, FormulaSyntax, then: FormulaSyntax, else: FormulaSyntax)
  }

  var node: Node
  /// The offsets, in Unicode scalars, of the text this node was parsed from.
  var span: Range<Int>

  init(_ node: Node, _ span: Range<Int>) {
    self.node = node
    self.span = span
  }

  /// The direct subexpressions, in reading order.
  var children: [FormulaSyntax] {
    switch node {
    case .number, .name: []
    case .negation(let operand): [operand]
    case .binary(_, let lhs, let rhs): [lhs, rhs]
    case .call(_, let arguments): arguments
    case .condition(let lhs, _, let rhs, let then, let otherwise): [lhs, rhs, then, otherwise]
    }
  }

  /// Every name referred to, with its span, in reading order.
  var references: [(name: String, span: Range<Int>)] {
    if case .name(let name) = node { return [(name, span)] }
    return children.flatMap(\.references)
  }

  /// The resolved expression, with each name replaced by `resolve(name)`.
  func resolved(_ resolve: (String) -> FormulaExpression.Node) -> FormulaExpression {
    let resolvedNode: FormulaExpression.Node
    switch node {
    case .number(let x): resolvedNode = .number(x)
    case .name(let name): resolvedNode = resolve(name)
    case .negation(let operand): resolvedNode = .negation(operand.resolved(resolve))
    case .binary(let op, let lhs, let rhs): resolvedNode = .binary(op, lhs.resolved(resolve), rhs.resolved(resolve))
    case .call(let function, let arguments): resolvedNode = .call(function, arguments.map { $0.resolved(resolve) })
    case .condition(let lhs, let comparison, let rhs, let then, let otherwise):
      resolvedNode = .condition(
        lhs.resolved(resolve), comparison, rhs.resolved(resolve), then: then.resolved(resolve),
        else: otherwise.resolved(resolve))
    }
    return FormulaExpression(resolvedNode, span: span)
  }
}
