/// Non-parametric regression of a response on one or more inputs, for the
/// regression estimator of EVPPI (Strong, Oakley & Brennan 2014, "Estimating
/// multiparameter partial expected value of perfect information from a
/// probabilistic sensitivity analysis sample: a nonparametric regression
/// approach", Med Decis Making 34(3):311–326).
///
/// One input: a local-linear smoother over a sliding window of the draws
/// sorted by the input (the window holds `window` neighbours; at the ends it
/// stops sliding), fitted from prefix sums in O(M log M).
/// Several inputs: a single-index smoother: the response's least-squares
/// linear predictor on the inputs is the index, and the local-linear smoother
/// runs on it (a projection-pursuit step; exact for any response that is a
/// monotone function of a linear combination of the inputs).
enum RegressionSmoother {
  /// The window for `count` draws: 4 % of them, at least 25 and at most all.
  static func window(count: Int) -> Int { min(count, max(25, count / 25)) }

  /// Fitted values of `y` given `x` at every draw.
  ///
  /// - Complexity: O(M log M) for M draws.
  static func localLinear(x: [Double], y: [Double], window requested: Int? = nil) -> [Double] {
    let m = x.count
    guard m > 0 else { return [] }
    let order = x.indices.sorted { x[$0] != x[$1] ? x[$0] < x[$1] : $0 < $1 }
    return localLinear(x: x, y: y, order: order, window: requested ?? window(count: m))
  }

  /// ``localLinear(x:y:window:)`` with the sort order given (reused across responses).
  static func localLinear(x: [Double], y: [Double], order: [Int], window w: Int) -> [Double] {
    let m = x.count
    guard m > 0 else { return [] }
    let w = min(max(2, w), m)
    // Centre and scale, so that the prefix sums do not lose the window's variance.
    let meanX = x.reduce(0, +) / Double(m)
    let meanY = y.reduce(0, +) / Double(m)
    var spread = 0.0
    for v in x { spread = max(spread, abs(v - meanX)) }
    let scale = spread > 0 ? 1 / spread : 1
    var px = [Double](repeating: 0, count: m + 1)
    var pxx = px
    var py = px
    var pxy = px
    for (position, i) in order.enumerated() {
      let u = (x[i] - meanX) * scale
      let v = y[i] - meanY
      px[position + 1] = px[position] + u
      pxx[position + 1] = pxx[position] + u * u
      py[position + 1] = py[position] + v
      pxy[position + 1] = pxy[position] + u * v
    }
    var fitted = [Double](repeating: meanY, count: m)
    let half = w / 2
    for (position, i) in order.enumerated() {
      let low = min(max(0, position - half), m - w)
      let high = low + w
      let n = Double(w)
      let sx = px[high] - px[low]
      let sxx = pxx[high] - pxx[low]
      let sy = py[high] - py[low]
      let sxy = pxy[high] - pxy[low]
      let u = (x[i] - meanX) * scale
      let denominator = n * sxx - sx * sx
      var value = sy / n
      if denominator > 1e-12 * n * n * max(1e-300, sxx / n) {
        let slope = (n * sxy - sx * sy) / denominator
        value += slope * (u - sx / n)
      }
      fitted[i] = meanY + value
    }
    return fitted
  }

  /// Fitted values of `y` given the columns `xs` (one per input) at every draw.
  static func fit(inputs xs: [[Double]], y: [Double], window: Int? = nil) -> [Double] {
    guard let first = xs.first else { return y.map { _ in y.reduce(0, +) / Double(max(1, y.count)) } }
    if xs.count == 1 { return localLinear(x: first, y: y, window: window) }
    return localLinear(x: linearPredictor(xs, y), y: y, window: window)
  }

  /// The least-squares linear predictor of `y` on the columns (with an intercept).
  static func linearPredictor(_ xs: [[Double]], _ y: [Double]) -> [Double] {
    let m = y.count
    let p = xs.count
    var means = [Double](repeating: 0, count: p)
    var scales = [Double](repeating: 1, count: p)
    for k in 0..<p {
      means[k] = xs[k].reduce(0, +) / Double(m)
      var s = 0.0
      for v in xs[k] { s += (v - means[k]) * (v - means[k]) }
      scales[k] = s > 0 ? 1 / (s / Double(m)).squareRoot() : 0
    }
    let meanY = y.reduce(0, +) / Double(m)
    var a = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
    var b = [Double](repeating: 0, count: p)
    var row = [Double](repeating: 0, count: p)
    for j in 0..<m {
      for k in 0..<p { row[k] = (xs[k][j] - means[k]) * scales[k] }
      let v = y[j] - meanY
      for k in 0..<p {
        b[k] += row[k] * v
        for l in k..<p { a[k][l] += row[k] * row[l] }
      }
    }
    for k in 0..<p {
      for l in 0..<k { a[k][l] = a[l][k] }
      a[k][k] += 1e-9 * Double(m)  // a whisker of ridge: collinear or fixed inputs stay solvable
    }
    let beta = solve(a, b)
    var predictor = [Double](repeating: 0, count: m)
    for j in 0..<m {
      var s = 0.0
      for k in 0..<p { s += beta[k] * (xs[k][j] - means[k]) * scales[k] }
      predictor[j] = s
    }
    return predictor
  }

  /// Solves `a x = b` by Gaussian elimination with partial pivoting (a small, symmetric positive system).
  static func solve(_ matrix: [[Double]], _ rhs: [Double]) -> [Double] {
    var a = matrix
    var b = rhs
    let p = b.count
    for column in 0..<p {
      var pivot = column
      for r in column..<p where abs(a[r][column]) > abs(a[pivot][column]) { pivot = r }
      guard abs(a[pivot][column]) > 0 else { continue }
      a.swapAt(column, pivot)
      b.swapAt(column, pivot)
      for r in (column + 1)..<max(column + 1, p) {
        let factor = a[r][column] / a[column][column]
        guard factor != 0 else { continue }
        for c in column..<p { a[r][c] -= factor * a[column][c] }
        b[r] -= factor * b[column]
      }
    }
    var x = [Double](repeating: 0, count: p)
    for r in stride(from: p - 1, through: 0, by: -1) {
      var s = b[r]
      for c in (r + 1)..<max(r + 1, p) { s -= a[r][c] * x[c] }
      x[r] = a[r][r] != 0 ? s / a[r][r] : 0
    }
    return x
  }
}
