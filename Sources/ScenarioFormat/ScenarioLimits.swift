/// Limits on what a scenario file may contain, so that a huge or hostile file
/// gets a clear error instead of exhausting memory or time.
package struct ScenarioLimits: Sendable, Hashable {
  /// Largest scenario file, in bytes.
  package var fileSize: Int
  /// Most solutions in one scenario.
  package var solutions: Int
  /// Most inputs (and assumptions) in one mapping.
  package var inputs: Int
  /// Longest chain of `extends:`.
  package var extendsDepth: Int

  package init(fileSize: Int = 4 << 20, solutions: Int = 1_000, inputs: Int = 1_000, extendsDepth: Int = 16) {
    self.fileSize = fileSize
    self.solutions = solutions
    self.inputs = inputs
    self.extendsDepth = extendsDepth
  }

  package static let standard = ScenarioLimits()
}
