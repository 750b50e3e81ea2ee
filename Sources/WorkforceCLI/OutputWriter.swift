import Diagnostics
import Foundation

/// Writes a command's result to standard output or, with `--output`, to a
/// file: written in full to a temporary file in the same folder, then renamed
/// over the target, so a reader never sees half a file and a failed or
/// interrupted run leaves the previous file as it was (see ``TemporaryFiles``).
/// Refuses to write over an input file.
struct OutputWriter {
  /// The `--output` path, or nil for standard output.
  var path: String?
  /// The files the command reads, which must never be overwritten.
  var inputs: [String]
  /// The run's temporary files; when nil, a write makes its own for as long
  /// as it takes.
  var temporaries: TemporaryFiles?

  init(path: String?, inputs: [String], temporaries: TemporaryFiles? = nil) {
    self.path = path
    self.inputs = inputs
    self.temporaries = temporaries
  }

  func write(_ text: String, console: inout Console) throws(Diagnostic) {
    guard let path else {
      console.out(text)
      return
    }
    try Self.writeAtomically(Data(text.utf8), to: path, inputs: inputs, temporaries: temporaries)
  }

  /// Writes `data` to a temporary file beside `path` and renames it over `path`.
  ///
  /// - Parameter temporaries: the run's temporary files; when nil, the write
  ///   catches interrupting signals itself for as long as it takes.
  /// - Throws: a `.usage` diagnostic when `path` is one of `inputs`, an `.io`
  ///   one when it is a directory or cannot be written (nothing is changed then).
  static func writeAtomically(
    _ data: Data, to path: String, inputs: [String], option: String = "--output", temporaries: TemporaryFiles? = nil
  ) throws(Diagnostic) {
    let target = try checkedTarget(path, option: option, inputs: inputs)
    let temporaries = temporaries ?? TemporaryFiles()
    let name = "\(option) '\(path)'"
    let (temporary, handle) = try temporaries.create(for: target, named: name)
    do {
      try handle.write(contentsOf: data)
      try handle.close()
    } catch {
      try? handle.close()
      temporaries.discard(temporary)
      throw TemporaryFiles.cannotWrite(name)
    }
    try temporaries.commit(temporary, to: target, named: name)
  }

  /// The file `path` names, after checking that writing it cannot destroy an
  /// input (symbolic links followed) and that it is not a directory.
  ///
  /// - Parameter option: `--output` or `--samples-out`, for messages.
  static func checkedTarget(_ path: String, option: String, inputs: [String]) throws(Diagnostic) -> URL {
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
      throw Diagnostic(
        .usage, at: nil, "\(option) '\(path)' is an input file and would be overwritten",
        expected: "a different output path")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw Diagnostic(.io, at: nil, "\(option) '\(path)' is a directory", expected: "a file path")
    }
    return target
  }
}
