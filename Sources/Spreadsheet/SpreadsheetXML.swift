import XMLEscaping

/// The XML parts of an .xlsx workbook (ECMA-376, SpreadsheetML), as text.
enum SpreadsheetXML {
  static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

  static func contentTypes(sheetCount: Int) -> String {
    var text = header
    text += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
    text += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
    text += #"<Default Extension="xml" ContentType="application/xml"/>"#
    text +=
      #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
    for index in stride(from: 1, through: sheetCount, by: 1) {
      text +=
        #"<Override PartName="/xl/worksheets/sheet\#(index).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
    }
    text +=
      #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
    text +=
      #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
    text += "</Types>"
    return text
  }

  static let rootRelationships =
    header + #"<Relationships xmlns="\#(packageRelationships)">"#
    + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
    + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#
    + "</Relationships>"

  static let appProperties =
    header
    + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>workforce</Application></Properties>"#

  static func workbook(_ names: [String]) -> String {
    var text = header + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)"><sheets>"#
    for (index, name) in names.enumerated() {
      text += #"<sheet name="\#(escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
    }
    return text + "</sheets></workbook>"
  }

  static func workbookRelationships(sheetCount: Int) -> String {
    var text = header + #"<Relationships xmlns="\#(packageRelationships)">"#
    for index in 0..<sheetCount {
      text +=
        #"<Relationship Id="rId\#(index + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
    }
    text +=
      #"<Relationship Id="rId\#(sheetCount + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
    return text + "</Relationships>"
  }

  /// Cell formats, by index (`s="…"`): 0 normal, 1 bold text, then one per
  /// ``Workbook/NumberFormat`` from 2.
  static let styles =
    header + #"<styleSheet xmlns="\#(mainNamespace)">"#
    + ##"<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.0"/><numFmt numFmtId="165" formatCode="0.00%"/><numFmt numFmtId="166" formatCode="0.0000"/></numFmts>"##
    + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
    + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
    + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
    + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
    + #"<cellXfs count="9">"#
    + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
    + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
    + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
    + #"<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + #"<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + "</cellXfs>"
    + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
    + "</styleSheet>"

  static func styleIndex(_ format: Workbook.NumberFormat) -> Int {
    switch format {
    case .general: 2
    case .integer: 3
    case .oneDecimal: 4
    case .twoDecimals: 5
    case .percent: 6
    case .plain: 7
    case .fourDecimals: 8
    }
  }

  static func worksheet(_ sheet: Workbook.Sheet) -> String {
    var text = header + #"<worksheet xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
    let columnCount = sheet.rows.map(\.count).max() ?? 0
    if columnCount > 0, let last = sheet.rows.indices.last {
      text += #"<dimension ref="A1:\#(columnName(columnCount - 1))\#(last + 1)"/>"#
    }
    text += #"<sheetViews><sheetView workbookViewId="0">"#
    if sheet.frozenRows > 0, sheet.rows.count > sheet.frozenRows {
      text +=
        #"<pane ySplit="\#(sheet.frozenRows)" topLeftCell="A\#(sheet.frozenRows + 1)" activePane="bottomLeft" state="frozen"/>"#
    }
    text += "</sheetView></sheetViews>"
    let widths = sheet.columnWidths ?? automaticWidths(sheet.rows, columns: columnCount)
    if !widths.isEmpty {
      text += "<cols>"
      for (index, width) in widths.enumerated() {
        text += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(number(width))" customWidth="1"/>"#
      }
      text += "</cols>"
    }
    text += "<sheetData>"
    for (r, row) in sheet.rows.enumerated() {
      text += #"<row r="\#(r + 1)">"#
      for (c, cell) in row.enumerated() {
        let reference = "\(columnName(c))\(r + 1)"
        switch cell {
        case .empty:
          continue
        case .text(let value, let bold):
          text +=
            #"<c r="\#(reference)" t="inlineStr"\#(bold ? #" s="1""# : "")><is><t xml:space="preserve">\#(escape(value))</t></is></c>"#
        case .number(let value, let format):
          // A spreadsheet cell cannot hold NaN or infinity: such a cell is left empty.
          guard value.isFinite else { continue }
          text += #"<c r="\#(reference)" s="\#(styleIndex(format))"><v>\#(number(value))</v></c>"#
        }
      }
      text += "</row>"
    }
    text += "</sheetData></worksheet>"
    return text
  }

  /// Widths from the longest cell of each column (text length, or about 14
  /// characters for a formatted number), between 8 and 60.
  static func automaticWidths(_ rows: [[Workbook.Cell]], columns: Int) -> [Double] {
    (0..<columns).map { c in
      var longest = 8
      for row in rows where c < row.count {
        switch row[c] {
        case .text(let value, _): longest = max(longest, value.count + 2)
        case .number: longest = max(longest, 14)
        case .empty: break
        }
      }
      return Double(min(60, longest))
    }
  }

  /// `A` … `Z`, `AA` … for the 0-based column `index`.
  static func columnName(_ index: Int) -> String {
    var name = ""
    var n = index + 1
    while n > 0 {
      let remainder = (n - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      n = (n - 1) / 26
    }
    return name
  }

  /// The shortest text that reads back as the same number (xsd:double):
  /// whole numbers without a fraction, others as Swift prints them.
  static func number(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return "\(x)"
  }

  /// Text made safe for the workbook's XML parts: `& < > " '` escaped,
  /// characters XML 1.0 does not allow (most control characters) dropped.
  static func escape(_ text: String) -> String { XMLText.escape(text, as: .xml) }
}
