import Diagnostics

/// A node of a parsed scenario file: a scalar, a sequence or a mapping, with
/// the location it was read from.
///
/// The tree is plain data: two trees are equal when their content, styles and
/// locations are equal. Mapping entries keep their document order, and a
/// mapping never holds the same key twice (the parser rejects that).
package struct YAMLNode: Sendable, Hashable {
  /// What a node holds.
  package enum Content: Sendable, Hashable {
    /// A single value.
    case scalar(YAMLScalar)
    /// A block (`- item`) or flow (`[a, b]`) sequence.
    case sequence([YAMLNode])
    /// A block (`key: value`) or flow (`{key: value}`) mapping, in document order.
    case mapping([YAMLNode.Entry])
  }

  /// One `key: value` pair of a mapping. Keys are always scalars: complex keys
  /// are not part of the subset.
  package struct Entry: Sendable, Hashable {
    package var key: YAMLScalar
    package var value: YAMLNode

    package init(key: YAMLScalar, value: YAMLNode) {
      self.key = key
      self.value = value
    }
  }

  /// What the node holds.
  package var content: Content
  /// The node's first character: for a block mapping its first key, for a block
  /// sequence its first `-`, for a flow collection the bracket, for a null just
  /// after the `:` (or `-`) that introduced it.
  package var location: SourceLocation
  /// Whether the node was written in flow style (`[a, b]`, `{k: v}`). Always
  /// `false` for scalars.
  package var isFlow: Bool

  package init(content: Content, location: SourceLocation, isFlow: Bool = false) {
    self.content = content
    self.location = location
    self.isFlow = isFlow
  }

  /// The scalar, if this node is one.
  package var scalar: YAMLScalar? {
    if case .scalar(let scalar) = content { return scalar }
    return nil
  }

  /// The entries in document order, if this node is a mapping.
  package var mapping: [Entry]? {
    if case .mapping(let entries) = content { return entries }
    return nil
  }

  /// The items, if this node is a sequence.
  package var sequence: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// Whether this node is a null (a key or `-` with no value).
  package var isNull: Bool { scalar?.isNull ?? false }

  /// The entry whose key's text is `key`, if this node is a mapping that has one.
  ///
  /// - Complexity: O(*n*) in the number of entries.
  package func entry(forKey key: String) -> Entry? {
    mapping?.first { $0.key.text == key }
  }

  /// The value for `key`, if this node is a mapping that has it.
  ///
  /// - Complexity: O(*n*) in the number of entries.
  package func value(forKey key: String) -> YAMLNode? {
    entry(forKey: key)?.value
  }

  /// `"mapping"`, `"sequence"` or `"scalar"`, for messages such as
  /// "expected a mapping, found a sequence".
  package var kindName: String {
    switch content {
    case .scalar: "scalar"
    case .sequence: "sequence"
    case .mapping: "mapping"
    }
  }
}
