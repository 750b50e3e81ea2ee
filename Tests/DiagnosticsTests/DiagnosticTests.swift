import Diagnostics
import Testing

@Suite("Diagnostics")
struct DiagnosticTests {
  static let place = SourceLocation(file: "s.yaml", line: 3, column: 5)

  @Test("renders on one line like a compiler, with expected and suggestion")
  func description() {
    #expect(
      Diagnostic(
        at: Self.place, "unknown key 'shrae'", expected: "a solution input",
        suggestion: "share"
      ).description
        == "s.yaml:3:5: error: unknown key 'shrae'; expected a solution input; "
        + "did you mean 'share'?")
    #expect(Diagnostic(.usage, at: nil, "missing file").description == "error: missing file")
  }

  @Test("renders the source line with a caret under the column, keeping tabs")
  func rendered() {
    let diagnostic = Diagnostic(at: Self.place, "bad")
    #expect(
      diagnostic.rendered(sourceLine: "\tab: *x") == "s.yaml:3:5: error: bad\n\tab: *x\n\t   ^")
    #expect(diagnostic.rendered(sourceLine: nil) == "s.yaml:3:5: error: bad")
  }

  @Test(
    "kinds map to sysexits codes",
    arguments: [
      (Diagnostic.Kind.usage, Int32(64)), (.data, 65), (.missingFile, 66), (.failedCheck, 1),
      (.io, 73),
    ])
  func exitCodes(kind: Diagnostic.Kind, code: Int32) {
    #expect(kind.exitCode == code)
  }

  @Test("a location advances along its line")
  func advanced() {
    #expect(Self.place.advanced(by: 2) == SourceLocation(file: "s.yaml", line: 3, column: 7))
    #expect(Self.place.description == "s.yaml:3:5")
  }

  @Test(
    "edit distance counts insertions, deletions, substitutions and swaps",
    arguments: [
      ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("share", "share", 0),
      ("shrae", "share", 1), ("ab", "ba", 1), ("Share", "share", 1), ("ærø", "æro", 1),
    ])
  func editDistance(a: String, b: String, distance: Int) {
    #expect(Suggestion.editDistance(a, b) == distance)
  }

  @Test("suggests the closest plausible candidate only")
  func closest() {
    #expect(Suggestion.closest(to: "shrae", in: ["shape", "share", "staff"]) == "share")
    #expect(Suggestion.closest(to: "Share", in: ["share"]) == "share")
    #expect(Suggestion.closest(to: "xyz", in: ["abc", "share"]) == nil)
    #expect(Suggestion.closest(to: "a", in: ["b"]) == "b")
    #expect(Suggestion.closest(to: "fte", in: [String]()) == nil)
  }
}
