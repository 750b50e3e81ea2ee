import Diagnostics
import Foundation
import RandomSampling
import ScenarioFormat
import Testing
import WorkforceModel

@testable import BusinessCase

/// Decodes scenario text as the file `case.yaml`.
func decode(_ text: String) throws -> Scenario {
  try ScenarioLoader().decode(text, file: "case.yaml")
}

/// `|a − b| ≤ 1e-9 × max(1, |a|, |b|)`: equal up to rounding in the last digits.
func close(_ a: Double, _ b: Double, relative: Double = 1e-9) -> Bool {
  abs(a - b) <= relative * max(1, abs(a), abs(b))
}

func close(_ a: Interval, _ low: Double, _ high: Double, relative: Double = 1e-9) -> Bool {
  close(a.low, low, relative: relative) && close(a.high, high, relative: relative)
}

/// One `rpa` solution `a` that frees exactly 10 årsværk:
/// 600 reports × 1 field × 1,450 min ÷ 60 ÷ 1,450 h = 10.
/// Project cost = pre-analysis 0 + development + project management 500,000
/// + organisational 0; operating cost = development × 20 %.
/// With development = 1 mio.: project 1,500,000, operating 200,000 a year.
/// `ownBusinessCase` lines go under `a:` (indented by four spaces);
/// `extraSolution` lines under `solutions:`.
func oneSolution(
  development: String = "1mio", businessCase: String, ownBusinessCase: String = "", extraSolution: String = ""
) -> String {
  """
  assumptions: {hours_per_fte: 1450}
  solutions:
    a:
      model: rpa
      staff: [x]
      inputs: {reports_per_year: 600, fields_per_report: 1, minutes_per_field: 1450, pre_analysis: 0, \
  development: \(development), project_management: 500k, organisational: 0, operations_share_of_development: 20%}
  \(ownBusinessCase)
  \(extraSolution)
  business_case:
  \(businessCase)
  """
}

/// Σ_{t=1}^{3} 1.1^-t = 1/1.1 + 1/1.21 + 1/1.331 = 2.486851990984222.
let annuity3 = 1 / 1.1 + 1 / 1.21 + 1 / 1.331

/// A whole number in `0 ..< bound` from the project's seeded generator.
func draw(_ bound: Int, _ rng: inout Xoshiro256StarStar) -> Int {
  Int(rng.next(upperBound: UInt64(max(1, bound))))
}
