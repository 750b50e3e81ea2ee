import Diagnostics

/// One scalar value of a scenario file: its text after unescaping, how it was
/// written, and where.
///
/// Scalars are never interpreted here: `25%`, `1450` and `pert(10, 13.25, 15)`
/// are all just text. The consumer decides what a value means and can still
/// point at `location` when it does not like it. The style is kept because a
/// quoted `"12"` is meant as text while a plain `12` may be a number.
package struct YAMLScalar: Sendable, Hashable {
  /// How a scalar was written in the file.
  package enum Style: Sendable, Hashable {
    /// Unquoted text, such as `ward` or `13.25`.
    case plain
    /// Text in single quotes; `''` stands for one `'`.
    case singleQuoted
    /// Text in double quotes, with backslash escapes.
    case doubleQuoted
  }

  /// The value after unescaping; `""` for a null.
  package var text: String
  /// How the value was written.
  package var style: Style
  /// The 1-based line:column of the scalar's first character (the opening
  /// quote of a quoted scalar; just after the `:` or `-` for a null).
  package var location: SourceLocation

  package init(text: String, style: Style = .plain, location: SourceLocation) {
    self.text = text
    self.style = style
    self.location = location
  }

  /// Whether this is a null: a key or sequence entry with no value at all.
  /// A quoted empty string (`""`) is not a null.
  package var isNull: Bool { style == .plain && text.isEmpty }
}
