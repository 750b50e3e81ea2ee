/// The range of a formula over a box of input ranges: never narrower than the
/// true range, and exact whenever the formula can be shown to be monotone in
/// each uncertain input.
///
/// Plain interval arithmetic (evaluating the formula with ``Interval``s) gives
/// an enclosure that is exact when every uncertain input appears once, but
/// can be too wide when an input appears twice: `x − 0.5·x` over `x ∈ [1, 2]`
/// gives `[0, 1.5]`, while the truth is `[0.5, 1]`. This analysis tightens it:
///
/// 1. **Monotonicity test.** Evaluate the formula with ``IntervalSlope`` to get,
///    for each uncertain input, an enclosure of the slope of the formula with
///    respect to that input over the whole box. If the slope is ≥ 0, the
///    formula never decreases in that input anywhere in the box, so its
///    minimum is reached with the input at its low end (and its maximum at the
///    high end); ≤ 0, the reverse.
/// 2. **Fix and repeat.** For the lower bound, fix every input found monotone
///    at its minimising end, then test the remaining inputs again on the
///    smaller box (fixing one input often settles the sign of another's slope).
///    The same, separately, for the upper bound.
/// 3. **Endpoints.** When every uncertain input is fixed, the bound is the
///    formula evaluated at that corner: exact.
/// 4. **Bisection, within a budget.** Inputs still undecided are split in
///    halves and each half is tested again (a formula monotone on each half,
///    such as `x / (x + 1)`, is then resolved exactly). A box whose interval
///    bound cannot beat the best corner value found so far is dropped. When
///    the budget is spent, the remaining boxes contribute their plain interval
///    bounds, which are still valid: the answer is then an enclosure a little
///    wider than the truth, never narrower.
///
/// The result is also intersected with the plain interval evaluation.
///
/// Work is bounded: at most ``boxBudget`` boxes per bound, and at most
/// ``workLimit`` node visits over the life of one analysis (a slope evaluation
/// counts once per input). Once the work is spent, ``range(of:)`` returns
/// `nil` and the caller keeps the plain interval value, so even a hostile
/// scenario (hundreds of long, non-monotone `let` formulas) loads quickly.
///
/// - Complexity: for a formula monotone in every input, two slope evaluations
///   and two point evaluations per bound, each visiting the formula and the
///   intermediates it needs once.
package struct FormulaRangeAnalysis: Sendable {
  let model: FormulaModel
  /// The range of each model input.
  let box: [Interval]
  /// Node visits so far.
  private(set) var work = 0

  /// The most boxes examined per bound before settling for an enclosure.
  static let boxBudget = 64
  /// The most node visits of one analysis.
  static let workLimit = 200_000

  init(model: FormulaModel, box: [Interval]) {
    self.model = model
    self.box = box
  }

  /// The range of `expression` over the box, or `nil` when the work limit is
  /// reached (the plain interval value is then the best available).
  package mutating func range(of expression: FormulaExpression) -> Interval? {
    let needed = model.closure(of: expression)
    let plainCost =
      expression.allNodes.count + needed.reduce(0) { $0 + model.intermediates[$1].expression.allNodes.count }
    let uncertain = box.filter { !$0.isPoint }.count
    let slopeCost = plainCost * (uncertain + 1)
    // The least an analysis costs: per bound, one slope pass per input fixed and one evaluation.
    let minimum = 2 * (uncertain * slopeCost + plainCost) + plainCost
    guard work + minimum <= Self.workLimit else { return nil }
    let cost = Cost(plain: plainCost, slopes: slopeCost)
    let plain = evaluate(expression, over: box, needed: needed, cost: cost)
    guard uncertain > 0 else { return plain }
    let low = bound(of: expression, minimising: true, needed: needed, cost: cost)
    let high = -bound(of: expression, minimising: false, needed: needed, cost: cost)
    guard low <= high else { return plain }
    return plain.narrowed(to: Interval(low, high))
  }

  /// What one plain and one slope evaluation of an expression cost.
  private struct Cost {
    var plain: Int
    var slopes: Int
  }

  /// The plain interval value of `expression` over `inputs`.
  private mutating func evaluate(
    _ expression: FormulaExpression, over inputs: [Interval], needed: [Int], cost: Cost
  ) -> Interval {
    work += cost.plain
    var evaluator = FormulaEvaluator(arguments: inputs)
    evaluator.computeIntermediates(of: model, only: needed)
    return evaluator.value(of: expression).sanitised
  }

  /// The slopes of `expression` with respect to each input, over `inputs`.
  private mutating func slopes(
    of expression: FormulaExpression, over inputs: [Interval], needed: [Int], cost: Cost
  ) -> [Interval] {
    work += cost.slopes
    let arguments = inputs.indices.map { IntervalSlope(input: $0, of: inputs.count, range: inputs[$0]) }
    var evaluator = FormulaEvaluator(arguments: arguments)
    evaluator.computeIntermediates(of: model, only: needed)
    return evaluator.value(of: expression).slopes
  }

  /// A lower bound of the expression (`minimising`) or of its negation, found
  /// by the monotonicity test, fixing, endpoints and bisection.
  private mutating func bound(
    of expression: FormulaExpression, minimising: Bool, needed: [Int], cost: Cost
  ) -> Double {
    /// The bound of the expression's value in the direction asked for.
    func lowerBound(_ value: Interval) -> Double { minimising ? value.low : -value.high }
    let uncertain = box.filter { !$0.isPoint }.count
    let boxCost = uncertain * cost.slopes + cost.plain

    var pending = [box]
    var best = Double.infinity  // the lowest value seen at a corner (a true value)
    var bound = Double.infinity  // the lowest bound of any box given up on
    var examined = 0
    while let candidate = pending.popLast() {
      examined += 1
      let outOfWork = work + boxCost > Self.workLimit
      if outOfWork {
        // No more testing: the box's plain bound is still valid.
        bound = Swift.min(bound, lowerBound(evaluate(expression, over: candidate, needed: needed, cost: cost)))
        continue
      }
      let fixed = fixMonotoneInputs(of: expression, in: candidate, minimising: minimising, needed: needed, cost: cost)
      let value = lowerBound(evaluate(expression, over: fixed, needed: needed, cost: cost))
      let undecided = fixed.indices.filter { !fixed[$0].isPoint }
      if undecided.isEmpty {
        best = Swift.min(best, value)
        continue
      }
      if value >= best { continue }  // this box cannot hold anything lower
      if examined + pending.count >= Self.boxBudget {
        bound = Swift.min(bound, value)
        continue
      }
      // Split the undecided input that is widest relative to its whole range.
      let widest = undecided.max { a, b in relativeWidth(fixed[a], a) < relativeWidth(fixed[b], b) } ?? undecided[0]
      let range = fixed[widest]
      var lower = fixed
      var upper = fixed
      lower[widest] = Interval(range.low, range.midpoint)
      upper[widest] = Interval(range.midpoint, range.high)
      pending.append(upper)
      pending.append(lower)
    }
    return Swift.min(best, bound)
  }

  private func relativeWidth(_ range: Interval, _ input: Int) -> Double {
    let whole = box[input].width
    return whole > 0 && whole.isFinite ? range.width / whole : 0
  }

  /// `inputs` with every input the expression is monotone in fixed at the end
  /// that minimises (or maximises) it, repeated until no more can be fixed.
  private mutating func fixMonotoneInputs(
    of expression: FormulaExpression, in inputs: [Interval], minimising: Bool, needed: [Int], cost: Cost
  ) -> [Interval] {
    var inputs = inputs
    while inputs.contains(where: { !$0.isPoint }) {
      let slopes = slopes(of: expression, over: inputs, needed: needed, cost: cost)
      var changed = false
      for index in inputs.indices where !inputs[index].isPoint {
        let slope = index < slopes.count ? slopes[index] : Interval(constant: 0)
        let increasing = slope.low >= 0
        let decreasing = slope.high <= 0
        guard increasing || decreasing else { continue }
        let atLow = increasing == minimising
        inputs[index] = Interval(constant: atLow ? inputs[index].low : inputs[index].high)
        changed = true
      }
      if !changed { break }
    }
    return inputs
  }
}

extension FormulaRangeAnalysis {
  /// The plain interval value of `expression` over `box`: an enclosure that
  /// may be wider than the truth, at the cost of one evaluation.
  package static func plainRange(of expression: FormulaExpression, model: FormulaModel, box: [Interval]) -> Interval {
    var evaluator = FormulaEvaluator(arguments: box)
    evaluator.computeIntermediates(of: model, only: model.closure(of: expression))
    return evaluator.value(of: expression).sanitised
  }
}
