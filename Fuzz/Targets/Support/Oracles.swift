import Diagnostics
import Glibc
import YAMLSubset

/// Checks shared by the fuzz targets. A failed check is a crash on purpose:
/// libFuzzer then keeps the input as an artifact, exactly as for a trap.

/// Stops the fuzzer with `message` (libFuzzer records the input as a crash).
func fail(_ message: String, input: [UInt8]) -> Never {
  let preview = String(decoding: input.prefix(200), as: UTF8.self)
  fatalError("fuzz check failed: \(message)\ninput (first 200 bytes): \(preview.debugDescription)")
}

/// A diagnostic must be located in one of `files` (name and line count) at a
/// real position, say what is wrong, and render on one line (the CLI prints
/// exactly one line per error).
func checkDiagnostic(_ diagnostic: Diagnostic, files: [String: Int], input: [UInt8]) {
  guard let location = diagnostic.location else {
    fail("diagnostic without a location: \(diagnostic)", input: input)
  }
  guard let lineCount = files[location.file], location.line >= 1, location.line <= lineCount + 1,
    location.column >= 1
  else {
    fail("diagnostic at an impossible place (files: \(files)): \(diagnostic)", input: input)
  }
  guard !diagnostic.message.isEmpty else { fail("diagnostic without a message", input: input) }
  guard !diagnostic.description.contains(where: \.isNewline) else {
    fail("diagnostic is not one line: \(diagnostic.description.debugDescription)", input: input)
  }
}

/// The number of lines of `bytes` as the parser counts them (LF, CRLF or CR).
func lineCount(_ bytes: [UInt8]) -> Int {
  var lines = 1
  var index = 0
  while index < bytes.count {
    if bytes[index] == 0x0A {
      lines += 1
    } else if bytes[index] == 0x0D {
      lines += 1
      if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
    }
    index += 1
  }
  return lines
}

/// Whether two trees hold the same content, styles and flow flags, ignoring
/// locations (the emitter's round trip keeps everything but where).
func sameContent(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
  guard a.isFlow == b.isFlow else { return false }
  switch (a.content, b.content) {
  case (.scalar(let x), .scalar(let y)):
    return x.text == y.text && (x.style == y.style || quotedAlike(x, y))
  case (.sequence(let xs), .sequence(let ys)):
    return xs.count == ys.count && zip(xs, ys).allSatisfy(sameContent)
  case (.mapping(let xs), .mapping(let ys)):
    return xs.count == ys.count
      && zip(xs, ys).allSatisfy { x, y in
        x.key.text == y.key.text && (x.key.style == y.key.style || quotedAlike(x.key, y.key))
          && sameContent(x.value, y.value)
      }
  default:
    return false
  }
}

/// The emitter may write a plain scalar in quotes (when plain text would read
/// back differently) and a single-quoted one in double quotes (when it needs an
/// escape): the text stays the same and the value is still a non-null string.
private func quotedAlike(_ original: YAMLScalar, _ emitted: YAMLScalar) -> Bool {
  emitted.style == .doubleQuoted && !original.isNull
}

/// The hang criterion, measured as CPU time of this thread: more than this for
/// one input is a hang. libFuzzer's own `-timeout` is wall-clock time, which a
/// loaded, shared machine stretches; CPU time is not stretched.
let cpuSecondsPerInput = 1.0

/// Runs `body` and fails if it used more than `cpuSecondsPerInput` of CPU time.
func withinCPUTime(input: [UInt8], _ body: () -> Void) {
  let start = threadCPUSeconds()
  body()
  let used = threadCPUSeconds() - start
  if used > cpuSecondsPerInput {
    fail("one input took \(used) s of CPU time (limit \(cpuSecondsPerInput) s)", input: input)
  }
}

/// The CPU time this thread has used, in seconds.
func threadCPUSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
