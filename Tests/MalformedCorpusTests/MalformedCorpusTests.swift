import ExecutableTestSupport
import Foundation
import Testing

/// Every file of `Tests/Fixtures/malformed/` breaks one rule of the scenario
/// format; `workforce` must reject it with exactly the line `EXPECTED.txt`
/// gives, on standard error, and the exit code of design §4 (65 bad data, 66
/// missing file), printing nothing on standard output.
@Suite("Malformed corpus")
struct MalformedCorpusTests {
  @Test func manifestCoversEveryFixture() throws {
    let entries = try Manifest.load()
    #expect(entries.count >= 60)
    let listed = entries.map(\.file)
    #expect(Set(listed).count == listed.count, "a fixture is listed twice")
    let files = try FileManager.default.contentsOfDirectory(atPath: fixturesFolder.path)
      .filter { $0 != "EXPECTED.txt" }
    #expect(Set(files).subtracting(listed).sorted() == [], "fixtures without a manifest line")
    #expect(Set(listed).subtracting(files).sorted() == [], "manifest lines without a fixture")
    #expect(entries.allSatisfy { $0.status == 65 || $0.status == 66 })
  }

  @Test("workforce validate FILE", arguments: Manifest.entries)
  func validate(_ entry: CorpusEntry) throws {
    let run = try workforce(["validate", entry.file])
    #expect(run.status == entry.status)
    #expect(run.stdout == "")
    #expect(run.stderr == entry.stderr + "\n")
    checkOneLocatedLine(run.stderr)
  }

  /// A few fixtures through `run --format json`, which must fail the same way
  /// and print no partial JSON.
  static let runFiles = [
    "tab-indentation.yaml", "invalid-utf8.yaml", "unknown-input.yaml", "missing-input.yaml",
    "share-150-percent.yaml", "extends-missing.yaml", "extends-cycle-a.yaml", "infinite-result.yaml",
  ]

  @Test("workforce run FILE --format json", arguments: runFiles)
  func runAsJSON(_ file: String) throws {
    let entry = try #require(Manifest.entries.first { $0.file == file })
    let run = try workforce(["run", file, "--format", "json"])
    #expect(run.status == entry.status)
    #expect(run.stdout == "")
    #expect(run.stderr == entry.stderr + "\n")
  }

  @Test func validateStopsAtTheFirstBadFileOfSeveral() throws {
    let run = try workforce(["validate", "../../../Scenarios/published.yaml", "unknown-model.yaml", "empty.yaml"])
    #expect(run.status == 65)
    // Inputs counted once each: own inputs 7 (ward) + 6 (migo) + 6 (dermloop) + 7 (mammography) + 8 (rpa)
    // = 34, plus the shared assumption hours_per_fte that three of them use = 35.
    #expect(run.stdout == "../../../Scenarios/published.yaml: ok: scenario 'published', 5 solutions, 35 inputs\n")
    #expect(
      run.stderr
        == "unknown-model.yaml:4:12: error: unknown model 'wrad' in solution 'ward'; expected one of ward, migo, "
        + "dermloop, mammography, rpa, formula; did you mean 'ward'?\n")
  }

  // MARK: - Inputs made at test time

  @Test func missingFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try workforce(["validate", "does-not-exist.yaml"], in: folder)
    #expect(run.status == 66)
    #expect(run.stdout == "")
    #expect(
      run.stderr == "workforce: error: no such file 'does-not-exist.yaml'; expected the path of a scenario file\n")
  }

  @Test func directoryInsteadOfAFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("a-folder.yaml"), withIntermediateDirectories: false)
    for command in [["validate"], ["run"]] {
      let run = try workforce(command + ["a-folder.yaml"], in: folder)
      #expect(run.status == 66)
      #expect(run.stdout == "")
      #expect(run.stderr == "workforce: error: 'a-folder.yaml' is a directory; expected the path of a scenario file\n")
    }
  }

  @Test func hugeFileIsRejectedBySizeQuickly() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // 10 MiB of a valid-looking scenario line repeated.
    let line = Data("title: x\n".utf8)
    var data = Data(capacity: 10 << 20)
    while data.count + line.count <= 10 << 20 { data.append(line) }
    while data.count < 10 << 20 { data.append(UInt8(ascii: "\n")) }
    try data.write(to: folder.appendingPathComponent("huge-file.yaml"))
    let run = try workforce(["validate", "huge-file.yaml"], in: folder)
    #expect(run.status == 65)
    #expect(run.stdout == "")
    #expect(
      run.stderr
        == "huge-file.yaml:1:1: error: the file is 10485760 bytes, larger than the limit of 4194304 bytes; "
        + "expected a scenario file under 4 MiB\n")
    #expect(run.seconds < 5, "the size limit is checked before the file is read")
  }

  @Test func endlessDeviceIsCutAtTheLimit() throws {
    try #require(FileManager.default.fileExists(atPath: "/dev/zero"))
    let run = try workforce(["validate", "/dev/zero"], timeout: 20)
    #expect(run.status == 65)
    #expect(run.stdout == "")
    #expect(
      run.stderr
        == "/dev/zero:1:1: error: the file is larger than the limit of 4194304 bytes; expected a smaller scenario file\n"
    )
  }

  /// Nesting far past the parser's limit of 64 levels, made at test time. The
  /// error points at the first bracket, dash or key one level too deep.
  static let deepNestingCases: [String: (text: String, message: String)] = [
    "deep-flow-nesting.yaml": (
      // The mapping is level 1, so the 64th '[' (column 12 + 63) is level 65.
      "solutions: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n",
      "deep-flow-nesting.yaml:1:75: error: nesting deeper than 64 levels is not supported; expected a flatter structure"
    ),
    "deep-unclosed-nesting.yaml": (
      "title: " + String(repeating: "[", count: 10_000) + "\n",
      "deep-unclosed-nesting.yaml:1:71: error: nesting deeper than 64 levels is not supported; expected a flatter structure"
    ),
    "deep-flow-mapping-nesting.yaml": (
      // The 65th '{a: ' starts at column 1 + 64 × 4.
      String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n",
      "deep-flow-mapping-nesting.yaml:1:257: error: nesting deeper than 64 levels is not supported; expected a flatter structure"
    ),
    "deep-sequence-nesting.yaml": (
      // The 65th '- ' starts at column 1 + 64 × 2.
      String(repeating: "- ", count: 10_000) + "x\n",
      "deep-sequence-nesting.yaml:1:129: error: nesting deeper than 64 levels is not supported; expected a flatter structure"
    ),
    "deep-block-mapping-nesting.yaml": (
      // Line n holds 'a:' indented by n - 1 spaces; the 65th is too deep.
      (0..<1_000).map { String(repeating: " ", count: $0) + "a:\n" }.joined(),
      "deep-block-mapping-nesting.yaml:65:65: error: nesting deeper than 64 levels is not supported; expected a flatter structure"
    ),
  ]

  @Test(
    "10,000-deep nesting is an error, not a stack overflow",
    arguments: deepNestingCases.keys.sorted())
  func deepNesting(_ name: String) throws {
    let (text, message) = try #require(Self.deepNestingCases[name])
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    let run = try workforce(["validate", name], in: folder)
    #expect(run.status == 65)
    #expect(run.stdout == "")
    #expect(run.stderr == message + "\n")
  }

  /// Checks the shape of a diagnostic: one line, `file:line:col: error: …`,
  /// or `workforce: error: …` only for a file that is missing or a directory.
  func checkOneLocatedLine(_ stderr: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 2 && lines[1].isEmpty, "exactly one line", sourceLocation: sourceLocation)
    let line = String(lines.first ?? "")
    let located = line.range(of: #"^[^:\s]+:[1-9][0-9]*:[1-9][0-9]*: error: \S"#, options: .regularExpression) != nil
    let fileLevel =
      line.hasPrefix("workforce: error: no such file")
      || line.hasPrefix("workforce: error: '") && line.contains("is a directory")
    #expect(located || fileLevel, "'\(line)' is not file:line:col: error: …", sourceLocation: sourceLocation)
  }
}
