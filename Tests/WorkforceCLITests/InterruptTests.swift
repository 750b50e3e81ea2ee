import ExecutableTestSupport
import Foundation
import Testing

/// Nothing lost: an interrupted run leaves every earlier output file as it
/// was and no temporary file behind (design §4, issue 7).
@Suite("Interrupted and failed runs")
struct InterruptTests {
  /// Ctrl-C during a long `simulate --samples-out --output`: exit 130, the
  /// previous samples file and report untouched, no `.NAME.PID.tmp` left.
  @Test(arguments: [("SIGINT", SIGINT, Int32(130)), ("SIGTERM", SIGTERM, Int32(143))])
  func interruptedSimulationLeavesPreviousFilesIntact(_ name: String, _ signal: Int32, _ status: Int32) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = packageRoot.appendingPathComponent("Scenarios/uncertain.yaml").path
    let samples = folder.appendingPathComponent("samples.csv")
    let report = folder.appendingPathComponent("report.txt")
    try Data("previous samples\n".utf8).write(to: samples)
    try Data("previous report\n".utf8).write(to: report)

    let errURL = folder.appendingPathComponent("stderr.txt")
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let err = try FileHandle(forWritingTo: errURL)
    defer { try? err.close() }
    let process = Process()
    process.executableURL = WorkforceExecutable.url
    // A billion iterations would take hours: the run is certainly still going
    // when the signal comes.
    process.arguments = [
      "simulate", scenario, "--iterations", "1000000000", "--threads", "1", "--sensitivity", "none",
      "--samples-out", samples.path, "--output", report.path,
    ]
    process.currentDirectoryURL = folder
    process.standardOutput = FileHandle.nullDevice
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()

    // Wait until the samples are streaming into the temporary file.
    let temporary = folder.appendingPathComponent(".samples.csv.\(process.processIdentifier).tmp")
    let start = Date()
    var streamed = 0
    while process.isRunning, Date().timeIntervalSince(start) < 60 {
      streamed = (try? FileManager.default.attributesOfItem(atPath: temporary.path)[.size] as? Int) ?? 0
      if streamed > 100_000 { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    #expect(streamed > 100_000, "the samples never reached the temporary file")
    kill(process.processIdentifier, signal)
    let sent = Date()
    while process.isRunning, Date().timeIntervalSince(sent) < 30 { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      Issue.record("\(name) did not end the run within 30 s")
    }
    process.waitUntilExit()

    #expect(process.terminationReason == .exit, "\(name) ends the run through its handler, not by the signal")
    #expect(process.terminationStatus == status)
    #expect(try String(contentsOf: samples, encoding: .utf8) == "previous samples\n")
    #expect(try String(contentsOf: report, encoding: .utf8) == "previous report\n")
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(left == ["report.txt", "samples.csv", "stderr.txt"], "no temporary file is left behind")
    let stderr = try String(contentsOf: errURL, encoding: .utf8)
    #expect(stderr.hasSuffix("workforce: interrupted; earlier output files are unchanged\n"))
    #expect(stderr.contains("workforce: simulating 1,000,000,000 iterations: about "))
  }

  /// A run that fails after simulating (here: --output names a folder) keeps
  /// the previous samples file and removes its temporary file.
  @Test func failedSimulationLeavesPreviousSamplesIntact() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = packageRoot.appendingPathComponent("Scenarios/uncertain.yaml").path
    let samples = folder.appendingPathComponent("samples.csv")
    try Data("previous samples\n".utf8).write(to: samples)
    let outputFolder = folder.appendingPathComponent("a-folder")
    try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: false)

    let run = try workforce(
      ["simulate", scenario, "-n", "20000", "--samples-out", samples.path, "--output", outputFolder.path], in: folder)
    #expect(run.status == 73)
    #expect(run.stdout == "")
    #expect(run.stderr == "workforce: error: --output '\(outputFolder.path)' is a directory; expected a file path\n")
    #expect(try String(contentsOf: samples, encoding: .utf8) == "previous samples\n")
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(left == ["a-folder", "samples.csv"])
  }

  /// `--samples-out` refuses to write over the scenario it reads, even
  /// through a symbolic link.
  @Test func samplesOutRefusesToOverwriteTheInput() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenario = folder.appendingPathComponent("s.yaml")
    let original = try Data(contentsOf: packageRoot.appendingPathComponent("Scenarios/uncertain.yaml"))
    try original.write(to: scenario)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("link.csv"), withDestinationURL: scenario)
    let run = try workforce(["simulate", "s.yaml", "-n", "1000", "--samples-out", "link.csv"], in: folder)
    #expect(run.status == 64)
    #expect(
      run.stderr
        == "workforce: error: --samples-out 'link.csv' is an input file and would be overwritten; expected a different output path\n"
    )
    #expect(try Data(contentsOf: scenario) == original)
  }
}
