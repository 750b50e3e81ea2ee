import ExecutableTestSupport
import Foundation
import Testing

/// The malformed-input corpus.
let fixturesFolder = packageRoot.appendingPathComponent("Tests/Fixtures/malformed")

/// Runs the built `workforce` executable in the corpus folder. A run that
/// takes longer than 30 seconds is killed and reported, so a hang in the
/// parser fails the test instead of stalling the suite.
let workforce = WorkforceExecutable(defaultFolder: fixturesFolder, defaultTimeout: 30)

/// One line of `EXPECTED.txt`: a fixture and what `workforce validate` must do with it.
struct CorpusEntry: Sendable, CustomTestStringConvertible {
  var file: String
  var status: Int32
  var stderr: String

  var testDescription: String { file }
}

/// The manifest, `Tests/Fixtures/malformed/EXPECTED.txt`: `file<TAB>exit code<TAB>stderr line`,
/// with `#` comment lines.
enum Manifest {
  static let url = fixturesFolder.appendingPathComponent("EXPECTED.txt")

  static func load() throws -> [CorpusEntry] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var entries: [CorpusEntry] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated()
    where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count == 3, let status = Int32(fields[1]) else {
        throw ManifestError(line: index + 1, text: String(line))
      }
      entries.append(CorpusEntry(file: String(fields[0]), status: status, stderr: String(fields[2])))
    }
    return entries
  }

  /// The entries, or none when the manifest cannot be read (a separate test fails then).
  static let entries: [CorpusEntry] = (try? load()) ?? []

  struct ManifestError: Error, CustomStringConvertible {
    var line: Int
    var text: String
    var description: String { "EXPECTED.txt line \(line) is not 'file<TAB>status<TAB>stderr': \(text)" }
  }
}
