import Foundation
import WorkforceModel

/// A batch of Monte Carlo draws of one quantity, as a model value.
///
/// Evaluating a model with `SampleColumn` arguments runs each formula once per
/// batch over whole columns, not once per iteration: the same generic model
/// code that gives ranges and explanations gives thousands of samples per call.
/// A constant stays a single number until it meets a column.
///
/// - Complexity: each operation is one pass over the batch, allocating one
///   result column (no per-iteration allocation).
struct SampleColumn: ModelValue {
  enum Storage: Sendable {
    case constant(Double)
    case samples([Double])
  }

  var storage: Storage

  init(constant: Double) { storage = .constant(constant) }
  init(samples: [Double]) { storage = .samples(samples) }

  /// The value of draw `index`.
  subscript(index: Int) -> Double {
    switch storage {
    case .constant(let value): value
    case .samples(let values): values[index]
    }
  }

  /// The draws as a column of `count` values.
  func materialized(count: Int) -> [Double] {
    switch storage {
    case .constant(let value): [Double](repeating: value, count: count)
    case .samples(let values): values
    }
  }

  @inline(__always)
  static func combine(_ lhs: SampleColumn, _ rhs: SampleColumn, _ op: (Double, Double) -> Double) -> SampleColumn {
    switch (lhs.storage, rhs.storage) {
    case (.constant(let a), .constant(let b)):
      return SampleColumn(constant: op(a, b))
    case (.samples(let a), .constant(let b)):
      return SampleColumn(
        samples: [Double](unsafeUninitializedCapacity: a.count) { out, count in
          a.withUnsafeBufferPointer { a in
            for i in 0..<a.count { out[i] = op(a[i], b) }
          }
          count = a.count
        })
    case (.constant(let a), .samples(let b)):
      return SampleColumn(
        samples: [Double](unsafeUninitializedCapacity: b.count) { out, count in
          b.withUnsafeBufferPointer { b in
            for i in 0..<b.count { out[i] = op(a, b[i]) }
          }
          count = b.count
        })
    case (.samples(let a), .samples(let b)):
      precondition(a.count == b.count, "columns of one batch have one length")
      return SampleColumn(
        samples: [Double](unsafeUninitializedCapacity: a.count) { out, count in
          a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
              for i in 0..<a.count { out[i] = op(a[i], b[i]) }
            }
          }
          count = a.count
        })
    }
  }

  /// `op` applied to every draw.
  @inline(__always)
  static func map(_ operand: SampleColumn, _ op: (Double) -> Double) -> SampleColumn {
    switch operand.storage {
    case .constant(let a):
      return SampleColumn(constant: op(a))
    case .samples(let a):
      return SampleColumn(
        samples: [Double](unsafeUninitializedCapacity: a.count) { out, count in
          a.withUnsafeBufferPointer { a in
            for i in 0..<a.count { out[i] = op(a[i]) }
          }
          count = a.count
        })
    }
  }

  /// The number of draws, if any operand is a column (nil: all constants).
  private static func drawCount(_ values: SampleColumn...) -> Int? {
    for value in values {
      if case .samples(let samples) = value.storage { return samples.count }
    }
    return nil
  }

  static func + (lhs: SampleColumn, rhs: SampleColumn) -> SampleColumn { combine(lhs, rhs, +) }
  static func - (lhs: SampleColumn, rhs: SampleColumn) -> SampleColumn { combine(lhs, rhs, -) }
  static func * (lhs: SampleColumn, rhs: SampleColumn) -> SampleColumn { combine(lhs, rhs, *) }
  static func / (lhs: SampleColumn, rhs: SampleColumn) -> SampleColumn { combine(lhs, rhs, /) }

  static prefix func - (operand: SampleColumn) -> SampleColumn { map(operand, -) }
  static func minimum(_ lhs: SampleColumn, _ rhs: SampleColumn) -> SampleColumn { combine(lhs, rhs, Swift.min) }
  static func maximum(_ lhs: SampleColumn, _ rhs: SampleColumn) -> SampleColumn { combine(lhs, rhs, Swift.max) }

  func rounded(places: Int) -> SampleColumn {
    Self.map(self) { ScalarMath.round($0, places: places) }
  }

  static func power(_ base: SampleColumn, _ exponent: SampleColumn) -> SampleColumn {
    combine(base, exponent, ScalarMath.power)
  }

  /// Draw by draw: `then[i]` where `lhs[i] <comparison> rhs[i]`, else `else[i]`.
  /// A comparison of two constants picks a whole operand without a pass.
  static func select(
    _ lhs: SampleColumn, _ comparison: ComparisonOperator, _ rhs: SampleColumn, then: SampleColumn,
    else otherwise: SampleColumn
  ) -> SampleColumn {
    if case .constant(let a) = lhs.storage, case .constant(let b) = rhs.storage {
      return comparison.holds(a, b) ? then : otherwise
    }
    guard let count = drawCount(lhs, rhs, then, otherwise) else { return otherwise }
    return SampleColumn(
      samples: [Double](unsafeUninitializedCapacity: count) { out, initialized in
        for i in 0..<count { out[i] = comparison.holds(lhs[i], rhs[i]) ? then[i] : otherwise[i] }
        initialized = count
      })
  }
}
