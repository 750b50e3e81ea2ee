import Charts
import XMLEscaping

/// HTML building blocks: escaping, tables and figures with their table alternative.
extension HTMLReport {
  /// Text escaped for HTML element content and attribute values.
  static func escape(_ text: String) -> String { XMLText.escape(text) }

  /// One table cell: its text (escaped when rendered), whether it is a
  /// number (aligned right), and an optional class.
  struct Cell {
    var text: String
    var numeric = false
    var html: String?
    var className: String?

    init(_ text: String, numeric: Bool = false, className: String? = nil) {
      self.text = text
      self.numeric = numeric
      self.className = className
    }

    /// A cell whose content is markup built by the report (already escaped).
    static func markup(_ html: String, className: String? = nil) -> Cell {
      var cell = Cell("", className: className)
      cell.html = html
      return cell
    }

    var rendered: String {
      let classes = [numeric ? "num" : nil, className].compactMap { $0 }
      let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
      return "<td\(attribute)>\(html ?? HTMLReport.escape(text))</td>"
    }
  }

  /// A table with a header row; `total` rows are set off in bold.
  static func table(
    columns: [ChartTable.Column], rows: [[Cell]], totalRows: Set<Int> = [], caption: String? = nil,
    className: String? = nil
  ) -> String {
    var text = "<div class=\"table-wrap\">\n<table\(className.map { " class=\"\($0)\"" } ?? "")>\n"
    if let caption { text += "<caption>\(escape(caption))</caption>\n" }
    text += "<thead><tr>"
    text += columns.map { "<th scope=\"col\"\($0.isNumeric ? " class=\"num\"" : "")>\(escape($0.title))</th>" }.joined()
    text += "</tr></thead>\n<tbody>\n"
    for (index, row) in rows.enumerated() {
      text += totalRows.contains(index) ? "<tr class=\"total\">" : "<tr>"
      text += row.map(\.rendered).joined() + "</tr>\n"
    }
    return text + "</tbody>\n</table>\n</div>\n"
  }

  /// A chart's data table, numbers aligned right.
  static func table(_ data: ChartTable) -> String {
    table(
      columns: data.columns,
      rows: data.rows.map { row in
        zip(data.columns, row).map { Cell($1, numeric: $0.isNumeric) }
      },
      caption: data.caption, className: "data-table")
  }

  /// A chart as a figure: the SVG, a caption, and the data as a table that
  /// readers (and screen readers) can open.
  func figure(_ chart: some Chart, id: String, caption: String) -> String {
    var text = "<figure id=\"\(Self.escape(id))\">\n<div class=\"chart\">\n"
    text += chart.svg()
    text += "</div>\n<figcaption>\(Self.escape(caption))</figcaption>\n"
    text +=
      "<details class=\"data\">\n<summary>\(Self.escape(language.pick("Data bag figuren som tabel", "The figure's data as a table")))</summary>\n"
    text += Self.table(chart.table())
    text += "</details>\n</figure>\n"
    return text
  }

  /// A paragraph saying a part of the report is not available, and why.
  static func unavailable(_ text: String) -> String {
    "<p class=\"unavailable\">\(escape(text))</p>\n"
  }

  /// A paragraph of plain text.
  static func paragraph(_ text: String, className: String? = nil) -> String {
    "<p\(className.map { " class=\"\($0)\"" } ?? "")>\(escape(text))</p>\n"
  }
}
