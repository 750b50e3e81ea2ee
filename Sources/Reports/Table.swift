import Foundation

/// A table of text cells, rendered as aligned plain text, Markdown or CSV.
package struct Table: Sendable {
  /// How a column's cells line up in plain text and Markdown.
  package enum Alignment: Sendable { case left, right }

  package struct Column: Sendable {
    package var title: String
    package var alignment: Alignment

    package init(_ title: String, _ alignment: Alignment = .left) {
      self.title = title
      self.alignment = alignment
    }
  }

  package var columns: [Column]
  package var rows: [[String]]

  package init(columns: [Column], rows: [[String]] = []) {
    self.columns = columns
    self.rows = rows
  }

  package mutating func append(_ row: [String]) { rows.append(row) }

  /// Plain text with columns padded to their widest cell and two spaces between.
  package func text(indent: String = "") -> String {
    let widths = columns.indices.map { index in
      ([columns[index].title] + rows.map { index < $0.count ? $0[index] : "" }).map(\.count).max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      let padded = columns.indices.map { index -> String in
        let cell = index < cells.count ? cells[index] : ""
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        return columns[index].alignment == .left ? cell + padding : padding + cell
      }
      return indent + padded.joined(separator: "  ").trailingSpacesRemoved
    }
    var lines = [line(columns.map(\.title))]
    lines.append(indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
    lines += rows.map(line)
    return lines.joined(separator: "\n") + "\n"
  }

  /// A GitHub-flavoured Markdown table; `|` in cells is escaped.
  package func markdown() -> String {
    func line(_ cells: [String]) -> String {
      "| " + cells.map { $0.singleLine.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }
    var lines = [line(columns.map(\.title))]
    lines.append("|" + columns.map { $0.alignment == .left ? " --- |" : " ---: |" }.joined())
    lines += rows.map(line)
    return lines.joined(separator: "\n") + "\n"
  }

  /// RFC 4180 CSV: cells with the separator, quotes or line breaks are quoted;
  /// lines end in CRLF so spreadsheet programs split them the same everywhere.
  package func csv(separator: Character = ",") -> String {
    func cell(_ text: String) -> String {
      guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
        return text
      }
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    let lines = [columns.map(\.title)] + rows
    return lines.map { $0.map(cell).joined(separator: String(separator)) }.joined(separator: "\r\n") + "\r\n"
  }
}

extension String {
  /// The text on one line: line breaks become spaces, so that a title or note
  /// with a line break in it cannot end a Markdown heading, list item or
  /// table row early and start another block.
  var singleLine: String {
    var text = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}": text.unicodeScalars.append(" ")
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text
  }

  var trailingSpacesRemoved: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
