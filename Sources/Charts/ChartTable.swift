/// The data of a chart as a table of text cells: the accessible alternative
/// to the picture, which a report prints beside it.
public struct ChartTable: Sendable, Equatable {
  /// One column: its header and whether it holds numbers (aligned right).
  public struct Column: Sendable, Equatable {
    public var title: String
    public var isNumeric: Bool

    public init(_ title: String, numeric: Bool = false) {
      self.title = title
      isNumeric = numeric
    }
  }

  /// A sentence naming what the table shows.
  public var caption: String
  public var columns: [Column]
  /// One array of cells per row, one cell per column.
  public var rows: [[String]]

  public init(caption: String, columns: [Column], rows: [[String]]) {
    self.caption = caption
    self.columns = columns
    self.rows = rows
  }
}
