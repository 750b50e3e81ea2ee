/// The language of labels and the style of numbers in reports.
package enum Language: String, CaseIterable, Sendable {
  /// Danish: `1.234,5`, `25 %`, `mio. kr.` (the default).
  case da
  /// English: `1,234.5`, `25%`, `m DKK`.
  case en

  /// Picks the Danish or English text.
  package func pick(_ danish: String, _ english: String) -> String {
    self == .da ? danish : english
  }
}
