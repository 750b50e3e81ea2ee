/// A JSON document with object keys kept in the order they were written, so
/// output matches the documented shapes key for key.
package indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  /// A whole number written with all its digits, for values such as seeds
  /// that a `Double` cannot hold exactly above 2⁵³.
  case whole(UInt64)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  package func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

  /// The path of the first number that is not finite (`solutions[0].fte.low`),
  /// if any: JSON cannot hold NaN or infinity, and reports must never print them.
  package var firstNonFinitePath: String? {
    switch self {
    case .number(let x): return x.isFinite ? nil : ""
    case .array(let items):
      for (index, item) in items.enumerated() {
        if let path = item.firstNonFinitePath { return "[\(index)]" + path }
      }
      return nil
    case .object(let members):
      for (key, value) in members {
        if let path = value.firstNonFinitePath { return "." + key + path }
      }
      return nil
    default: return nil
    }
  }

  /// Compact (`pretty == false`) or indented JSON text, ending in a newline when pretty.
  package func serialized(pretty: Bool = false) -> String {
    var out = ""
    write(to: &out, pretty: pretty, indent: 0)
    return pretty ? out + "\n" : out
  }

  private func write(to out: inout String, pretty: Bool, indent: Int) {
    let newline = pretty ? "\n" + String(repeating: "  ", count: indent + 1) : ""
    let closing = pretty ? "\n" + String(repeating: "  ", count: indent) : ""
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .number(let value): out += value.isFinite ? PlainNumber.text(value) : "null"
    case .whole(let value): out += String(value)
    case .string(let value): Self.writeString(value, to: &out)
    case .array(let items):
      guard !items.isEmpty else {
        out += "[]"
        return
      }
      out += "["
      for (index, item) in items.enumerated() {
        out += (index > 0 ? "," : "") + newline
        item.write(to: &out, pretty: pretty, indent: indent + 1)
      }
      out += closing + "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{"
      for (index, (key, value)) in members.enumerated() {
        out += (index > 0 ? "," : "") + newline
        Self.writeString(key, to: &out)
        out += pretty ? ": " : ":"
        value.write(to: &out, pretty: pretty, indent: indent + 1)
      }
      out += closing + "}"
    }
  }

  private static func writeString(_ text: String, to out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}

extension JSONValue {
  /// `{"low": …, "high": …}`.
  package static func range(_ low: Double, _ high: Double) -> JSONValue {
    .object([("low", .number(low)), ("high", .number(high))])
  }

  /// A string, or `null` when absent.
  package static func optional(_ text: String?) -> JSONValue {
    text.map(JSONValue.string) ?? .null
  }
}
