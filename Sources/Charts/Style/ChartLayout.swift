/// Sizes shared by every chart, in points (SVG user units). Charts scale as a
/// whole in the page, so text keeps these proportions to the data.
public enum ChartLayout {
  /// The default chart width: the text column of the HTML report.
  public static let width: Double = 720
  /// Tick labels, legends and bar labels.
  public static let fontSize: Double = 12
  /// Axis titles and notes.
  public static let smallFontSize: Double = 11
  /// The height of one line of chart text, baseline to baseline.
  public static let lineHeight: Double = 16
  /// The least horizontal space between two labels.
  public static let labelGap: Double = 10
  /// Padding between the chart's edge and anything drawn.
  public static let padding: Double = 8
  /// Legend swatch size.
  public static let swatch: Double = 12
  /// How far text reaches above its baseline (cap height plus accents), as a
  /// share of the font size; for placing a line of text inside a box.
  static let ascent: Double = 0.76
  /// How far text reaches below its baseline, as a share of the font size.
  static let descent: Double = 0.24
}
