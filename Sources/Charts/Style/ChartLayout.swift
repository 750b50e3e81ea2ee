/// Sizes shared by every chart, in points (SVG user units). Charts scale as a
/// whole in the page, so text keeps these proportions to the data.
package enum ChartLayout {
  /// The default chart width: the text column of the HTML report.
  package static let width: Double = 720
  /// Tick labels, legends and bar labels.
  package static let fontSize: Double = 12
  /// Axis titles and notes.
  package static let smallFontSize: Double = 11
  /// The height of one line of chart text, baseline to baseline.
  package static let lineHeight: Double = 16
  /// The least horizontal space between two labels.
  package static let labelGap: Double = 10
  /// Padding between the chart's edge and anything drawn.
  package static let padding: Double = 8
  /// Legend swatch size.
  package static let swatch: Double = 12
  /// How far text reaches above its baseline (cap height plus accents), as a
  /// share of the font size; for placing a line of text inside a box.
  static let ascent: Double = 0.76
  /// How far text reaches below its baseline, as a share of the font size.
  static let descent: Double = 0.24
}
