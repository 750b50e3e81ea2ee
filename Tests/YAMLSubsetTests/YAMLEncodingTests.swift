import Diagnostics
import Testing
import YAMLSubset

@Suite("Byte order marks, line breaks and UTF-8")
struct YAMLEncodingTests {
  @Test("a BOM is skipped and CRLF and lone CR end lines without shifting columns")
  func bomAndLineBreaks() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: [x,\r\n  y]\rc: z\r\n".utf8)
    let root = try #require(try YAMLParser.parse(bytes, file: "f.yaml"))
    #expect(outline(root) == "{a@1:1: 1@1:4, b@2:1: f[x@2:5, y@3:3]@2:4, c@4:1: z@4:4}@1:1")
  }

  @Test("errors after CRLF and lone CR lines are located by the original lines")
  func errorsAfterCRLF() {
    #expect(
      parseError("a: 1\r\nb: 2\rc: &x\r\n")
        == "f.yaml:3:4: error: anchors (&x) are not supported in scenario files; "
        + "expected the value written out in full")
  }

  @Test("a BOM does not count as a column")
  func bomColumn() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: *x\n".utf8)
    #expect(
      parseError(bytes)
        == "f.yaml:1:4: error: aliases (*x) are not supported in scenario files; "
        + "expected the value written out in full")
  }

  /// Bad bytes after some text, and the start of the error each must give.
  static let badBytes: [(bytes: [UInt8], start: String)] = [
    (Array("a: b\nc: ".utf8) + [0xFF, 0x0A], "f.yaml:2:4: error: invalid UTF-8: byte 0xFF"),
    (Array("a: æ".utf8) + [0xC3, 0x28], "f.yaml:1:5: error: invalid UTF-8: byte 0xC3"),
    (Array("ø: ".utf8) + [0x80], "f.yaml:1:4: error: invalid UTF-8: byte 0x80"),
    (Array("a: ".utf8) + [0xED, 0xA0, 0x80], "f.yaml:1:4: error: invalid UTF-8: byte 0xED"),
    (Array("a: ".utf8) + [0xC0, 0xAF], "f.yaml:1:4: error: invalid UTF-8: byte 0xC0"),
    (Array("a: ".utf8) + [0xF0, 0x9F, 0x98], "f.yaml:1:4: error: invalid UTF-8: byte 0xF0"),
  ]

  @Test("invalid UTF-8 is reported at the first bad byte's line and column", arguments: badBytes)
  func invalidUTF8(bytes: [UInt8], start: String) {
    #expect(
      parseError(bytes)
        == start + " does not start a valid character; expected a file saved as UTF-8")
  }

  @Test("columns count Unicode scalars, not bytes")
  func unicodeColumns() throws {
    let root = try #require(try parse("ærø: {å: 😀, b: c}\n"))
    #expect(outline(root) == "{ærø@1:1: f{å@1:7: 😀@1:10, b@1:13: c@1:16}@1:6}@1:1")
  }

  @Test("C1 control characters and U+FFFE are rejected where they are")
  func otherControls() {
    #expect(
      parseError("a: x\u{85}\n")
        == "f.yaml:1:5: error: control character U+0085 is not allowed in a scenario file; "
        + "expected printable text (write it as an escape in a double-quoted string)")
    #expect(
      parseError("a: \"\u{FFFE}\"\n")
        == "f.yaml:1:5: error: control character U+FFFE is not allowed in a scenario file; "
        + "expected printable text (write it as an escape in a double-quoted string)")
  }
}
