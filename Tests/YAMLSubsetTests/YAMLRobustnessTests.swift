import Diagnostics
import Testing
import YAMLSubset

@Suite("Hostile and large input")
struct YAMLRobustnessTests {
  static let depthError =
    "error: nesting deeper than 64 levels is not supported; expected a flatter structure"

  @Test("64 nested flow sequences parse; the 65th level is an error")
  func depthLimitBoundary() throws {
    #expect(YAMLParser.maximumDepth == 64)
    let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    var node = try #require(try parse(deepest))
    for _ in 1..<64 { node = try #require(node.sequence?.first) }
    #expect(node.sequence == [])
    let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    #expect(parseError(tooDeep) == "f.yaml:1:65: " + Self.depthError)
  }

  @Test("10,000 nested '[' give the depth error quickly, without a stack overflow")
  func deepFlow() {
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      #expect(
        parseError(String(repeating: "[", count: 10_000)) == "f.yaml:1:65: " + Self.depthError)
      #expect(
        parseError(String(repeating: "{a: ", count: 10_000)) == "f.yaml:1:257: " + Self.depthError)
    }
    #expect(elapsed < .seconds(2))
  }

  @Test("deeply indented block mappings and sequences give the depth error")
  func deepBlocks() {
    var mappings = ""
    for level in 0..<10_000 {
      mappings += String(repeating: " ", count: level) + "a:\n"
    }
    #expect(parseError(mappings) == "f.yaml:65:65: " + Self.depthError)
    let sequences = String(repeating: "- ", count: 10_000) + "x\n"
    #expect(parseError(sequences) == "f.yaml:1:129: " + Self.depthError)
  }

  @Test("a generated file of about 1.5 MB parses in linear time")
  func largeFile() throws {
    var text = "solutions:\n"
    var count = 0
    while text.utf8.count < 1_500_000 {
      text += """
          solution_\(count):
            inputs:
              minutes: {value: 13.25, source: "PA 2023, WARD: 13,25 min. pr. døgn"}
              share: 25%
              range: pert(10, 13.25, 15)
            costs: [1, 2, 'three', {a: b}]
            notes:
              - first # a comment
              - 'second'

        """
      count += 1
    }
    let clock = ContinuousClock()
    var root: YAMLNode?
    let elapsed = try clock.measure { root = try parse(text) }
    let solutions = try #require(root?.value(forKey: "solutions")?.mapping)
    #expect(solutions.count == count)
    #expect(solutions.last?.key.location == at(2 + 9 * (count - 1), 3))
    #expect(elapsed < .seconds(10))  // debug build on a shared machine; ~0.1 s in release
  }

  @Test("a 1 MB single line (one long flow sequence) parses")
  func longLine() throws {
    let items = Array(repeating: "abcdef", count: 150_000).joined(separator: ", ")
    let root = try #require(try parse("[" + items + "]"))
    #expect(root.sequence?.count == 150_000)
    #expect(root.sequence?.last?.location == at(1, 2 + 8 * 149_999))
  }

  /// Characters the fuzz test inserts: indicators, whitespace, line breaks,
  /// a multi-byte letter, a BOM and a lone UTF-8 lead byte.
  static let insertions: [[UInt8]] =
    [
      " ", "\t", "\n", "\r", ":", "-", "#", "[", "]", "{", "}", ",", "'", "\"", "\\", "&", "*",
      "!", "|", ">", "%", "?", "a", "é", "\u{FEFF}", "(", ")", "...", "---",
    ].map { Array($0.utf8) } + [[0xC3]]

  @Test("mutated documents parse or fail with a location inside the input")
  func fuzz() throws {
    let original = Array(sampleScenario.utf8)
    var random = TestLCG(seed: 20_240_611)
    var failures = 0
    for _ in 0..<3_000 {
      var bytes = original
      for _ in 0...random.next(below: 3) {
        let index = random.next(below: bytes.count)
        switch random.next(below: 3) {
        case 0:
          bytes.remove(at: index)
        case 1:
          let insertion = Self.insertions[random.next(below: Self.insertions.count)]
          bytes.insert(contentsOf: insertion, at: index)
        default:
          let other = random.next(below: bytes.count)
          bytes.swapAt(index, other)
        }
      }
      let root: YAMLNode?
      do throws(Diagnostic) {
        root = try YAMLParser.parse(bytes, file: "f.yaml")
      } catch {
        failures += 1
        let location = try #require(error.location)
        let lines = Self.lineLengths(bytes)
        #expect(error.kind == .data)
        #expect(location.file == "f.yaml")
        #expect((1...lines.count).contains(location.line), "\(error)")
        if (1...lines.count).contains(location.line) {
          #expect((1...lines[location.line - 1] + 1).contains(location.column), "\(error)")
        }
        continue
      }
      // Whatever parses must survive a round trip through the emitter.
      if let root, !root.isNull {
        let emitted = YAMLEmitter.emit(root)
        let again = try #require(try parse(emitted))
        #expect(
          outline(again.withoutLocations) == outline(root.withoutLocations),
          "\(String(decoding: bytes, as: UTF8.self))\n---\n\(emitted)")
      }
    }
    #expect(failures > 500)  // the mutations do break most documents
  }

  /// The length in characters (non-continuation bytes) of each line, with
  /// LF, CRLF and lone CR as line breaks.
  static func lineLengths(_ bytes: [UInt8]) -> [Int] {
    var lengths = [0]
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        lengths.append(0)
      } else if byte & 0xC0 != 0x80 {
        lengths[lengths.count - 1] += 1
      }
      index += 1
    }
    return lengths
  }
}
