/// The scenario files of `Scenarios/`, compiled into the executable.
///
/// SwiftPM embeds each file's bytes at build time (`resources: [.embedInCode]` in
/// `Package.swift`, through the `Scenarios` link in this folder), so the copy
/// inside a release binary is always the one in the package: there is no second,
/// hand-kept copy to fall out of date. The table below names them; a test checks
/// that it lists every file of `Scenarios/` and nothing else.
package enum BundledScenarios {
  /// One bundled scenario file.
  package struct File: Sendable {
    /// The file name, e.g. `published.yaml`.
    package var name: String
    /// The file's bytes, exactly as in `Scenarios/`.
    package var bytes: [UInt8]
  }

  /// The folder the bundled files are shown in, as in the package.
  package static let folder = "Scenarios"

  /// Every bundled file, the main scenario first.
  package static let files: [File] = [
    File(name: "published.yaml", bytes: PackageResources.published_yaml),
    File(name: "published-as-formulas.yaml", bytes: PackageResources.published_as_formulas_yaml),
    File(name: "pessimistic.yaml", bytes: PackageResources.pessimistic_yaml),
    File(name: "optimistic.yaml", bytes: PackageResources.optimistic_yaml),
    File(name: "uncertain.yaml", bytes: PackageResources.uncertain_yaml),
    File(name: "portfolio.yaml", bytes: PackageResources.portfolio_yaml),
    File(name: "speech-recognition.yaml", bytes: PackageResources.speech_recognition_yaml),
    File(name: "portfolio-decision.yaml", bytes: PackageResources.portfolio_decision_yaml),
  ]

  /// The bundled file called `name` (`published.yaml`), if there is one.
  package static func file(named name: String) -> File? {
    files.first { $0.name == name }
  }
}
