import Diagnostics

extension Scenario {
  /// A solution a scenario leaves out of its figures and totals, and why.
  package struct OmittedSolution: Sendable, Hashable {
    /// Why a solution is left out.
    package enum Reason: Sendable, Hashable {
      /// The variant drops it: `id: null` under `solutions:`, or `only:` does
      /// not list it (at that place).
      case variant(SourceLocation)
      /// `--solution` on the command line does not name it.
      case commandLine
    }

    package var id: String
    package var title: String?
    package var reason: Reason

    package init(id: String, title: String? = nil, reason: Reason) {
      self.id = id
      self.title = title
      self.reason = reason
    }
  }

  /// The scenario with only the solutions whose ids pass `keep`, and every
  /// reference to the others removed: their correlations, their business-case
  /// plans, their place in the grant's applicants and their assessment scores.
  /// The solutions left out are added to ``omitted`` with `reason`, so every
  /// output can name them; the totals then cover only the solutions kept.
  ///
  /// - Parameter keep: true for the ids to keep, in the file's order.
  package func keeping(where keep: (String) -> Bool, reason: OmittedSolution.Reason) -> Scenario {
    var copy = self
    let dropped = solutions.filter { !keep($0.id) }
    guard !dropped.isEmpty else { return copy }
    copy.solutions = solutions.filter { keep($0.id) }
    copy.omitted += dropped.map { OmittedSolution(id: $0.id, title: $0.title, reason: reason) }
    let kept = Set(copy.solutions.map(\.id))
    copy.simulation.correlations.removeAll { !kept.contains($0.first.solution) || !kept.contains($0.second.solution) }
    copy.inheritedPublished.removeAll { !kept.contains($0.solution) }
    if var businessCase = copy.businessCase {
      businessCase.plans = businessCase.plans.filter { kept.contains($0.key) }
      copy.businessCase = businessCase
    }
    if var grant = copy.grant, let applicants = grant.applicants {
      grant.applicants = applicants.filter { kept.contains($0.solution) }
      copy.grant = grant
    }
    if var assessment = copy.assessment {
      assessment.scores = assessment.scores.filter { kept.contains($0.key) }
      copy.assessment = assessment
    }
    return copy
  }

  /// The ids of the solutions left out, in the order they were left out.
  package var omittedIDs: [String] { omitted.map(\.id) }
}
