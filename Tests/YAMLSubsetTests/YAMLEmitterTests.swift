import Diagnostics
import Testing
import YAMLSubset

@Suite("Emitting canonical text")
struct YAMLEmitterTests {
  @Test("the sample scenario is written in canonical form and reads back the same")
  func sampleRoundTrip() throws {
    let root = try #require(try parse(sampleScenario))
    let emitted = YAMLEmitter.emit(root)
    #expect(emitted == canonicalSampleScenario)
    let again = try #require(try parse(emitted))
    #expect(again.withoutLocations == root.withoutLocations)
    #expect(YAMLEmitter.emit(again) == emitted)
  }

  @Test("block layout: nulls, compact sequences, nested sequences, empty collections")
  func layout() throws {
    let input = """
      a:
      b:
      - x
      -
      - - y
        - z
      - k: 1
        l:
          m: 2
        n:
          - 3
      c: []
      d: {e:, f: [g, 'h i']}

      """
    let expected = """
      a:
      b:
        - x
        -
        - - y
          - z
        - k: 1
          l:
            m: 2
          n:
            - 3
      c: []
      d: {e:, f: [g, 'h i']}

      """
    let root = try #require(try parse(input))
    #expect(YAMLEmitter.emit(root) == expected)
    #expect(try parse(expected)?.withoutLocations == root.withoutLocations)
  }

  /// Plain texts and how each must be written in block and in flow context.
  static let plainTexts: [(text: String, block: String, flow: String)] = [
    ("ward", "ward", "ward"),
    ("two words", "two words", "two words"),
    ("a: b", "\"a: b\"", "\"a: b\""),
    ("a:b", "a:b", "a:b"),
    ("ends:", "\"ends:\"", "\"ends:\""),
    ("x #y", "\"x #y\"", "\"x #y\""),
    ("C#", "C#", "C#"),
    ("-1", "-1", "-1"),
    ("-", "\"-\"", "\"-\""),
    ("- a", "\"- a\"", "\"- a\""),
    ("?x", "?x", "?x"),
    ("#x", "\"#x\"", "\"#x\""),
    ("&a", "\"&a\"", "\"&a\""),
    ("%", "\"%\"", "\"%\""),
    ("25%", "25%", "25%"),
    ("'q'", "\"'q'\"", "\"'q'\""),
    ("say \"hi\"", "say \"hi\"", "say \"hi\""),
    (" lead", "\" lead\"", "\" lead\""),
    ("trail ", "\"trail \"", "\"trail \""),
    ("a,b", "a,b", "\"a,b\""),
    ("[x]", "\"[x]\"", "\"[x]\""),
    ("x]", "x]", "\"x]\""),
    ("pert(1, 2, 3)", "pert(1, 2, 3)", "\"pert(1, 2, 3)\""),
    ("line\nbreak", "\"line\\nbreak\"", "\"line\\nbreak\""),
    ("tab\there", "tab\there", "tab\there"),
    ("bell\u{7}", "\"bell\\x07\"", "\"bell\\x07\""),
    ("back\\slash", "back\\slash", "back\\slash"),
    ("ærø 😀", "ærø 😀", "ærø 😀"),
    ("\u{FEFF}bom", "\u{FEFF}bom", "\u{FEFF}bom"),
  ]

  @Test("plain scalars are quoted only when needed", arguments: plainTexts)
  func plainQuoting(text: String, block: String, flow: String) throws {
    let scalar = YAMLNode(
      content: .scalar(YAMLScalar(text: text, location: at(1, 1))), location: at(1, 1))
    let mapping = YAMLNode(
      content: .mapping([
        YAMLNode.Entry(key: YAMLScalar(text: "k", location: at(1, 1)), value: scalar)
      ]),
      location: at(1, 1))
    let sequence = YAMLNode(content: .sequence([scalar]), location: at(1, 1), isFlow: true)
    #expect(YAMLEmitter.emit(mapping) == "k: \(block)\n")
    #expect(YAMLEmitter.emit(sequence) == "[\(flow)]\n")
    let readBack = try #require(try parse(YAMLEmitter.emit(mapping)))
    #expect(readBack.value(forKey: "k")?.scalar?.text == text)
  }

  @Test("quoted scalars keep their quotes; single quotes become double only to escape")
  func quotedStyles() throws {
    let root = try #require(try parse("a: 'it''s'\nb: \"x\\ty\"\nc: ''\n"))
    #expect(YAMLEmitter.emit(root) == "a: 'it''s'\nb: \"x\\ty\"\nc: ''\n")
    let withBreak = YAMLNode(
      content: .scalar(YAMLScalar(text: "a\nb", style: .singleQuoted, location: at(1, 1))),
      location: at(1, 1))
    #expect(YAMLEmitter.emit(withBreak) == "\"a\\nb\"\n")
  }

  @Test("escapes everything YAML cannot hold raw, and reads it back")
  func escapes() throws {
    let text = "\"\\\n\t\r\0\u{1B}\u{7F}\u{85}\u{FFFE}é"
    let node = YAMLNode(
      content: .scalar(YAMLScalar(text: text, style: .doubleQuoted, location: at(1, 1))),
      location: at(1, 1))
    let emitted = YAMLEmitter.emit(node)
    #expect(emitted == #""\"\\\n\t\r\0\x1B\x7F\x85\uFFFEé""# + "\n")
    #expect(try parse(emitted)?.scalar?.text == text)
  }

  @Test("keys may end in ':' and document markers are quoted only at column 1")
  func keysAndMarkers() throws {
    let root = try #require(try parse("a::\n---x: 1\nb:\n  ---: 2\n'---': 3\n"))
    #expect(YAMLEmitter.emit(root) == "a::\n---x: 1\nb:\n  ---: 2\n'---': 3\n")
    let marker = YAMLNode(
      content: .scalar(YAMLScalar(text: "--- x", location: at(1, 1))), location: at(1, 1))
    #expect(YAMLEmitter.emit(marker) == "\"--- x\"\n")
    // A U+FEFF that would be the file's first character would read as a BOM.
    let bom = YAMLNode(
      content: .scalar(YAMLScalar(text: "\u{FEFF}x", location: at(1, 1))), location: at(1, 1))
    #expect(YAMLEmitter.emit(bom) == "\"\\uFEFFx\"\n")
  }

  @Test("hand-built trees the subset cannot write get the nearest text")
  func handBuiltTrees() {
    let null = YAMLNode(
      content: .scalar(YAMLScalar(text: "", location: at(1, 1))), location: at(1, 1))
    #expect(YAMLEmitter.emit(null) == "")
    #expect(YAMLEmitter.emit(YAMLNode(content: .mapping([]), location: at(1, 1))) == "{}\n")
    #expect(YAMLEmitter.emit(YAMLNode(content: .sequence([]), location: at(1, 1))) == "[]\n")
    let flowWithNull = YAMLNode(content: .sequence([null]), location: at(1, 1), isFlow: true)
    #expect(YAMLEmitter.emit(flowWithNull) == "[\"\"]\n")
  }

  @Test(
    "every construct the parser accepts survives parse → emit → parse",
    arguments: YAMLParserTests.cases.map(\.input))
  func constructRoundTrip(input: String) throws {
    let root = try #require(try parse(input))
    let again = try #require(try parse(YAMLEmitter.emit(root)))
    #expect(again.withoutLocations == root.withoutLocations)
  }
}
