import ExecutableTestSupport
import Foundation
import Testing
import WorkforceModel
import YAMLSubset

@testable import ScenarioFormat

/// Design §2: every scenario file is valid YAML and a YAML library reads the
/// same values from it. When python3 with PyYAML is installed, each bundled
/// scenario is read by PyYAML and compared, leaf by leaf, with our tree.
@Suite("YAML library agreement")
struct YAMLLibraryAgreementTests {
  /// Prints, as JSON, every leaf of the file as PyYAML's BaseLoader reads it
  /// (all scalars as text) and as its SafeLoader reads it (typed values).
  static let script = #"""
    import json, sys, yaml
    def leaves(node, path, out, typed):
        if isinstance(node, dict):
            for key, value in node.items():
                leaves(value, path + "/" + str(key), out, typed)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                leaves(value, path + "[" + str(index) + "]", out, typed)
        elif typed:
            kind = type(node).__name__
            out.append([path, kind, node if kind in ("int", "float", "str") else repr(node)])
        else:
            out.append([path, node])
    with open(sys.argv[1], encoding="utf-8") as handle:
        text = handle.read()
    texts, typed = [], []
    leaves(yaml.load(text, Loader=yaml.BaseLoader), "", texts, False)
    leaves(yaml.load(text, Loader=yaml.SafeLoader), "", typed, True)
    print(json.dumps({"texts": texts, "typed": typed}))
    """#

  static let scenarioFiles = ["published.yaml", "uncertain.yaml", "pessimistic.yaml", "optimistic.yaml"]

  /// Whether `python3 -c "import yaml"` succeeds on this machine.
  static let pyYAMLAvailable: Bool = (try? python(["-c", "import yaml"]).status) == 0

  @Test(
    .enabled(if: pyYAMLAvailable, "python3 with PyYAML (import yaml) is not available; skipping the cross-check"),
    arguments: scenarioFiles)
  func pyYAMLReadsTheSameTree(_ file: String) throws {
    let path = bundled(file)
    let run = try Self.python(["-c", Self.script, path])
    try #require(run.status == 0, "python3 failed on \(file): \(run.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    let report = try #require(object as? [String: Any])
    let texts = try #require(report["texts"] as? [[Any]])
    let typed = try #require(report["typed"] as? [[Any]])

    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let root = try #require(try YAMLParser.parse([UInt8](data), file: file))
    var ours: [(path: String, scalar: YAMLScalar)] = []
    Self.leaves(root, "", into: &ours)

    // The same leaves, in the same order, with the same text.
    let theirs = texts.compactMap { leaf -> (String, String)? in
      guard leaf.count == 2, let path = leaf[0] as? String, let text = leaf[1] as? String else { return nil }
      return (path, text)
    }
    #expect(theirs.count == texts.count, "every BaseLoader leaf is a text")
    #expect(ours.map(\.path) == theirs.map(\.0))
    #expect(ours.map(\.scalar.text) == theirs.map(\.1))
    #expect(ours.count >= 9)

    // Where PyYAML reads a number, our quantity parser reads the same number.
    let byPath = Dictionary(ours.map { ($0.path, $0.scalar) }, uniquingKeysWith: { first, _ in first })
    var numbers = 0
    for leaf in typed {
      guard leaf.count == 3, let leafPath = leaf[0] as? String, let kind = leaf[1] as? String else {
        Issue.record("malformed leaf \(leaf)")
        continue
      }
      let scalar = try #require(byPath[leafPath], "PyYAML has \(leafPath), we do not")
      switch kind {
      case "str":
        #expect(leaf[2] as? String == scalar.text, "\(leafPath)")
      case "int", "float":
        numbers += 1
        let value = try #require((leaf[2] as? NSNumber)?.doubleValue, "\(leafPath)")
        #expect(try QuantityParser.parse(scalar.text) == .point(value), "\(leafPath): \(scalar.text)")
      default:
        Issue.record("PyYAML reads \(leafPath) ('\(scalar.text)') as \(kind), not as text or a number")
      }
    }
    if file == "published.yaml" { #expect(numbers >= 20) }
  }

  /// Every scalar leaf of `node` with its path, written as the script writes it.
  static func leaves(_ node: YAMLNode, _ path: String, into out: inout [(path: String, scalar: YAMLScalar)]) {
    switch node.content {
    case .scalar(let scalar): out.append((path, scalar))
    case .sequence(let items):
      for (index, item) in items.enumerated() { leaves(item, "\(path)[\(index)]", into: &out) }
    case .mapping(let entries):
      for entry in entries { leaves(entry.value, "\(path)/\(entry.key.text)", into: &out) }
    }
  }

  /// Runs python3 (found on PATH), capturing its output.
  static func python(_ arguments: [String]) throws -> Execution {
    try CapturedProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
  }
}
