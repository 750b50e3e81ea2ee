import BusinessCase
import ScenarioFormat
import Testing

@testable import Reports

@Suite("Markdown as an HTML page (--format html)")
struct MarkdownPageTests {
  @Test func headingsParagraphsAndLists() {
    let markdown = """
      ## Title

      First line
      second line.

      - one
      - two
      1. first
      2. second
      ### Sub
      """
    #expect(
      MarkdownPage.body(markdown) == """
        <h2>Title</h2>
        <p>First line
        second line.</p>
        <ul>
        <li>one</li>
        <li>two</li>
        </ul>
        <ol>
        <li>first</li>
        <li>second</li>
        </ol>
        <h3>Sub</h3>

        """)
  }

  @Test func tablesKeepAlignmentAndEscapedBars() {
    let markdown = """
      | Solution | FTE |
      | --- | ---: |
      | a \\| b | 1,5 |
      """
    #expect(
      MarkdownPage.body(markdown) == """
        <div class="table-wrap"><table>
        <thead>
        <tr><th>Solution</th><th class="num">FTE</th></tr>
        </thead>
        <tbody>
        <tr><td>a | b</td><td class="num">1,5</td></tr>
        </tbody>
        </table></div>

        """)
  }

  @Test func codeBlocksAndInlineCodeAreEscapedText() {
    let markdown = """
      Scenario: `<b>` & more, a lone ` stays

      ```
      x = a < b && c
      ## not a heading
      ```
      """
    #expect(
      MarkdownPage.body(markdown) == """
        <p>Scenario: <code>&lt;b&gt;</code> &amp; more, a lone ` stays</p>
        <pre><code>x = a &lt; b &amp;&amp; c
        ## not a heading</code></pre>

        """)
  }

  @Test func aPageIsTitledWithItsFirstHeadingAndHasNoScript() {
    let page = MarkdownPage.html("text\n\n## Checks <1>\n\n## Later\n", language: .en)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(page.contains("<title>Checks &lt;1&gt;</title>"))
    #expect(!page.contains("<script"))
    #expect(page.hasSuffix("</html>\n"))
  }

  @Test func tableCellsSplitAtUnescapedBarsOnly() {
    // Cells of the rendered table are those of the Markdown table, in order.
    let markdown = "| a | b |\n| --- | --- |\n| 1 | 2 |\n"
    #expect(MarkdownPage.tableCells("| 1 | 2 |") == ["1", "2"])
    #expect(MarkdownPage.body(markdown).contains("<tr><td>1</td><td>2</td></tr>"))
  }

  @Test func aLineBreakInATitleCannotStartABlock() throws {
    // A double-quoted title may hold "\n"; in Markdown it would end the heading
    // and the fence after it would turn the rest of the page into code.
    let scenario = try ScenarioLoader().decode(
      """
      scenario: t
      title: "Title\\n```\\n| x |"
      solutions:
        rpa:
          model: rpa
          inputs: {reports_per_year: 450_000, fields_per_report: 25, minutes_per_field: 0.65, pre_analysis: 1mio,
            development: 5mio..8mio, project_management: 2mio..3mio, organisational: 2mio,
            operations_share_of_development: 20%, hours_per_fte: 1450}
      """, file: "t.yaml")
    let markdown = RunReport([ScenarioAnalysis(scenario)]).render(.markdown, language: .en)
    #expect(markdown.hasPrefix("## Title ``` | x |\n"))
    let html = RunReport([ScenarioAnalysis(scenario)]).render(.html, language: .en)
    #expect(!html.contains("<pre>"))
    // The whole title stays in the heading (its backticks read as an empty code span).
    #expect(html.contains("<h2>Title <code></code>` | x |</h2>"))
  }
}
