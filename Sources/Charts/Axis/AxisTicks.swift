import Foundation

/// The tick values of one axis: evenly spaced "nice" numbers that cover the
/// data, with the step and the decimals needed to print them.
///
/// ```swift
/// let ticks = AxisTicks(covering: 3.2, 47.9, maxCount: 6)
/// ticks.values    // [0, 10, 20, 30, 40, 50]
/// ticks.decimals  // 0
/// ```
///
/// A step is 1, 2, 2.5 or 5 times a power of ten: the smallest such step for
/// which the ticks from ⌊low/step⌋·step to ⌈high/step⌉·step number at most
/// `maxCount`. The first and last tick therefore enclose the data, and the
/// chart's scale runs from the first to the last tick.
package struct AxisTicks: Sendable, Equatable {
  /// The tick values, ascending, every one a whole multiple of ``step``.
  package var values: [Double]
  /// The distance between neighbouring ticks.
  package var step: Double
  /// The decimals that print every tick exactly (2.5 needs 1, 0.25 needs 2).
  package var decimals: Int

  /// The first tick: the lower end of the axis.
  package var lower: Double { values.first ?? 0 }
  /// The last tick: the upper end of the axis.
  package var upper: Double { values.last ?? 1 }

  /// The mantissas of nice steps, smallest first.
  static let mantissas: [Double] = [1, 2, 2.5, 5]

  /// Ticks covering `[low, high]`.
  ///
  /// - Parameters:
  ///   - low: The smallest value to show.
  ///   - high: The largest value to show (swapped with `low` if smaller).
  ///   - maxCount: The most ticks wanted; values below 3 are taken as 3,
  ///     since a range around zero needs a tick on each side of it.
  /// - Returns: At most `maxCount` ticks whose first is ≤ `low` and last ≥ `high`.
  ///   An empty range `low == high` is widened by 10 % of its value each way
  ///   (all zeros, a non-finite value or a span beyond the largest `Double`
  ///   give the ticks of `[0, 1]`).
  package init(covering low: Double, _ high: Double, maxCount: Int) {
    var low = low
    var high = high
    if !low.isFinite || !high.isFinite {
      low = 0
      high = 1
    }
    if high < low { swap(&low, &high) }
    if high == low {
      let pad = abs(low) * 0.1
      low -= pad
      high += pad
    }
    // A zero or denormal span (all values 0) or one that overflows: the unit range.
    if !(high - low > 1e-300) || !(high - low).isFinite {
      low = 0
      high = 1
    }
    let maxCount = max(3, maxCount)
    let raw = (high - low) / Double(maxCount - 1)
    let exponent = Int(floor(log10(raw)))
    var chosen: (first: Double, last: Double, step: Double, mantissa: Double, exponent: Int)?
    search: for e in (exponent - 1)...(exponent + 3) {
      for mantissa in Self.mantissas {
        let step = mantissa * Self.power(e)
        // A small tolerance so that 0.30000000000000004 / 0.1 stays on tick 3.
        let first = floor(low / step + 1e-9)
        let last = ceil(high / step - 1e-9)
        if last - first + 1 <= Double(maxCount) {
          chosen = (first, last, step, mantissa, e)
          break search
        }
      }
    }
    // The loop always finds a step: at 10^(exponent+3) the range spans less than one step.
    let pick = chosen ?? (floor(low), ceil(high), 1, 1, 0)
    let decimals = max(0, -pick.exponent + (pick.mantissa == 2.5 ? 1 : 0))
    let decimalScale = Self.power(decimals)
    step = pick.step
    self.decimals = decimals
    values = stride(from: pick.first, through: pick.last, by: 1).map { index in
      // Multiply the integer index (exact) and round away binary noise at
      // the printed precision: 3 × 0.1 is 0.3, not 0.30000000000000004.
      let value = index * pick.step
      let cleaned = decimals <= 12 ? (value * decimalScale).rounded() / decimalScale : value
      return cleaned == 0 ? 0 : cleaned  // no −0
    }
  }

  /// Ticks whose labels fit side by side on a horizontal axis of `length`
  /// points: the most ticks (at most `maxCount`) whose widest label plus
  /// `gap` fits between neighbouring ticks.
  ///
  /// - Parameters:
  ///   - low: The smallest value to show.
  ///   - high: The largest value to show.
  ///   - length: The axis length in points.
  ///   - maxCount: The most ticks wanted.
  ///   - gap: The least free space between two labels, in points.
  ///   - labelWidth: The width of the widest label of a set of ticks.
  /// - Returns: The densest ticks that do not overlap (3 ticks at least).
  package static func fitting(
    _ low: Double, _ high: Double, length: Double, maxCount: Int, gap: Double = 12,
    labelWidth: (AxisTicks) -> Double
  ) -> AxisTicks {
    var count = max(3, maxCount)
    while true {
      let ticks = AxisTicks(covering: low, high, maxCount: count)
      let spacing = length / Double(max(1, ticks.values.count - 1))
      if spacing >= labelWidth(ticks) + gap || count <= 3 { return ticks }
      count -= 1
    }
  }

  /// 10^exponent, exactly for the exponents charts use.
  static func power(_ exponent: Int) -> Double {
    var result = 1.0
    if exponent >= 0 {
      for _ in 0..<exponent { result *= 10 }
    } else {
      for _ in 0..<(-exponent) { result /= 10 }
    }
    return result
  }
}
