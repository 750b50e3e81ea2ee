/// Evaluates a ``FormulaModel``'s expressions with any ``ModelValue``: the
/// one piece of code behind a formula solution's ranges, traces and Monte
/// Carlo columns.
///
/// Named intermediates are computed once, in order, and then looked up, so a
/// name used in several places costs one evaluation.
///
/// - Complexity: one `ModelValue` operation per node; for sample columns each
///   operation is one pass over the batch, as for the built-in models.
struct FormulaEvaluator<V: ModelValue> {
  /// One value per model input.
  let arguments: [V]
  /// The intermediates computed so far, in ``FormulaModel/intermediates`` order.
  private(set) var intermediates: [V] = []

  init(arguments: [V]) {
    self.arguments = arguments
  }

  /// Computes every intermediate of `model` in order, passing each through
  /// `finish` (which may name it or narrow its range) before later ones use it.
  mutating func computeIntermediates(of model: FormulaModel, _ finish: (Int, V) -> V = { $1 }) {
    intermediates.reserveCapacity(model.intermediates.count)
    for (index, intermediate) in model.intermediates.enumerated() {
      intermediates.append(finish(index, value(of: intermediate.expression)))
    }
  }

  /// Computes only the intermediates at `needed` (ascending indices, closed
  /// under dependency); the others hold a placeholder that is never read.
  mutating func computeIntermediates(of model: FormulaModel, only needed: [Int]) {
    intermediates = [V](repeating: V(constant: 0), count: model.intermediates.count)
    for index in needed {
      intermediates[index] = value(of: model.intermediates[index].expression)
    }
  }

  /// The value of `expression`; every intermediate it refers to must have
  /// been computed.
  func value(of expression: FormulaExpression) -> V {
    switch expression.node {
    case .number(let x):
      return V(constant: x)
    case .input(let index):
      return arguments[index]
    case .intermediate(let index):
      return intermediates[index]
    case .negation(let operand):
      return -value(of: operand)
    case .binary(let op, let lhs, let rhs):
      let a = value(of: lhs)
      let b = value(of: rhs)
      switch op {
      case .add: return a + b
      case .subtract: return a - b
      case .multiply: return a * b
      case .divide: return a / b
      case .power: return V.power(a, b)
      }
    case .call(let function, let arguments):
      var values = arguments.map(value(of:))
      guard !values.isEmpty else { return V(constant: 0) }  // the parser requires arguments
      let first = values.removeFirst()
      switch function {
      case .minimum: return values.reduce(first, V.minimum)
      case .maximum: return values.reduce(first, V.maximum)
      case .round(let places): return first.rounded(places: places)
      }
    case .condition(let lhs, let comparison, let rhs, let then, let otherwise):
      return V.select(value(of: lhs), comparison, value(of: rhs), then: value(of: then), else: value(of: otherwise))
    }
  }
}
