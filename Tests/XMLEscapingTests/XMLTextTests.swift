import Testing
import XMLEscaping

/// Escaping text for markup, in both dialects, and XML identifiers.
@Suite("XML text")
struct XMLTextTests {
  @Test func escapesMarkupAndDropsControlCharacters() {
    #expect(XMLText.escape("a < b & c > \"d\" 'e'") == "a &lt; b &amp; c &gt; &quot;d&quot; &#39;e&#39;")
    #expect(XMLText.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
    #expect(XMLText.escape("bell\u{07}here") == "bell here")
    #expect(XMLText.escape("æøå – 25 %") == "æøå – 25 %")
  }

  @Test func identifiersKeepLettersDigitsDashAndUnderscore() {
    #expect(XMLText.identifier("chart-tornado-total.fte") == "chart-tornado-total-fte")
    #expect(XMLText.identifier("total_fte") == "total_fte")
    #expect(XMLText.identifier("1st chart") == "c1st-chart")
    #expect(XMLText.identifier("år") == "c-r")
  }

  @Test func xmlDialectWritesTheNamedApostropheAndDropsWhatXMLForbids() {
    #expect(
      XMLText.escape("a < b & c > \"d\" 'e'", as: .xml) == "a &lt; b &amp; c &gt; &quot;d&quot; &apos;e&apos;")
    #expect(XMLText.escape("bell\u{07}here", as: .xml) == "bellhere")
    #expect(XMLText.escape("\u{FFFE}x\u{FFFF}", as: .xml) == "x")
    // DEL is a valid XML 1.0 character, but not one HTML allows in text.
    #expect(XMLText.escape("a\u{7F}b", as: .xml) == "a\u{7F}b")
    #expect(XMLText.escape("a\u{7F}b") == "a b")
  }

  @Test(arguments: [XMLText.Dialect.html, .xml])
  func bothDialectsKeepTabAndLineBreaksAndOtherText(_ dialect: XMLText.Dialect) {
    #expect(XMLText.escape("a\tb\nc\r\nd", as: dialect) == "a\tb\nc\r\nd")
    #expect(XMLText.escape("æøå – 25 % 🙂", as: dialect) == "æøå – 25 % 🙂")
    #expect(XMLText.escape("", as: dialect) == "")
  }
}
