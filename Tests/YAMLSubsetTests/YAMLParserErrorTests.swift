import Diagnostics
import Testing
import YAMLSubset

@Suite("Rejecting what the subset does not allow")
struct YAMLParserErrorTests {
  /// Inputs and the whole one-line error each must give, written by hand.
  static let cases: [(input: String, error: String)] = [
    (
      // A comma inside {…} would split “Region X, 2023” into two values.
      "a: {source: “Region X, 2023”}\n",
      "f.yaml:1:13: error: the value starts with the typographic quotation mark '“' (as word processors write "
        + "them); expected straight quotes: \"…\" or '…'"
    ),
    (
      "a: [„x“]\n",
      "f.yaml:1:5: error: the value starts with the typographic quotation mark '„' (as word processors write "
        + "them); expected straight quotes: \"…\" or '…'"
    ),
    (
      "a: &x 1\n",
      "f.yaml:1:4: error: anchors (&x) are not supported in scenario files; "
        + "expected the value written out in full"
    ),
    (
      "a: *x\n",
      "f.yaml:1:4: error: aliases (*x) are not supported in scenario files; "
        + "expected the value written out in full"
    ),
    (
      "a: !!str 1\n",
      "f.yaml:1:4: error: tags (!!str) are not supported in scenario files; "
        + "expected a plain or quoted value"
    ),
    (
      "a: |\n  x\n",
      "f.yaml:1:4: error: block scalars (|) are not supported in scenario files; "
        + "expected a quoted string on one line"
    ),
    (
      "a: >-\n  x\n",
      "f.yaml:1:4: error: block scalars (>-) are not supported in scenario files; "
        + "expected a quoted string on one line"
    ),
    (
      "a: one\n  two\n",
      "f.yaml:2:3: error: multi-line plain scalars are not supported: this line continues "
        + "'one' from line 1; expected the whole value on one line"
    ),
    (
      "- a\n  b\n",
      "f.yaml:2:3: error: multi-line plain scalars are not supported: this line continues "
        + "'a' from line 1; expected the whole value on one line"
    ),
    (
      "a: \"one\n  two\"\n",
      "f.yaml:1:4: error: unterminated double-quoted string \"one; "
        + "expected a closing \" on the same line"
    ),
    (
      "a: 'abc\n",
      "f.yaml:1:4: error: unterminated single-quoted string 'abc; "
        + "expected a closing ' on the same line"
    ),
    (
      "%YAML 1.2\n---\na: 1\n",
      "f.yaml:1:1: error: directives (%YAML) are not supported in scenario files; "
        + "expected the document without '%' lines"
    ),
    (
      "---\na: 1\n",
      "f.yaml:1:1: error: document markers ('---') are not supported in scenario files; "
        + "expected the document without a '---' line"
    ),
    (
      "a: 1\n---\nb: 2\n",
      "f.yaml:2:1: error: multiple documents are not supported in scenario files "
        + "('---' starts a new one); expected one document per file"
    ),
    (
      "a: 1\n...\n",
      "f.yaml:2:1: error: document end markers ('...') are not supported in scenario files; "
        + "expected the document without a '...' line"
    ),
    (
      "? a\n: b\n",
      "f.yaml:1:1: error: explicit keys ('? ') are not supported in scenario files; "
        + "expected 'key: value'"
    ),
    (
      "[a, b]: 1\n",
      "f.yaml:1:1: error: complex keys (a flow collection as a key) are not supported "
        + "in scenario files; expected a plain or quoted key"
    ),
    (
      "x: 1\n{a: 1}: 2\n",
      "f.yaml:2:1: error: complex keys (a flow collection as a key) are not supported "
        + "in scenario files; expected a plain or quoted key"
    ),
    (
      "{[a]: 1}\n",
      "f.yaml:1:2: error: complex keys (a flow collection as a key) are not supported "
        + "in scenario files; expected a plain or quoted key"
    ),
    ("a:\n\tb: 1\n", "f.yaml:2:1: error: tab used for indentation; expected spaces"),
    ("a:\n  \tb: 1\n", "f.yaml:2:3: error: tab used for indentation; expected spaces"),
    ("a: [1,\n\t2]\n", "f.yaml:2:1: error: tab used for indentation; expected spaces"),
    ("-\ta: 1\n", "f.yaml:1:2: error: tab used for indentation; expected spaces"),
    (
      "a:\n    b: 1\n  c: 2\n",
      "f.yaml:3:3: error: bad indentation of 'c: 2' (column 3); "
        + "expected column 1 (a key of this mapping) or 5 (as the lines above)"
    ),
    (
      "a: 1\n  b: 2\n",
      "f.yaml:2:3: error: bad indentation of 'b: 2' (column 3); expected column 1 or less"
    ),
    (
      "- a\n - b\n",
      "f.yaml:2:2: error: bad indentation of '- b' (column 2); expected column 1 or less"
    ),
    (
      "  a: 1\nb: 2\n",
      "f.yaml:2:1: error: bad indentation of 'b: 2' (column 1); "
        + "expected column 3, like the document's first line"
    ),
    (
      "a: [1,\n]\n",
      "f.yaml:2:1: error: bad indentation of ']' (column 1) in a flow collection; "
        + "expected the line indented past column 1"
    ),
    (
      "share: 1\nx: 2\nshare: 3\n",
      "f.yaml:3:1: error: duplicate key 'share' (first at line 1)"
    ),
    ("{a: 1, a: 2}\n", "f.yaml:1:8: error: duplicate key 'a' (first at line 1)"),
    ("a: 1\n'a': 2\n", "f.yaml:2:1: error: duplicate key 'a' (first at line 1)"),
    (
      "a: [1, 2] x\n",
      "f.yaml:1:11: error: unexpected text 'x' after the closed flow collection; "
        + "expected the end of the line or a comment (' # ...')"
    ),
    (
      "a: [1, 2\nb: 3\n",
      "f.yaml:1:4: error: unterminated flow sequence: '[' is not closed before 'b: 3' "
        + "on line 2; expected ']', with continuation lines indented past column 1"
    ),
    (
      "a: [1, 2\n",
      "f.yaml:1:4: error: unterminated flow sequence: '[' is never closed; expected ']'"
    ),
    ("{a: 1", "f.yaml:1:1: error: unterminated flow mapping: '{' is never closed; expected '}'"),
    (
      "a: b: c\n",
      "f.yaml:1:5: error: a plain value cannot contain ': ' in 'b: c'; "
        + "expected the value in quotes: \"b: c\""
    ),
    (
      "a: 'b': c\n",
      "f.yaml:1:7: error: unexpected ':' after the quoted string \"b\"; "
        + "expected one value per key"
    ),
    (
      "a: {value: pert(1, 2, 3)}\n",
      "f.yaml:1:12: error: in a flow collection, text with commas must be quoted: "
        + "write \"pert(1, 2, 3)\""
    ),
    (
      "a: [pert(1, 2), x]\n",
      "f.yaml:1:5: error: in a flow collection, text with commas must be quoted: "
        + "write \"pert(1, 2)\""
    ),
    (
      "a: \"x\\qy\"\n",
      "f.yaml:1:6: error: unsupported escape '\\q' in a double-quoted string; "
        + "expected one of \\\" \\\\ \\/ \\n \\t \\r \\0 \\xXX \\uXXXX \\UXXXXXXXX"
    ),
    (
      "a: \"\\x4\"\n",
      "f.yaml:1:5: error: invalid escape '\\x4'; expected 2 hexadecimal digits after '\\x'"
    ),
    (
      "a: \"\\uD800\"\n",
      "f.yaml:1:5: error: invalid escape '\\uD800': not a Unicode character; "
        + "expected a Unicode scalar value (not a surrogate)"
    ),
    (
      "a: \"x\\\n",
      "f.yaml:1:6: error: escaped line breaks are not supported in scenario files; "
        + "expected the whole string on one line"
    ),
    ("a: 1\nb\n", "f.yaml:2:1: error: missing ':' after key 'b'; expected 'key: value'"),
    (
      "a: 1\nb:c\n",
      "f.yaml:2:1: error: missing ':' after key 'b:c'; expected a space after ':' ('key: value')"
    ),
    (
      "a: 1\n- b\n",
      "f.yaml:2:1: error: unexpected sequence entry '- b' among the keys of a mapping; "
        + "expected 'key: value' at column 1"
    ),
    (
      "- a\nb: 1\n",
      "f.yaml:2:1: error: expected a sequence entry, found 'b: 1'; expected '- ' at column 1"
    ),
    (
      "a: - b\n",
      "f.yaml:1:4: error: a sequence cannot start on the same line as its key 'a'; "
        + "expected '- item' lines below the key, indented"
    ),
    (
      "[a: 1]\n",
      "f.yaml:1:3: error: a mapping inside a flow sequence must be written in braces; "
        + "expected '{key: value}' as the sequence's item"
    ),
    ("[[a] b]\n", "f.yaml:1:6: error: unexpected 'b]' in a flow sequence; expected ',' or ']'"),
    (
      "[a\n b]\n",
      "f.yaml:2:2: error: multi-line plain scalars are not supported: this line continues "
        + "'a' from line 1; expected the whole value on one line, or ',' between values"
    ),
    (
      "{a, b: 1}\n",
      "f.yaml:1:2: error: missing ':' after key 'a' in a flow mapping; expected 'key: value'"
    ),
    (
      "{a: 1]\n",
      "f.yaml:1:6: error: ']' does not close the flow mapping opened at line 1, column 1; "
        + "expected '}'"
    ),
    (
      "[a, , b]\n",
      "f.yaml:1:5: error: unexpected ',' in a flow sequence; expected a value before ','"
    ),
    (
      "a: 'x'#c\n",
      "f.yaml:1:7: error: unexpected text '#c' after the quoted string \"x\"; "
        + "expected the end of the line or a comment (' # ...')"
    ),
    (
      "x\na: 1\n",
      "f.yaml:2:1: error: unexpected 'a: 1' after the document's value; "
        + "expected a single value, mapping or sequence"
    ),
    (
      "a: %x\n",
      "f.yaml:1:4: error: '%x' must be quoted: '%' cannot start a plain value; "
        + "expected quotes: \"%x\""
    ),
    (
      "a: @x\n",
      "f.yaml:1:4: error: '@x' must be quoted: '@' cannot start a plain value; "
        + "expected quotes: \"@x\""
    ),
    (
      "a: `x` # c\n",
      "f.yaml:1:4: error: '`x`' must be quoted: '`' cannot start a plain value; "
        + "expected quotes: \"`x`\""
    ),
    (
      "[%x, b]\n",
      "f.yaml:1:2: error: '%x' must be quoted: '%' cannot start a plain value; "
        + "expected quotes: \"%x\""
    ),
    (": x\n", "f.yaml:1:1: error: missing key before ':'; expected 'key: value'"),
    (
      "[- a]\n",
      "f.yaml:1:2: error: block sequence entries ('- ') are not allowed inside a flow "
        + "collection; expected '[a, b]' or a quoted value"
    ),
    (
      "ø: &x\n",
      "f.yaml:1:4: error: anchors (&x) are not supported in scenario files; "
        + "expected the value written out in full"
    ),
    (
      "a: \u{7}\n",
      "f.yaml:1:4: error: control character U+0007 is not allowed in a scenario file; "
        + "expected printable text (write it as an escape in a double-quoted string)"
    ),
    ("a: ]\n", "f.yaml:1:4: error: unexpected ']'; expected a value"),
    (
      "[a,#b]\n",
      "f.yaml:1:4: error: unexpected '#'; expected a value, or a space before '#' to "
        + "start a comment"
    ),
  ]

  @Test("rejects with the whole located message", arguments: cases)
  func rejection(input: String, error expected: String) {
    #expect(parseError(input) == expected)
  }

  @Test("duplicates are found in large mappings too, block and flow")
  func duplicateInLargeMapping() {
    let block = (1...40).map { "key\($0): \($0)\n" }.joined() + "key7: again\n"
    #expect(parseError(block) == "f.yaml:41:1: error: duplicate key 'key7' (first at line 7)")
    let flow = "{" + (1...40).map { "k\($0): 1, " }.joined() + "k33: 2}"
    let column = 2 + (1...40).map { "k\($0): 1, ".count }.reduce(0, +)
    #expect(parseError(flow) == "f.yaml:1:\(column): error: duplicate key 'k33' (first at line 1)")
  }

  @Test("errors are of kind data, with the offending line's caret rendering")
  func kindAndRendering() throws {
    let error = try #require(
      #expect(throws: Diagnostic.self) { try parse("a: 1\nb: *ref\n") })
    #expect(error.kind == .data)
    #expect(error.location == at(2, 4))
    #expect(
      error.rendered(sourceLine: "b: *ref")
        == "f.yaml:2:4: error: aliases (*ref) are not supported in scenario files; "
        + "expected the value written out in full\nb: *ref\n   ^")
  }

  @Test("typographic quotes are plain text outside flow collections")
  func typographicQuotesInBlockStyle() throws {
    let node = try #require(try parse("title: “WARD 24/7”, a trial\n"))
    #expect(node.value(forKey: "title")?.scalar?.text == "“WARD 24/7”, a trial")
  }
}
