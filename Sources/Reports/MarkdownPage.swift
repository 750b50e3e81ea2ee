/// `--format html` of the table commands (`run`, `explain`, `check`,
/// `simulate`, `assess`, `grant`): their Markdown output as one self-contained
/// HTML page, styled like the `report` page, so that every format the
/// commands print can be opened in a browser or attached to a case file.
///
/// The converter reads exactly the Markdown the reports write — ATX headings,
/// paragraphs, `-` and `1.` lists, fenced code blocks, pipe tables with a
/// `---`/`---:` alignment row and `\|` inside cells, inline code — and
/// escapes everything else as text, so no input can inject markup. It is not
/// a general Markdown implementation and does not need to be one.
///
/// ```swift
/// let page = MarkdownPage.html(report.render(.markdown, language: .da), language: .da)
/// ```
package enum MarkdownPage {
  /// A whole page: the body converted by ``body(_:)``, titled with the first
  /// heading, with the `report` stylesheet inline.
  package static func html(_ markdown: String, language: Language) -> String {
    let title = firstHeading(markdown) ?? "workforce"
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>\(HTMLReport.escape(title))</title>
      <style>
      \(HTMLReport.css)\(css)</style>
      </head>
      <body>
      <main>
      \(body(markdown))</main>
      </body>
      </html>

      """
  }

  /// Styles for what only these pages have: code blocks and inline code.
  static let css = """
    pre { font: 12.5px/1.45 'DejaVu Sans Mono', 'Liberation Mono', monospace; background: var(--soft); padding: 10px 14px; border-radius: 6px; overflow-x: auto; }
    code { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 0.92em; }
    @media print { pre { white-space: pre-wrap; font-size: 8pt; } }

    """

  /// The HTML of the Markdown's blocks, one element per line of output.
  static func body(_ markdown: String) -> String {
    var html = ""
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
    var paragraph: [String] = []
    func flushParagraph() {
      guard !paragraph.isEmpty else { return }
      html += "<p>" + paragraph.map(inline).joined(separator: "\n") + "</p>\n"
      paragraph = []
    }
    while let line = lines.popFirst() {
      if line.hasPrefix("```") {
        flushParagraph()
        var code: [String] = []
        while let next = lines.popFirst(), !next.hasPrefix("```") { code.append(next) }
        html += "<pre><code>" + HTMLReport.escape(code.joined(separator: "\n")) + "</code></pre>\n"
      } else if let (level, text) = heading(line) {
        flushParagraph()
        html += "<h\(level)>\(inline(text))</h\(level)>\n"
      } else if line.hasPrefix("|") {
        flushParagraph()
        var rows = [line]
        while let next = lines.first, next.hasPrefix("|") {
          rows.append(next)
          lines.removeFirst()
        }
        html += table(rows)
      } else if let item = listItem(line) {
        flushParagraph()
        var items = [item.text]
        while let next = lines.first, let more = listItem(next), more.ordered == item.ordered {
          items.append(more.text)
          lines.removeFirst()
        }
        let tag = item.ordered ? "ol" : "ul"
        html += "<\(tag)>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</\(tag)>\n"
      } else if line.allSatisfy(\.isWhitespace) {
        flushParagraph()
      } else {
        paragraph.append(line)
      }
    }
    flushParagraph()
    return html
  }

  /// `## Title` → (2, "Title"); nil for anything else.
  static func heading(_ line: String) -> (level: Int, text: String)? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
    return (hashes, String(line.dropFirst(hashes + 1)))
  }

  static func firstHeading(_ markdown: String) -> String? {
    markdown.split(separator: "\n").lazy.compactMap { heading(String($0))?.text }.first
  }

  /// `- text` or `12. text`.
  static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
    if line.hasPrefix("- ") { return (false, String(line.dropFirst(2))) }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
    return (true, String(line.dropFirst(digits.count + 2)))
  }

  /// A pipe table: header row, alignment row (`---:` is right-aligned and
  /// gets the numeric style), body rows.
  static func table(_ rows: [String]) -> String {
    let cells = rows.map(tableCells)
    guard cells.count >= 2, cells[1].allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) else {
      // Not a table after all: keep the text.
      return "<p>" + rows.map(inline).joined(separator: "<br/>\n") + "</p>\n"
    }
    let numeric = cells[1].map { $0.hasSuffix(":") }
    func row(_ values: [String], tag: String) -> String {
      "<tr>"
        + values.enumerated().map { index, value in
          let attribute = index < numeric.count && numeric[index] ? " class=\"num\"" : ""
          return "<\(tag)\(attribute)>\(inline(value))</\(tag)>"
        }.joined() + "</tr>\n"
    }
    var html = "<div class=\"table-wrap\"><table>\n<thead>\n" + row(cells[0], tag: "th") + "</thead>\n<tbody>\n"
    for values in cells.dropFirst(2) { html += row(values, tag: "td") }
    return html + "</tbody>\n</table></div>\n"
  }

  /// The cells of `| a | b \| c |`: split at unescaped bars, trimmed, with
  /// `\|` turned back into `|`.
  static func tableCells(_ line: String) -> [String] {
    var cells: [String] = []
    var current = ""
    var characters = line.dropFirst()[...]
    while let character = characters.popFirst() {
      if character == "\\", characters.first == "|" {
        current.append("|")
        characters.removeFirst()
      } else if character == "|" {
        cells.append(current.trimmingSpaces)
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.allSatisfy(\.isWhitespace) { cells.append(current.trimmingSpaces) }
    return cells
  }

  /// Text with `code spans` as `<code>`; everything escaped.
  static func inline(_ text: String) -> String {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false)
    // An odd number of backticks leaves the last one literal.
    guard parts.count >= 3 else { return HTMLReport.escape(text) }
    var html = ""
    let paired = parts.count % 2 == 1 ? parts.count : parts.count - 1
    for (index, part) in parts.prefix(paired).enumerated() {
      html += index % 2 == 1 ? "<code>\(HTMLReport.escape(String(part)))</code>" : HTMLReport.escape(String(part))
    }
    if paired < parts.count { html += HTMLReport.escape("`" + parts[paired]) }
    return html
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
