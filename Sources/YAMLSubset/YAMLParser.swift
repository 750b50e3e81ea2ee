import Diagnostics

/// Parses scenario files written in the strict subset of YAML 1.2 that
/// `workforce` accepts, into a tree of `YAMLNode`s that remember where every
/// value came from.
///
/// The subset: block mappings and sequences, flow sequences `[a, b]` and flow
/// mappings `{k: v}` (nested, possibly over several lines), plain, single- and
/// double-quoted scalars on one line, and `#` comments. Everything else YAML
/// has (anchors, aliases, tags, block scalars, multi-line scalars, directives,
/// several documents, explicit or complex keys) is rejected with a located
/// error that names the feature, as are tabs in indentation and duplicate keys.
/// Scalars are not interpreted: `25%` is the text `25%`.
///
/// ```swift
/// let root = try YAMLParser.parse("share: 25%\n", file: "a.yaml")
/// root?.value(forKey: "share")?.scalar?.text  // "25%"
/// ```
package enum YAMLParser {
  /// The deepest nesting of collections accepted. Deeper input is an error,
  /// which keeps the recursive parser far from overflowing its stack.
  package static var maximumDepth: Int { 64 }

  /// Parses UTF-8 bytes. A byte order mark at the start is skipped; CRLF and
  /// lone CR line breaks are accepted.
  ///
  /// - Parameters:
  ///   - bytes: the file's content.
  ///   - file: the name to put in locations, as the user gave it.
  /// - Returns: the root node, or `nil` for an empty document (only whitespace
  ///   and comments); the caller decides how to report that.
  /// - Throws: a `.data` `Diagnostic` located at the offending character.
  /// - Complexity: O(*n*) in the size of the input.
  package static func parse(_ bytes: [UInt8], file: String) throws(Diagnostic) -> YAMLNode? {
    let source = try YAMLSource(bytes, file: file)
    var parser = YAMLDocumentParser(
      scanner: YAMLScanner(bytes: source.bytes, file: file), maximumDepth: maximumDepth)
    return try parser.parseDocument()
  }

  /// Parses text; see `parse(_:file:)` for bytes.
  package static func parse(_ text: String, file: String) throws(Diagnostic) -> YAMLNode? {
    try parse(Array(text.utf8), file: file)
  }
}
