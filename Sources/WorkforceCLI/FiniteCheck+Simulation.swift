import Diagnostics
import Simulation
import WorkforceModel

extension FiniteCheck {
  /// Checks every number a `simulate` report prints (means, standard
  /// deviations, standard errors, percentiles and their intervals, the
  /// share of negative draws, and every sensitivity figure) before anything
  /// is written, so that no NaN or infinity reaches an output.
  ///
  /// - Throws: a `.data` diagnostic located at the solution (or, for a
  ///   sensitivity figure, the input) whose figure is not finite; at the
  ///   scenario file's first line for a total.
  static func verify(_ result: SimulationResult, of scenario: Scenario) throws(Diagnostic) {
    for output in result.outputs {
      var numbers: [(String, Double)] = [
        ("mean", output.mean), ("standard deviation", output.standardDeviation),
        ("standard error", output.standardError),
      ]
      for percentile in output.percentiles {
        let name = "P\(PlainPercent.text(percentile.probability))"
        numbers += [
          (name, percentile.value), ("\(name) lower confidence bound", percentile.interval.lowerBound),
          ("\(name) upper confidence bound", percentile.interval.upperBound),
        ]
      }
      if let share = output.probabilityNegative { numbers.append(("share of negative draws", share)) }
      for (name, value) in numbers where !value.isFinite {
        throw notFinite(name, of: output.key, is: value, at: location(ofOutput: output.key, in: scenario))
      }
    }
    for (key, baseline, entries) in result.sensitivity?.outputs ?? [] {
      if !baseline.isFinite {
        throw notFinite("sensitivity baseline", of: key, is: baseline, at: location(ofOutput: key, in: scenario))
      }
      for entry in entries {
        var numbers = [
          ("rank correlation", entry.rankCorrelation), ("tornado low end", entry.tornadoLow),
          ("tornado high end", entry.tornadoHigh),
        ]
        if let value = entry.firstOrder { numbers.append(("first-order Sobol index", value)) }
        if let value = entry.total { numbers.append(("total Sobol index", value)) }
        for interval in [entry.firstOrderInterval, entry.totalInterval].compactMap({ $0 }) {
          numbers += [("Sobol confidence bound", interval.lowerBound), ("Sobol confidence bound", interval.upperBound)]
        }
        for (name, value) in numbers where !value.isFinite {
          throw notFinite(
            "\(name) of input \(entry.input)", of: key, is: value, at: location(ofInput: entry.input, in: scenario))
        }
      }
    }
  }

  static func notFinite(_ name: String, of key: String, is value: Double, at location: SourceLocation?) -> Diagnostic {
    Diagnostic(
      at: location, "the simulated \(name) of \(key) is \(value.isNaN ? "not a number (NaN)" : "infinite")",
      expected: "inputs whose draws keep every figure finite (below about 1.8e308)")
  }

  /// The solution of `ward.fte`; the file's first line for `total.fte`.
  static func location(ofOutput key: String, in scenario: Scenario) -> SourceLocation {
    let id = key.split(separator: ".").first.map(String.init) ?? key
    return scenario.solution(id)?.location ?? SourceLocation(file: scenario.file, line: 1, column: 1)
  }

  /// The value of `ward.share` or `assumptions.hours_per_fte`.
  static func location(ofInput key: String, in scenario: Scenario) -> SourceLocation {
    let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
    if parts.count == 2 {
      if parts[0] == "assumptions", let input = scenario.assumptions.first(where: { $0.name == parts[1] }) {
        return input.location
      }
      if let input = scenario.solution(parts[0])?.argument(named: parts[1]) { return input.location }
    }
    return location(ofOutput: key, in: scenario)
  }
}

/// `5`, `50`, `97.5`: a probability as a percentage without trailing zeros.
enum PlainPercent {
  static func text(_ probability: Double) -> String {
    let percent = probability * 100
    return percent == percent.rounded() && abs(percent) < 1e15 ? String(Int(percent)) : String(percent)
  }
}
