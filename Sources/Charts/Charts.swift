/// A chart: a pure function of its data to SVG text, with the same data as a
/// table for readers who cannot see the picture.
///
/// Every chart of this module is a value type holding its data and labels;
/// ``svg()`` and ``table()`` compute their text from it and nothing else (no
/// files, no clocks, no randomness), so the same data always gives the same
/// bytes.
package protocol Chart: Sendable {
  /// The chart as a standalone `<svg>` element with a `<title>` and `<desc>`.
  func svg() -> String
  /// The data behind the chart, as the table alternative.
  func table() -> ChartTable
}
