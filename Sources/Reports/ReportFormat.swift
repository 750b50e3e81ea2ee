/// The output formats of `--format`.
package enum ReportFormat: String, CaseIterable, Sendable {
  /// An aligned table for the terminal, in Danish by default.
  case text
  /// GitHub-flavoured Markdown, ready to paste into a document.
  case markdown
  /// Comma-separated values with plain numbers, one header row.
  case csv
  /// JSON in the documented shape, plain numbers in base units (kroner).
  case json
  /// The Markdown output as one self-contained HTML page (``MarkdownPage``);
  /// the `report` command writes the fuller page with charts.
  case html
}
