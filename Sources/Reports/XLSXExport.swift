import Spreadsheet

/// Report tables as an .xlsx workbook: one sheet per table, a bold header row,
/// numbers stored as numbers (kroner, årsværk, shares) with a display format,
/// and the table's title and notes under the data.
package enum XLSXExport {
  /// The workbook of `tables`.
  package static func workbook(_ tables: [ReportTable], language: Language) -> Workbook {
    Workbook(sheets: tables.map { sheet($0, language: language) })
  }

  static func sheet(_ table: ReportTable, language: Language) -> Workbook.Sheet {
    var rows: [[Workbook.Cell]] = [table.machineHeader(language).map { .text($0, bold: true) }]
    for row in table.machineRows {
      rows.append(
        row.map { cell in
          switch cell {
          case .text(let text): .text(text)
          case .empty: .empty
          case .number(let value, let format): value.isFinite ? .number(value, numberFormat(format)) : .empty
          }
        })
    }
    rows.append([])
    rows.append([.text(table.title, bold: true)])
    for note in table.notes { rows.append([.text(note)]) }
    return Workbook.Sheet(name: table.sheetName, rows: rows)
  }

  /// Money is stored in whole kroner, whatever the display in Markdown.
  static func numberFormat(_ format: ReportTable.Format) -> Workbook.NumberFormat {
    switch format {
    case .millions, .kroner: .integer
    case .fte: .oneDecimal
    case .percent: .percent
    case .decimal(let decimals):
      decimals == 0 ? .integer : decimals == 1 ? .oneDecimal : decimals == 2 ? .twoDecimals : .fourDecimals
    case .year: .plain
    case .compact: .general
    }
  }
}
