import Foundation
import Testing

@testable import Simulation

/// `Benchmarks/reference_numpy.py` writes the benchmark workload again in
/// numpy, from the design rather than from this code, with numpy's generator.
/// The acceptance criterion: means within 0.5 %, P5/P95 within 1 %.
@Suite("Agreement with an independent numpy implementation")
struct IndependentImplementationTests {
  static var numpyAvailable: Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import numpy"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  @Test(.enabled(if: numpyAvailable, "python3 with numpy is not installed"))
  func meansAndPercentilesAgree() throws {
    let capture = FileManager.default.temporaryDirectory.appendingPathComponent("numpy-\(UUID().uuidString).json")
    _ = FileManager.default.createFile(atPath: capture.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: capture) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", packageRoot.appendingPathComponent("Benchmarks/reference_numpy.py").path, "--iterations", "400000",
      "--seed", "3",
    ]
    process.standardOutput = try FileHandle(forWritingTo: capture)
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: capture)) as? [String: Any])
    let reference = try #require(document["outputs"] as? [String: [String: Double]])

    let plan = SimulationPlan(try bundled("uncertain.yaml"))
    let ours = try MonteCarloRunner(
      plan: plan, options: SimulationOptions(iterations: 400_000, seed: 1, threads: 2, sensitivity: .none)
    ).run()
    #expect(Set(reference.keys) == Set(plan.outputKeys))
    for output in ours.outputs {
      let theirs = try #require(reference[output.key])
      let mean = try #require(theirs["mean"])
      #expect(abs(output.mean - mean) <= 0.005 * abs(mean), "\(output.key) mean")
      for percentile in output.percentiles where percentile.probability != 0.5 {
        let key = percentile.probability == 0.05 ? "p5" : "p95"
        let value = try #require(theirs[key])
        #expect(abs(percentile.value - value) <= 0.01 * abs(value), "\(output.key) \(key)")
      }
    }
  }
}
