import ExecutableTestSupport
import Foundation

/// Runs the built `workforce` executable as a user would, in the package's
/// root folder (so `Scenarios/…` paths work), capturing what it prints and
/// its exit status.
let workforce = WorkforceExecutable(defaultFolder: packageRoot)

/// Parses JSON output into Foundation objects for structural assertions.
func json(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8))
}
