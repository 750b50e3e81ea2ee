/// The data of a chart as a table of text cells: the accessible alternative
/// to the picture, which a report prints beside it.
package struct ChartTable: Sendable, Equatable {
  /// One column: its header and whether it holds numbers (aligned right).
  package struct Column: Sendable, Equatable {
    package var title: String
    package var isNumeric: Bool

    package init(_ title: String, numeric: Bool = false) {
      self.title = title
      isNumeric = numeric
    }
  }

  /// A sentence naming what the table shows.
  package var caption: String
  package var columns: [Column]
  /// One array of cells per row, one cell per column.
  package var rows: [[String]]

  package init(caption: String, columns: [Column], rows: [[String]]) {
    self.caption = caption
    self.columns = columns
    self.rows = rows
  }
}
