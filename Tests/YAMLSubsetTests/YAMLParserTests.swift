import Diagnostics
import Testing
import YAMLSubset

@Suite("Parsing the supported subset")
struct YAMLParserTests {
  /// Inputs and their trees, worked out by hand (see `outline(_:)` for the form).
  static let cases: [(input: String, outline: String)] = [
    ("a: 1\nb: two words\n", "{a@1:1: 1@1:4, b@2:1: two words@2:4}@1:1"),
    ("a:\nb: 1\n", "{a@1:1: ~@1:3, b@2:1: 1@2:4}@1:1"),
    ("a:   # nothing here\n", "{a@1:1: ~@1:3}@1:1"),
    (
      "a:\n  b:\n    c: x\n  d: y\n",
      "{a@1:1: {b@2:3: {c@3:5: x@3:8}@3:5, d@4:3: y@4:6}@2:3}@1:1"
    ),
    ("a:\n      b: 1\n", "{a@1:1: {b@2:7: 1@2:10}@2:7}@1:1"),
    ("- a\n- b c\n-\n- 'q'\n", "[a@1:3, b c@2:3, ~@3:2, 'q'@4:3]@1:1"),
    ("k:\n  - a\n  - b\n", "{k@1:1: [a@2:5, b@3:5]@2:3}@1:1"),
    ("k:\n- a\n- b\nz: 1\n", "{k@1:1: [a@2:3, b@3:3]@2:1, z@4:1: 1@4:4}@1:1"),
    (
      "- name: x\n  v: 1\n- name: y\n",
      "[{name@1:3: x@1:9, v@2:3: 1@2:6}@1:3, {name@3:3: y@3:9}@3:3]@1:1"
    ),
    ("- - a\n  - b\n- c\n", "[[a@1:5, b@2:5]@1:3, c@3:3]@1:1"),
    ("-\n  a: 1\n", "[{a@2:3: 1@2:6}@2:3]@1:1"),
    (
      "[a, 'b', \"c\", [d], {e: f}]\n",
      "f[a@1:2, 'b'@1:5, \"c\"@1:10, f[d@1:16]@1:15, f{e@1:21: f@1:24}@1:20]@1:1"
    ),
    (
      "a: {x: 1,\n  y: [2,\n    3]}\n",
      "{a@1:1: f{x@1:5: 1@1:8, y@2:3: f[2@2:7, 3@3:5]@2:6}@1:4}@1:1"
    ),
    ("{a: , b:}\n", "f{a@1:2: ~@1:4, b@1:7: ~@1:9}@1:1"),
    ("[a, b,]\n", "f[a@1:2, b@1:5]@1:1"),
    ("a: []\nb: {}\n", "{a@1:1: f[]@1:4, b@2:1: f{}@2:4}@1:1"),
    ("[a, # a comment\n b]\n", "f[a@1:2, b@2:2]@1:1"),
    ("{\"a\":1}\n", "f{\"a\"@1:2: 1@1:6}@1:1"),
    ("[a b, c]\n", "f[a b@1:2, c@1:7]@1:1"),
    (
      "a: x # c\nb: y#z\n# full line\n  # indented comment\nc: 'p' # q\n",
      "{a@1:1: x@1:4, b@2:1: y#z@2:4, c@5:1: 'p'@5:4}@1:1"
    ),
    (
      "a: -1\nb: :x\nc: ?y\nd: a:b\ne: http://x.org/a?b=c#d\nf: C#\n",
      "{a@1:1: -1@1:4, b@2:1: :x@2:4, c@3:1: ?y@3:4, d@4:1: a:b@4:4, "
        + "e@5:1: http://x.org/a?b=c#d@5:4, f@6:1: C#@6:4}@1:1"
    ),
    (
      "m: pert(10, 13.25, 15)\nr: 20mio..25mio\ns: 25%\n",
      "{m@1:1: pert(10, 13.25, 15)@1:4, r@2:1: 20mio..25mio@2:4, s@3:1: 25%@3:4}@1:1"
    ),
    ("a: x  \nb: y \t# c\n", "{a@1:1: x@1:4, b@2:1: y@2:4}@1:1"),
    ("a: x\ty\n", "{a@1:1: x\ty@1:4}@1:1"),
    ("a:\tb\n", "{a@1:1: b@1:4}@1:1"),
    ("-\tx\n", "[x@1:3]@1:1"),
    ("a  : 1\n", "{a@1:1: 1@1:6}@1:1"),
    ("\"a b\": 1\n'c': 2\n", "{\"a b\"@1:1: 1@1:8, 'c'@2:1: 2@2:6}@1:1"),
    ("ø: æble\n", "{ø@1:1: æble@1:4}@1:1"),
    ("- [å, b]\n", "[f[å@1:4, b@1:7]@1:3]@1:1"),
    ("hello\n", "hello@1:1"),
    ("'x'  # c\n", "'x'@1:1"),
    ("[1, 2]\n", "f[1@1:2, 2@1:5]@1:1"),
    ("a: 1", "{a@1:1: 1@1:4}@1:1"),
    ("\n\n  a: 1\n  b: 2\n", "{a@3:3: 1@3:6, b@4:3: 2@4:6}@3:3"),
    ("a: ''\nb: \"\"\n", "{a@1:1: ''@1:4, b@2:1: \"\"@2:4}@1:1"),
    ("a: null\nb: ~\n", "{a@1:1: null@1:4, b@2:1: ~@2:4}@1:1"),
    ("a: ---x\nb: -- -\n", "{a@1:1: ---x@1:4, b@2:1: -- -@2:4}@1:1"),
  ]

  @Test("parses each construct into the tree worked out by hand", arguments: cases)
  func construct(input: String, outline expected: String) throws {
    let node = try #require(try parse(input))
    #expect(outline(node) == expected)
  }

  @Test(
    "returns nil for a document with only comments and whitespace",
    arguments: ["", "\n", "# only a comment\n\n   \n", "  # indented\n\t\n", "\u{FEFF}"])
  func emptyDocument(input: String) throws {
    #expect(try parse(input) == nil)
  }

  @Test("unescapes double-quoted strings")
  func doubleQuotedEscapes() throws {
    let input = #"a: "q\" b\\ c\/ \n\t\r\0 \x41 \u00e9 \U0001F600""# + "\n"
    let node = try #require(try parse(input))
    let scalar = try #require(node.value(forKey: "a")?.scalar)
    #expect(scalar.text == "q\" b\\ c/ \n\t\r\0 A é 😀")
    #expect(scalar.style == .doubleQuoted)
    #expect(scalar.location == at(1, 4))
  }

  @Test("reads '' in single-quoted strings as one quote, and backslashes literally")
  func singleQuotedEscapes() throws {
    let node = try #require(try parse("a: 'it''s a \\n'\n"))
    #expect(node.value(forKey: "a")?.scalar?.text == "it's a \\n")
  }

  @Test("parses the sample scenario with texts, styles, structure and locations")
  func sampleScenarioTree() throws {
    let root = try #require(try parse(sampleScenario))
    #expect(root.location == at(2, 1))
    #expect(
      root.mapping?.map(\.key.text) == [
        "scenario", "title", "assumptions", "solutions", "simulation",
      ])
    #expect(outline(try #require(root.value(forKey: "scenario"))) == "published@2:11")
    #expect(
      root.value(forKey: "title")?.scalar
        == YAMLScalar(
          text: "Fem arbejdskraftfrigørende løsninger (PA Consulting, 2023)", location: at(3, 8)))

    let hours = try #require(root.value(forKey: "assumptions")?.value(forKey: "hours_per_fte"))
    #expect(
      outline(hours)
        == "f{value@5:19: 1450@5:26, source@5:32: "
        + "\"derived: reproduces 110, 84 and 2 årsværk\"@5:40}@5:18")

    let ward = try #require(root.value(forKey: "solutions")?.value(forKey: "ward"))
    #expect(ward.location == at(8, 5))
    #expect(outline(try #require(ward.value(forKey: "staff"))) == "f[sygeplejersker@9:13]@9:12")
    let inputs = try #require(ward.value(forKey: "inputs"))
    let minutesSaved = try #require(inputs.value(forKey: "minutes_saved_per_patient_day"))
    #expect(
      outline(minutesSaved)
        == "f{value@11:39: 13.25@11:46, source@11:53: "
        + "\"PA 2023, WARD: 13,25 min. pr. døgn pr. patient\"@11:61}@11:38")
    #expect(outline(try #require(inputs.value(forKey: "admissions"))) == "725_000@12:19")
    #expect(outline(try #require(inputs.value(forKey: "share"))) == "25%@13:14")
    #expect(outline(try #require(inputs.value(forKey: "price_per_patient_day"))) == "75..125@14:30")
    #expect(outline(try #require(inputs.value(forKey: "minutes"))) == "pert(10, 13.25, 15)@15:16")

    let cost = try #require(ward.value(forKey: "published")?.value(forKey: "project_cost"))
    #expect(
      outline(cost)
        == "[f{value@19:12: 22mio..27mio@19:19, source@19:33: 'detail page'@19:41}@19:11, "
        + "{value@20:11: 20mio..27mio@20:18, source@21:11: summary table@21:19}@20:11]@19:9")

    let simulation = try #require(root.value(forKey: "simulation"))
    #expect(
      outline(simulation)
        == "f{correlations@22:14: f[f[ward.share@22:30, ward.length_of_stay_days@22:42, "
        + "0.5@22:68]@22:29]@22:28}@22:13")
  }

  @Test("convenience accessors name kinds and find values")
  func accessors() throws {
    let root = try #require(try parse("a: [x]\nb: {c: 1}\nd:\ne: s\n"))
    #expect(root.kindName == "mapping")
    #expect(root.value(forKey: "a")?.kindName == "sequence")
    #expect(root.value(forKey: "a")?.sequence?.count == 1)
    #expect(root.value(forKey: "b")?.mapping?.first?.key.text == "c")
    #expect(root.value(forKey: "e")?.kindName == "scalar")
    #expect(root.value(forKey: "d")?.isNull == true)
    #expect(root.value(forKey: "d")?.scalar?.isNull == true)
    #expect(root.value(forKey: "e")?.isNull == false)
    #expect(root.entry(forKey: "e")?.key.location == at(4, 1))
    #expect(root.value(forKey: "missing") == nil)
    #expect(root.value(forKey: "e")?.value(forKey: "e") == nil)
    #expect(root.scalar == nil && root.sequence == nil)
  }

  @Test("a quoted empty string is not a null")
  func quotedEmptyIsNotNull() {
    #expect(!YAMLScalar(text: "", style: .doubleQuoted, location: at(1, 1)).isNull)
    #expect(YAMLScalar(text: "", style: .plain, location: at(1, 1)).isNull)
  }
}
