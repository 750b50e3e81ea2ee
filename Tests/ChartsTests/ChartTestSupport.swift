import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Golden files beside the tests: `Golden/NAME`. Run with `UPDATE_GOLDEN=1`
/// to rewrite them, then review the difference before committing it.
enum Golden {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  static func expectMatches(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try? Data(text.utf8).write(to: url)
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "missing golden file \(name); run with UPDATE_GOLDEN=1 and review it", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text {
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
      let line = first?.offset ?? min(expectedLines.count, actualLines.count)
      Issue.record(
        """
        \(name) differs from its golden file at line \(line + 1):
        expected: \(line < expectedLines.count ? String(expectedLines[line]) : "<end>")
        actual:   \(line < actualLines.count ? String(actualLines[line]) : "<end>")
        """, sourceLocation: sourceLocation)
    }
  }
}

/// Parses XML text with Foundation's parser; returns the error, if any, and
/// the element names in document order.
final class XMLCheck: NSObject, XMLParserDelegate {
  private(set) var elements: [String] = []
  private(set) var attributes: [[String: String]] = []

  static func parse(_ text: String) -> (error: Error?, elements: [String], attributes: [[String: String]]) {
    let parser = XMLParser(data: Data(text.utf8))
    let delegate = XMLCheck()
    parser.delegate = delegate
    let ok = parser.parse()
    return (ok ? nil : parser.parserError ?? CocoaError(.coderReadCorrupt), delegate.elements, delegate.attributes)
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
    attributes attributeDict: [String: String] = [:]
  ) {
    elements.append(elementName)
    attributes.append(attributeDict)
  }
}
