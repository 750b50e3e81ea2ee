import Diagnostics
import WorkforceModel

@testable import ScenarioFormat

/// Fuzz target `quantity`: bytes as the text of one scalar, through the
/// quantity syntax (`13.25`, `20mio..25mio`, `pert(10, 13.25, 15)`, …).
///
/// Checks, besides "no crash, no hang, no sanitizer report":
/// - a rejection points inside the text (or just after it) and says what is wrong;
/// - an accepted quantity has finite parameters in the documented order
///   (low ≤ high, min ≤ mode ≤ max, sd ≥ 0, 0 < p5 ≤ p95);
/// - the canonical text `ScenarioPrinter` writes for it reads back as exactly
///   the same quantity, bit for bit, as a share and as a plain number.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuantity(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  withinCPUTime(input: bytes) { checkQuantity(bytes) }
  return 0
}

func checkQuantity(_ bytes: [UInt8]) {
  let text = String(decoding: bytes, as: UTF8.self)
  let quantity: Quantity
  do {
    quantity = try QuantityParser.parse(text)
  } catch {
    let length = text.unicodeScalars.count
    guard error.offset >= 0, error.offset <= length else {
      fail("error offset \(error.offset) outside the text of \(length) characters: \(error.message)", input: bytes)
    }
    guard !error.message.isEmpty else { fail("error without a message", input: bytes) }
    return
  }
  guard quantity.parameters.allSatisfy(\.isFinite) else {
    fail("accepted a quantity with a non-finite parameter: \(quantity)", input: bytes)
  }
  guard isOrdered(quantity) else { fail("accepted a quantity out of order: \(quantity)", input: bytes) }
  let range = quantity.deterministicRange
  guard range.low <= range.high else { fail("deterministic range \(range) is reversed", input: bytes) }

  for share in [false, true] {
    let canonical = ScenarioPrinter.quantityText(quantity, share: share)
    guard let again = try? QuantityParser.parse(canonical) else {
      fail("canonical text '\(canonical)' of \(quantity) does not parse", input: bytes)
    }
    guard again.parameters.map(\.bitPattern) == quantity.parameters.map(\.bitPattern),
      again.distributionName == quantity.distributionName
    else {
      fail("canonical text '\(canonical)' of \(quantity) reads back as \(again)", input: bytes)
    }
  }
}

/// Whether the parameters are in the order the syntax promises.
func isOrdered(_ quantity: Quantity) -> Bool {
  switch quantity {
  case .point: true
  case .range(let low, let high), .uniform(let low, let high): low <= high
  case .triangular(let min, let mode, let max), .pert(let min, let mode, let max): min <= mode && mode <= max
  case .normal(_, let sd): sd >= 0
  case .lognormal(let p5, let p95): p5 > 0 && p5 <= p95
  }
}
