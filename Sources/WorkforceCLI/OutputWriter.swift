import Diagnostics
import Foundation

/// Writes a command's result to standard output or, with `--output`, to a
/// file: written in full to a temporary file in the same folder, then renamed
/// over the target, so a reader never sees half a file and a failed run leaves
/// the previous file as it was. Refuses to write over an input file.
struct OutputWriter {
  /// The `--output` path, or nil for standard output.
  var path: String?
  /// The files the command reads, which must never be overwritten.
  var inputs: [String]

  func write(_ text: String, console: inout Console) throws(Diagnostic) {
    guard let path else {
      console.out(text)
      return
    }
    try Self.writeAtomically(Data(text.utf8), to: path, inputs: inputs)
  }

  static func writeAtomically(_ data: Data, to path: String, inputs: [String]) throws(Diagnostic) {
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
      throw Diagnostic(
        .usage, at: nil, "--output '\(path)' is an input file and would be overwritten",
        expected: "a different output path")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw Diagnostic(.io, at: nil, "--output '\(path)' is a directory", expected: "a file path")
    }
    let folder = target.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try data.write(to: temporary)
      if rename(temporary.path, target.path) != 0 {
        throw CocoaError(.fileWriteUnknown)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw Diagnostic(.io, at: nil, "cannot write '\(path)'", expected: "a writable path in an existing folder")
    }
  }
}
