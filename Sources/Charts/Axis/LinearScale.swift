/// A linear map from data values to chart coordinates.
///
/// ```swift
/// let y = LinearScale(domain: 0, 100, range: 300, 20)   // up is smaller y in SVG
/// y(0)    // 300
/// y(50)   // 160
/// ```
package struct LinearScale: Sendable, Equatable {
  /// The data value mapped to ``rangeStart``.
  package var domainStart: Double
  /// The data value mapped to ``rangeEnd``.
  package var domainEnd: Double
  /// The coordinate of ``domainStart``.
  package var rangeStart: Double
  /// The coordinate of ``domainEnd``.
  package var rangeEnd: Double

  package init(domain start: Double, _ end: Double, range rangeStart: Double, _ rangeEnd: Double) {
    domainStart = start
    domainEnd = end
    self.rangeStart = rangeStart
    self.rangeEnd = rangeEnd
  }

  /// The scale over an axis's ticks, from the first to the last.
  package init(_ ticks: AxisTicks, range rangeStart: Double, _ rangeEnd: Double) {
    self.init(domain: ticks.lower, ticks.upper, range: rangeStart, rangeEnd)
  }

  /// The coordinate of `value`; the middle of the range when the domain is
  /// empty, so a chart never receives NaN.
  package func callAsFunction(_ value: Double) -> Double {
    let span = domainEnd - domainStart
    guard span != 0, span.isFinite, value.isFinite else { return rangeStart + (rangeEnd - rangeStart) / 2 }
    return rangeStart + (value - domainStart) / span * (rangeEnd - rangeStart)
  }

  /// The coordinate of `value`, kept inside the range.
  package func clamped(_ value: Double) -> Double {
    let x = self(value)
    return min(max(x, min(rangeStart, rangeEnd)), max(rangeStart, rangeEnd))
  }
}
