/// A comparison in a formula's condition, `if(a > b, x, y)`.
package enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case equal = "=="
  case notEqual = "!="

  /// Whether `lhs <op> rhs` holds for two numbers.
  package func holds(_ lhs: Double, _ rhs: Double) -> Bool {
    switch self {
    case .less: lhs < rhs
    case .lessOrEqual: lhs <= rhs
    case .greater: lhs > rhs
    case .greaterOrEqual: lhs >= rhs
    case .equal: lhs == rhs
    case .notEqual: lhs != rhs
    }
  }

  /// Whether `a <op> b` holds for every choice of `a` in `lhs` and `b` in
  /// `rhs` (`true`), for none (`false`), or for some but not all (`nil`).
  ///
  /// ```swift
  /// ComparisonOperator.less.truth(Interval(1, 2), Interval(3, 4))  // true
  /// ComparisonOperator.less.truth(Interval(1, 3), Interval(2, 4))  // nil
  /// ```
  package func truth(_ lhs: Interval, _ rhs: Interval) -> Bool? {
    switch self {
    case .less:
      if lhs.high < rhs.low { return true }
      if lhs.low >= rhs.high { return false }
    case .lessOrEqual:
      if lhs.high <= rhs.low { return true }
      if lhs.low > rhs.high { return false }
    case .greater:
      return ComparisonOperator.less.truth(rhs, lhs)
    case .greaterOrEqual:
      return ComparisonOperator.lessOrEqual.truth(rhs, lhs)
    case .equal:
      if lhs.isPoint && rhs.isPoint && lhs.low == rhs.low { return true }
      if lhs.high < rhs.low || rhs.high < lhs.low { return false }
    case .notEqual:
      return ComparisonOperator.equal.truth(lhs, rhs).map { !$0 }
    }
    return nil
  }
}
