import Diagnostics
import Foundation
import ScenarioFormat
import Testing
import WorkforceModel

/// Decodes `text` as the scenario file `f.yaml` through the public API.
func decode(_ text: String) throws(Diagnostic) -> Scenario {
  try ScenarioLoader().decode(text, file: "f.yaml")
}

/// The error decoding `text` throws, or `nil` (a test failure) if it decodes.
func decodeError(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
  do {
    _ = try decode(text)
    Issue.record("expected an error, but the scenario decoded", sourceLocation: sourceLocation)
    return nil
  } catch {
    return error
  }
}

/// The one-line rendering of the error decoding `text` throws.
func decodeMessage(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
  decodeError(text, sourceLocation: sourceLocation)?.description
}

/// All eight inputs of the `ward` model, as flow-mapping entries for `assumptions:`.
let wardAssumptions = """
  assumptions: {minutes_saved_per_patient_day: 13.25, admissions: 725_000, share: 25%, \
  length_of_stay_days: 4, price_per_patient_day: 75..125, project_management: 20mio..25mio, \
  tender: 2mio, hours_per_fte: 1450}
  """

/// A one-solution scenario whose `ward` solution sets one input itself, on line
/// 6 with the value at column 15 when `input` is `tender` (`      tender: `).
/// Every other input comes from `assumptions:` on line 1.
func wardWithInput(_ input: String, _ value: String) -> String {
  """
  \(wardAssumptions)
  solutions:
    ward:
      model: ward
      inputs:
        \(input): \(value)

  """
}

/// The quantity the one-input scenario of `wardWithInput` decodes to.
func quantity(of input: String, _ value: String) throws -> Quantity {
  let scenario = try decode(wardWithInput(input, value))
  let solution = try #require(scenario.solution("ward"))
  return try #require(solution.argument(named: input)).quantity
}

/// The full ward solution written out, every input under `inputs:` (lines 5–12),
/// followed by `extra` lines.
func fullWard(_ extra: String = "") -> String {
  """
  solutions:
    ward:
      model: ward
      inputs:
        minutes_saved_per_patient_day: 13.25
        admissions: 725_000
        share: 25%
        length_of_stay_days: 4
        price_per_patient_day: 75..125
        project_management: 20mio..25mio
        tender: 2mio
        hours_per_fte: 1450
  \(extra)
  """
}

/// The ward model's inputs as error messages list them.
let wardInputList =
  "minutes_saved_per_patient_day, admissions, share, length_of_stay_days, price_per_patient_day, "
  + "project_management, tender, hours_per_fte"

/// A fresh, empty folder for the files one test writes.
func temporaryFolder() throws -> URL {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("scenario-format-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder
}

/// Writes `text` to `name` inside `folder`, creating subfolders as needed.
@discardableResult
func write(_ text: String, to name: String, in folder: URL) throws -> URL {
  let url = folder.appendingPathComponent(name)
  try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
  try Data(text.utf8).write(to: url)
  return url
}

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The path of a bundled scenario.
func bundled(_ name: String) -> String {
  packageRoot.appendingPathComponent("Scenarios").appendingPathComponent(name).path
}
