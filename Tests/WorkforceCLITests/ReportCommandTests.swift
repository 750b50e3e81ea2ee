import ExecutableTestSupport
import Foundation
import Testing

@Suite("workforce report")
struct ReportCommandTests {
  @Test func writesOneSelfContainedPageWhateverTheThreadCount() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var pages: [String] = []
    for threads in ["1", "2"] {
      let path = folder.appendingPathComponent("report-\(threads).html").path
      let result = try workforce(["report", "Scenarios/published.yaml", "-n", "20000", "-j", threads, "-o", path])
      #expect(result.status == 0)
      #expect(result.stdout.isEmpty, "the page goes to --output, not to standard output")
      pages.append(try String(contentsOfFile: path, encoding: .utf8))
    }
    let page = try #require(pages.first)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("<svg"))
    // Self-contained: nothing is fetched and nothing runs.
    #expect(!page.contains("<script") && !page.contains("src=\"http") && !page.contains("href=\"http"))
    #expect(pages[0] == pages[1], "the same seed gives the same page for 1 and 2 threads")
    // No temporary file is left beside the output.
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(left == ["report-1.html", "report-2.html"])
  }

  @Test func showsTheFiguresRunPrints() throws {
    // WARD 24/7: 13.25 min × 725,000 patient-days / 60 / 1,450 h = 110.4 årsværk, shown
    // with a decimal comma in Danish, as `run` prints it.
    let result = try workforce(["report", "-n", "2000"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("110,4"))
    let run = try workforce(["run"])
    #expect(run.stdout.contains("110,4"))
  }

  @Test func refusesOtherFormatsAndSeveralFiles() throws {
    let csv = try workforce(["report", "--format", "csv"])
    #expect(csv.status == 64)
    #expect(csv.stderr == "workforce: error: --format 'csv' is not known for 'report'; expected html\n")
    let two = try workforce(["report", "Scenarios/published.yaml", "Scenarios/portfolio.yaml"])
    #expect(two.status == 64)
    #expect(two.stderr.contains("'report' takes one scenario file, got 2"))
    let missing = try workforce(["report", "nowhere.yaml"])
    #expect(missing.status == 66)
    #expect(missing.stdout.isEmpty)
  }
}
