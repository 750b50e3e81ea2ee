import WorkforceModel

/// A table of typed cells, written once and rendered as Markdown or text
/// (numbers rounded and styled for people), CSV (plain numbers, full
/// precision, in a standard or Danish dialect) or an .xlsx sheet (numbers as
/// numbers).
///
/// A range column becomes two columns in CSV and spreadsheets, `… (lav)` and
/// `… (høj)`, so that every cell holds one number.
package struct ReportTable: Sendable {
  /// How a number is shown to people; machine formats always get the full number.
  package enum Format: Sendable, Hashable {
    /// Kroner shown in millions with one decimal: `22,0`.
    case millions
    /// Whole kroner: `13.500.000`.
    case kroner
    /// Årsværk with one decimal.
    case fte
    /// A share as a percentage with `decimals` decimals.
    case percent(decimals: Int)
    /// A plain number with `decimals` decimals.
    case decimal(Int)
    /// A calendar year or a count, no grouping: `2027`.
    case year
    /// As few decimals as the number needs, at most two: `13,25`, `725.000`.
    case compact
  }

  /// One cell.
  package enum Cell: Sendable {
    case text(String)
    case number(Double, Format)
    case range(Interval, Format)
    case empty

    /// A number or, when `nil`, an empty cell.
    package static func optional(_ value: Double?, _ format: Format) -> Cell {
      value.map { .number($0, format) } ?? .empty
    }

    /// A range or, when `nil`, an empty cell.
    package static func optional(_ value: Interval?, _ format: Format) -> Cell {
      value.map { .range($0, format) } ?? .empty
    }
  }

  package struct Column: Sendable {
    package var title: String
    package var alignment: Table.Alignment
    /// True when the column holds ranges (two columns in CSV and spreadsheets).
    package var isRange: Bool
    /// The title in CSV and spreadsheets, where amounts are whole kroner
    /// rather than millions (`Projekt, kr.` for `Projekt, mio. kr.`).
    package var machineTitle: String

    package init(_ title: String, _ alignment: Table.Alignment = .right, range: Bool = false, machine: String? = nil) {
      self.title = title
      self.alignment = alignment
      isRange = range
      machineTitle = machine ?? title
    }
  }

  /// A short machine name: the CSV `--table` name.
  package var id: String
  /// The spreadsheet tab's name (at most 31 characters).
  package var sheetName: String
  package var title: String
  package var columns: [Column]
  package var rows: [[Cell]]
  /// Lines printed under the table (legend, sources).
  package var notes: [String]

  package init(
    id: String, sheet: String? = nil, title: String, columns: [Column], rows: [[Cell]] = [], notes: [String] = []
  ) {
    self.id = id
    sheetName = sheet ?? id
    self.title = title
    self.columns = columns
    self.rows = rows
    self.notes = notes
  }

  package mutating func append(_ row: [Cell]) { rows.append(row) }

  // MARK: - For people

  /// The table with every cell formatted for people.
  package func display(_ style: NumberStyle) -> Table {
    var table = Table(columns: columns.map { Table.Column($0.title, $0.alignment) })
    for row in rows {
      table.append(row.map { Self.text($0, style) })
    }
    return table
  }

  static func text(_ cell: Cell, _ style: NumberStyle) -> String {
    switch cell {
    case .text(let text): return text
    case .empty: return "–"
    case .number(let value, let format): return number(value, format, style)
    case .range(let range, let format):
      let low = number(range.low, format, style)
      let high = number(range.high, format, style)
      return low == high ? low : "\(low) – \(high)"
    }
  }

  static func number(_ value: Double, _ format: Format, _ style: NumberStyle) -> String {
    switch format {
    case .millions: return style.number(value / 1e6, decimals: 1)
    case .kroner: return style.number(value, decimals: 0)
    case .fte: return style.number(value, decimals: 1)
    case .percent(let decimals):
      return style.number(value * 100, decimals: decimals) + (style.language == .da ? " %" : "%")
    case .decimal(let decimals): return style.number(value, decimals: decimals)
    case .year: return value.isFinite ? String(Int(value.rounded())) : "–"
    case .compact: return style.compact(value, maximum: 2)
    }
  }

  /// Markdown: a `###` heading, the table and its notes.
  package func markdown(_ style: NumberStyle, level: Int = 3) -> String {
    var text = String(repeating: "#", count: level) + " \(title)\n\n" + display(style).markdown()
    if !notes.isEmpty { text += "\n" + notes.map { "\($0)\n" }.joined(separator: "\n") }
    return text
  }

  /// Plain text: the title, the aligned table and its notes.
  package func plainText(_ style: NumberStyle) -> String {
    var text = title + "\n" + display(style).text()
    for note in notes { text += note + "\n" }
    return text
  }

  // MARK: - For machines

  /// The column titles with range columns split in two.
  package func machineHeader(_ language: Language) -> [String] {
    columns.flatMap { column in
      column.isRange
        ? [
          column.machineTitle + language.pick(" (lav)", " (low)"),
          column.machineTitle + language.pick(" (høj)", " (high)"),
        ]
        : [column.machineTitle]
    }
  }

  /// A machine cell: text, or a number at full precision.
  package enum MachineCell: Sendable, Hashable {
    case text(String)
    case number(Double, Format)
    case empty
  }

  /// The rows with range cells split in two.
  package var machineRows: [[MachineCell]] {
    rows.map { row in
      var cells: [MachineCell] = []
      for (index, column) in columns.enumerated() {
        let cell = index < row.count ? row[index] : .empty
        switch cell {
        case .text(let text):
          cells.append(.text(text))
          if column.isRange { cells.append(.empty) }
        case .empty:
          cells.append(.empty)
          if column.isRange { cells.append(.empty) }
        case .number(let value, let format):
          cells.append(.number(value, format))
          if column.isRange { cells.append(.number(value, format)) }
        case .range(let range, let format):
          cells.append(.number(range.low, format))
          cells.append(column.isRange ? .number(range.high, format) : .empty)
        }
      }
      return cells
    }
  }

  /// CSV with plain numbers; the Danish dialect separates with `;` and writes
  /// a decimal comma (`1234,5`), as a Danish spreadsheet program expects.
  package func csv(_ dialect: CSVDialect, language: Language) -> String {
    var table = Table(columns: machineHeader(language).map { Table.Column($0) })
    for row in machineRows {
      table.append(
        row.map { cell in
          switch cell {
          case .text(let text): text
          case .empty: ""
          case .number(let value, _): dialect.number(value)
          }
        })
    }
    return table.csv(separator: dialect.separator)
  }
}

/// The CSV dialects of `--csv-dialect`.
package enum CSVDialect: String, CaseIterable, Sendable {
  /// `,` between fields, `.` as the decimal mark.
  case standard
  /// `;` between fields, `,` as the decimal mark (Danish Excel and LibreOffice).
  case danish

  package var separator: Character { self == .danish ? ";" : "," }

  /// A number in full precision in this dialect; non-finite numbers are empty.
  package func number(_ x: Double) -> String {
    guard x.isFinite else { return "" }
    let text = PlainNumber.text(x)
    return self == .danish ? text.replacingOccurrences(of: ".", with: ",") : text
  }
}
