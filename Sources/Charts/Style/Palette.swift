/// Colours for charts: the Okabe–Ito palette, which stays distinguishable
/// for the common forms of colour blindness and in greyscale print when
/// paired with labels, plus the neutral greys of text, axes and grid.
///
/// Okabe, M. & Ito, K. (2008), *Color Universal Design*: eight colours.
package enum Palette {
  package static let orange = "#E69F00"
  package static let skyBlue = "#56B4E9"
  package static let bluishGreen = "#009E73"
  package static let yellow = "#F0E442"
  package static let blue = "#0072B2"
  package static let vermillion = "#D55E00"
  package static let reddishPurple = "#CC79A7"
  package static let black = "#000000"

  /// The series colours in the order charts use them (yellow last: it is
  /// hard to read on white).
  package static let series = [blue, orange, bluishGreen, vermillion, skyBlue, reddishPurple, yellow, black]

  /// Body text on charts.
  package static let text = "#1F2933"
  /// Secondary text: axis titles, tick labels.
  package static let mutedText = "#52606D"
  /// Axis lines and tick marks.
  package static let axis = "#7B8794"
  /// Grid lines behind the data.
  package static let grid = "#E4E7EB"

  /// The colour of series `index`, cycling through ``series``.
  package static func color(_ index: Int) -> String {
    series[((index % series.count) + series.count) % series.count]
  }
}
