import XMLEscaping

/// Builds SVG text one element per line, indented, with attributes in the
/// order given, so that the output of a chart is stable and readable (and can
/// be compared with a reviewed snapshot).
///
/// Every text and attribute value is escaped here; callers pass plain text.
struct SVGBuilder {
  /// One attribute: a name and its text.
  typealias Attribute = (name: String, value: String)

  private(set) var lines: [String] = []
  private var depth = 0

  /// A numeric attribute, written by ``SVGNumber``.
  static func number(_ name: String, _ value: Double) -> Attribute {
    (name, SVGNumber.text(value))
  }

  /// Opens `<name …>`; close it with ``close(_:)``.
  mutating func open(_ name: String, _ attributes: [Attribute] = []) {
    lines.append(indent + "<" + name + Self.render(attributes) + ">")
    depth += 1
  }

  /// Closes the element opened last.
  mutating func close(_ name: String) {
    depth -= 1
    lines.append(indent + "</" + name + ">")
  }

  /// `<name …/>`, or `<name …>text</name>` when `text` is given.
  mutating func element(_ name: String, _ attributes: [Attribute] = [], text: String? = nil) {
    if let text {
      lines.append(indent + "<" + name + Self.render(attributes) + ">" + XMLText.escape(text) + "</" + name + ">")
    } else {
      lines.append(indent + "<" + name + Self.render(attributes) + "/>")
    }
  }

  /// `<text …><title>full</title>shown</text>`: a label shortened to fit,
  /// with its full wording as a tooltip and for screen readers.
  mutating func text(_ shown: String, full: String? = nil, _ attributes: [Attribute]) {
    guard let full, full != shown else {
      element("text", attributes, text: shown)
      return
    }
    lines.append(
      indent + "<text" + Self.render(attributes) + "><title>" + XMLText.escape(full) + "</title>"
        + XMLText.escape(shown) + "</text>")
  }

  /// The SVG text, ending in a line break.
  var text: String { lines.joined(separator: "\n") + "\n" }

  private var indent: String { String(repeating: "  ", count: max(0, depth)) }

  private static func render(_ attributes: [Attribute]) -> String {
    attributes.map { " \($0.name)=\"\(XMLText.escape($0.value))\"" }.joined()
  }
}

extension SVGBuilder {
  /// The font every chart uses: sans-serif faces whose widths
  /// ``TextMeasure`` allows for.
  static let fontFamily = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', sans-serif"

  /// Opens the root `<svg>` with its accessible name and description.
  ///
  /// - Parameters:
  ///   - id: A prefix for element ids, unique within the page.
  ///   - width: The width in points (the view box is `0 0 width height`).
  ///   - height: The height in points.
  ///   - title: The chart's accessible name (`<title>`).
  ///   - description: A sentence on what the chart shows (`<desc>`).
  mutating func openDocument(id: String, width: Double, height: Double, title: String, description: String) {
    let id = XMLText.identifier(id)
    open(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"),
        ("viewBox", "0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))"),
        Self.number("width", width), Self.number("height", height),
        ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
        ("font-family", Self.fontFamily), Self.number("font-size", ChartLayout.fontSize),
        ("fill", Palette.text),
      ])
    element("title", [("id", "\(id)-title")], text: title)
    element("desc", [("id", "\(id)-desc")], text: description)
  }
}
