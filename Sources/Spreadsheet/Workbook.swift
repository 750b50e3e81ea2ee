/// A spreadsheet workbook written as Office Open XML (.xlsx) with nothing but
/// the standard library: sheets of text and numbers, numbers stored as
/// numbers with a display format, a bold header row frozen at the top.
///
/// ```swift
/// var workbook = Workbook()
/// workbook.sheets.append(Workbook.Sheet(name: "Tilskud", rows: [
///   [.text("Løsning", bold: true), .text("Tilskud, kr.", bold: true)],
///   [.text("ward"), .number(13_500_000, .integer)],
/// ]))
/// let bytes = workbook.xlsx()  // write to a .xlsx file
/// ```
package struct Workbook: Sendable {
  /// How a number is displayed (the stored value is the full number).
  package enum NumberFormat: Sendable, Hashable, CaseIterable {
    /// As the program shows it by default.
    case general
    /// `#,##0`
    case integer
    /// `#,##0.0`
    case oneDecimal
    /// `#,##0.00`
    case twoDecimals
    /// `0.0000` (discount factors)
    case fourDecimals
    /// `0.00%`
    case percent
    /// `0`: a year or a count, no thousands separator.
    case plain
  }

  /// One cell.
  package enum Cell: Sendable, Hashable {
    case text(String, bold: Bool = false)
    case number(Double, NumberFormat = .general)
    case empty
  }

  /// One worksheet.
  package struct Sheet: Sendable {
    /// The tab name; made valid (at most 31 characters, none of `[]:*?/\`) and unique when written.
    package var name: String
    package var rows: [[Cell]]
    /// Column widths in characters; computed from the cells when `nil`.
    package var columnWidths: [Double]?
    /// Rows frozen at the top (the header).
    package var frozenRows: Int

    package init(name: String, rows: [[Cell]], columnWidths: [Double]? = nil, frozenRows: Int = 1) {
      self.name = name
      self.rows = rows
      self.columnWidths = columnWidths
      self.frozenRows = frozenRows
    }
  }

  package var sheets: [Sheet]

  package init(sheets: [Sheet] = []) {
    self.sheets = sheets
  }

  /// The .xlsx file: a zip of the workbook's XML parts.
  package func xlsx() -> [UInt8] {
    var zip = ZipArchive()
    let names = Self.sheetNames(sheets.map(\.name))
    zip.add("[Content_Types].xml", Array(SpreadsheetXML.contentTypes(sheetCount: sheets.count).utf8))
    zip.add("_rels/.rels", Array(SpreadsheetXML.rootRelationships.utf8))
    zip.add("docProps/app.xml", Array(SpreadsheetXML.appProperties.utf8))
    zip.add("xl/workbook.xml", Array(SpreadsheetXML.workbook(names).utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array(SpreadsheetXML.workbookRelationships(sheetCount: sheets.count).utf8))
    zip.add("xl/styles.xml", Array(SpreadsheetXML.styles.utf8))
    for (index, sheet) in sheets.enumerated() {
      zip.add("xl/worksheets/sheet\(index + 1).xml", Array(SpreadsheetXML.worksheet(sheet).utf8))
    }
    return zip.bytes
  }

  /// Valid, unique tab names: at most 31 characters, `[]:*?/\` replaced by
  /// `-`, not empty, no two alike (case-insensitively), a ` (2)` added where needed.
  package static func sheetNames(_ names: [String]) -> [String] {
    var used = Set<String>()
    return names.enumerated().map { index, name in
      var clean = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 })
        .trimmingCharacters(in: "'")
      if clean.isEmpty { clean = "Ark\(index + 1)" }
      var candidate = String(clean.prefix(31))
      var number = 2
      while used.contains(candidate.lowercased()) {
        let suffix = " (\(number))"
        candidate = String(clean.prefix(31 - suffix.count)) + suffix
        number += 1
      }
      used.insert(candidate.lowercased())
      return candidate
    }
  }
}

extension String {
  /// The string without leading and trailing characters in `set`.
  func trimmingCharacters(in set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text.removeFirst() }
    while let last = text.last, set.contains(last) { text.removeLast() }
    return String(text)
  }
}
