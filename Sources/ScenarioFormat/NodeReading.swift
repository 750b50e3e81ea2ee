import Diagnostics
import YAMLSubset

/// Typed reading of YAML nodes, with located errors that say what was expected.
extension YAMLNode {
  /// A short name of the node's kind for messages.
  var kindDescription: String {
    switch content {
    case .scalar(let scalar): scalar.isNull ? "nothing" : "the value '\(scalar.text)'"
    case .sequence: "a list"
    case .mapping: "a mapping"
    }
  }

  /// The entries of a mapping, or a located error naming `what` was expected.
  func expectMapping(_ what: String) throws(Diagnostic) -> [Entry] {
    guard case .mapping(let entries) = content else {
      throw Diagnostic(at: location, "\(what) is \(kindDescription)", expected: "a mapping of keys to values")
    }
    return entries
  }

  /// The items of a list.
  func expectSequence(_ what: String) throws(Diagnostic) -> [YAMLNode] {
    guard case .sequence(let items) = content else {
      throw Diagnostic(at: location, "\(what) is \(kindDescription)", expected: "a list such as [a, b]")
    }
    return items
  }

  /// A non-empty scalar.
  func expectScalar(_ what: String) throws(Diagnostic) -> YAMLScalar {
    guard case .scalar(let scalar) = content, !scalar.isNull else {
      throw Diagnostic(at: location, "\(what) is \(kindDescription)", expected: "a single value")
    }
    return scalar
  }

  /// A non-empty text.
  func expectText(_ what: String) throws(Diagnostic) -> String {
    try expectScalar(what).text
  }

  /// The case of `T` the scalar names by its raw value, or a located error
  /// "unknown NOUN 'x' in CONTEXT" that lists the cases and suggests the nearest.
  ///
  /// - Parameters:
  ///   - what: the node, for the error when it is not a single value.
  ///   - noun: what a value is called: "category", "range shape".
  ///   - context: where it stands ("solution 'ward'"), or nil.
  func expectChoice<T: RawRepresentable<String> & CaseIterable>(
    _ what: String, noun: String, in context: String? = nil
  ) throws(Diagnostic) -> T {
    let scalar = try expectScalar(what)
    guard let choice = T(rawValue: scalar.text) else {
      let names = T.allCases.map(\.rawValue)
      throw Diagnostic(
        at: scalar.location, "unknown \(noun) '\(scalar.text)'" + (context.map { " in \($0)" } ?? ""),
        expected: "one of \(names.joined(separator: ", "))", suggestion: Suggestion.closest(to: scalar.text, in: names))
    }
    return choice
  }
}

/// A mapping whose keys are checked against a known list, so a misspelt key is
/// an error with a suggestion rather than silently ignored.
struct KeyedMapping {
  let node: YAMLNode
  let entries: [YAMLNode.Entry]

  /// - Parameters:
  ///   - what: how the mapping is named in messages, e.g. "solution 'ward'".
  ///   - keys: the keys allowed here.
  init(_ node: YAMLNode, _ what: String, keys: [String]) throws(Diagnostic) {
    self.node = node
    entries = try node.expectMapping(what)
    for entry in entries where !keys.contains(entry.key.text) {
      throw Diagnostic(
        at: entry.key.location, "unknown key '\(entry.key.text)' in \(what)",
        expected: "one of \(keys.joined(separator: ", "))",
        suggestion: Suggestion.closest(to: entry.key.text, in: keys))
    }
  }

  subscript(key: String) -> YAMLNode? {
    guard let node = entries.first(where: { $0.key.text == key })?.value else { return nil }
    if case .scalar(let scalar) = node.content, scalar.isNull { return nil }
    return node
  }

  /// The node under `key`, or an error saying it is required.
  func required(_ key: String, in what: String, expected: String) throws(Diagnostic) -> YAMLNode {
    guard let value = self[key] else {
      throw Diagnostic(at: node.location, "\(what) has no '\(key)'", expected: expected)
    }
    return value
  }

  /// The text under `key`, if present.
  func text(_ key: String, in what: String) throws(Diagnostic) -> String? {
    guard let value = self[key] else { return nil }
    return try value.expectText("'\(key)' of \(what)")
  }
}
