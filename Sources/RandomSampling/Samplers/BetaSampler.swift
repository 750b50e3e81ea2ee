import Foundation

/// The exact Beta(α, β) sampler behind ``BetaDistribution`` and
/// ``PERTDistribution``, with the method chosen once from the shapes.
///
/// - α = β = 1: the uniform itself.
/// - α = 1 or β = 1: inversion, X = 1 − U^(1/β) or X = U^(1/α).
/// - (2, 2), and integer α, β with α + β = 6 (every integer-shaped PERT):
///   order statistics. The α-th smallest of n = α + β − 1
///   independent uniforms is Beta(α, β) (David & Nagaraja, *Order
///   Statistics*, §2.1). The comparisons are done on the raw 64-bit generator
///   words, an order-preserving stand-in for the uniforms, by branch-free
///   min/max networks (median of 3, median of 5, full sort of 5), and only
///   the selected word is converted: the result is exactly the order
///   statistic of five 53-bit uniforms. Branch-free matters: an insertion
///   sort of five random words mispredicts several branches per sample and
///   measured four times slower.
/// - Otherwise, min(α, β) ≥ 1: the gamma ratio X = G_α / (G_α + G_β), each
///   gamma by Marsaglia & Tsang (ACM TOMS 26, 2000), whose acceptance rate
///   is above 95 %; one polar normal pair feeds both gammas. Measured faster
///   than Cheng's BB here (one `log` per pair of normals instead of two or
///   three `log`s and an `exp` per sample).
/// - min(α, β) < 1: the same gamma ratio with the U^(1/a) boost, combined in
///   log space so that tiny gammas cannot underflow to 0/0.
///
/// `fill` writes `offset + scale · X`, so PERT can reuse it for [min, max].
struct BetaSampler: Sendable, Hashable {
  enum Method: Sendable, Hashable {
    case uniform
    case power(inverseAlpha: Double)
    case reversePower(inverseBeta: Double)
    case medianOf3
    case medianOf5
    case orderStatisticOf5(rank: Int)
    case largeGammaRatio(GammaSampler.Constants, GammaSampler.Constants)
    case gammaRatio(alpha: Double, beta: Double)
  }

  let method: Method

  init(alpha: Double, beta: Double) {
    if alpha == 1 && beta == 1 {
      method = .uniform
    } else if beta == 1 {
      method = .power(inverseAlpha: 1 / alpha)
    } else if alpha == 1 {
      method = .reversePower(inverseBeta: 1 / beta)
    } else if alpha == 2 && beta == 2 {
      method = .medianOf3
    } else if alpha == 3 && beta == 3 {
      method = .medianOf5
    } else if alpha.rounded() == alpha, beta.rounded() == beta, alpha + beta == 6 {
      method = .orderStatisticOf5(rank: Int(alpha))
    } else if alpha >= 1 && beta >= 1 {
      method = .largeGammaRatio(
        GammaSampler.Constants(shape: alpha), GammaSampler.Constants(shape: beta))
    } else {
      method = .gammaRatio(alpha: alpha, beta: beta)
    }
  }

  /// Fills `out` with `offset + scale · X`, X ~ Beta(α, β).
  ///
  /// - Complexity: O(n). Per sample: 3 or 5 generator calls for the order
  ///   statistics; about 4.5 calls, a `log`, a square root and two divisions
  ///   for the gamma ratio.
  func fill(
    _ out: UnsafeMutableBufferPointer<Double>, offset: Double, scale: Double,
    using rng: inout Xoshiro256StarStar
  ) {
    var g = rng
    defer { rng = g }
    switch method {
    case .uniform:
      for i in out.indices {
        out[i] = offset + scale * g.nextUnit()
      }
    case .power(let inverseAlpha):
      for i in out.indices {
        out[i] = offset + scale * pow(g.nextUnit(), inverseAlpha)
      }
    case .reversePower(let inverseBeta):
      for i in out.indices {
        out[i] = offset + scale * (1 - pow(g.nextUnit(), inverseBeta))
      }
    case .medianOf3:
      for i in out.indices {
        let m = Self.median(g.next(), g.next(), g.next())
        out[i] = offset + scale * (Double(m &>> 11) * 0x1p-53)
      }
    case .medianOf5:
      fillMedianOf5(out, offset: offset, scale: scale, using: &g)
    case .orderStatisticOf5(let rank):
      let step = scale * 0x1p-53
      for i in out.indices {
        let sorted = Self.sorted(g.next(), g.next(), g.next(), g.next(), g.next())
        let m: UInt64
        switch rank {
        case 1: m = sorted.0
        case 2: m = sorted.1
        case 3: m = sorted.2
        case 4: m = sorted.3
        default: m = sorted.4
        }
        out[i] = offset + step * Double(m &>> 11)
      }
    case .largeGammaRatio(let first, let second):
      // One polar pair feeds the first trial of both gammas; a rejected
      // trial (a few per cent) falls back to the looping sampler.
      var normals = PolarNormalSource()
      for i in out.indices {
        let (z0, z1) = PolarNormalSource.pair(using: &g)
        let x =
          GammaSampler.trial(first, normal: z0, using: &g)
          ?? GammaSampler.sample(first, normals: &normals, using: &g)
        let y =
          GammaSampler.trial(second, normal: z1, using: &g)
          ?? GammaSampler.sample(second, normals: &normals, using: &g)
        out[i] = offset + scale * (x / (x + y))
      }
    case .gammaRatio(let alpha, let beta):
      var normals = PolarNormalSource()
      for i in out.indices {
        let logX = GammaSampler.logSample(shape: alpha, normals: &normals, using: &g)
        let logY = GammaSampler.logSample(shape: beta, normals: &normals, using: &g)
        // X/(X+Y) = 1/(1 + e^(ln Y − ln X)); exact limits 0 and 1 on overflow.
        out[i] = offset + scale * (1 / (1 + exp(logY - logX)))
      }
    }
  }

  /// The hot path of the benchmark: PERT with mode at the midpoint.
  ///
  /// Each sample is the median of five 32-bit uniforms; eight samples are made
  /// at once in SIMD lanes, from twenty 64-bit words whose halves are the
  /// lanes (every bit of xoshiro256** is of full quality). The result is
  /// Beta(3, 3) exactly, on a grid of 2⁻³² of the range (the midpoint of each
  /// cell), far finer than any figure the tool reports.
  private func fillMedianOf5(
    _ out: UnsafeMutableBufferPointer<Double>, offset: Double, scale: Double,
    using g: inout Xoshiro256StarStar
  ) {
    let step = scale * 0x1p-32
    let base = offset + 0.5 * step
    @inline(__always)
    func lanes(_ g: inout Xoshiro256StarStar) -> SIMD8<UInt32> {
      unsafeBitCast(SIMD4<UInt64>(g.next(), g.next(), g.next(), g.next()), to: SIMD8<UInt32>.self)
    }
    var i = 0
    while i + 8 <= out.count {
      let m = Self.median(lanes(&g), lanes(&g), lanes(&g), lanes(&g), lanes(&g))
      let values = SIMD8(repeating: base) + SIMD8(repeating: step) * SIMD8<Double>(m)
      for lane in 0..<8 { out[i + lane] = values[lane] }
      i += 8
    }
    while i < out.count {
      let m = Self.median(g.next(), g.next(), g.next(), g.next(), g.next())
      out[i] = offset + scale * 0x1p-53 * Double(m &>> 11)
      i += 1
    }
  }

  /// The seven-step median network of ``median(_:_:_:_:_:)-(UInt64,UInt64,UInt64,UInt64,UInt64)``
  /// on eight lanes at once.
  @inline(__always)
  static func median(
    _ a: SIMD8<UInt32>, _ b: SIMD8<UInt32>, _ c: SIMD8<UInt32>, _ d: SIMD8<UInt32>, _ e: SIMD8<UInt32>
  ) -> SIMD8<UInt32> {
    let p0 = pointwiseMin(a, b), p1 = pointwiseMax(a, b)
    let q3 = pointwiseMin(d, e), q4 = pointwiseMax(d, e)
    let r3 = pointwiseMax(p0, q3)
    let r1 = pointwiseMin(p1, q4)
    let s1 = pointwiseMin(r1, c), s2 = pointwiseMax(r1, c)
    let t2 = pointwiseMin(s2, r3)
    return pointwiseMax(s1, t2)
  }

  /// The median of three words with four min/max operations.
  @inline(__always)
  static func median(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
    Swift.max(Swift.min(a, b), Swift.min(Swift.max(a, b), c))
  }

  /// The median of five words by a branch-free selection network of seven
  /// compare-exchanges (Devillard's `opt_med5`, after Paeth). Verified over
  /// all 5! orderings in the tests.
  @inline(__always)
  static func median(
    _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64, _ e: UInt64
  ) -> UInt64 {
    var p0 = a
    var p1 = b
    var p2 = c
    var p3 = d
    var p4 = e
    sort2(&p0, &p1)
    sort2(&p3, &p4)
    // p0 = min(p0, p3) only matters through p3 = max(p0, p3).
    p3 = Swift.max(p0, p3)
    sort2(&p1, &p4)
    // After this p1 ≤ p4; only p1 is used further.
    sort2(&p1, &p2)
    // p3 = min(p2, p3) is the only survivor of this compare-exchange.
    p2 = Swift.min(p2, p3)
    // Median = max(p1, p2).
    return Swift.max(p1, p2)
  }

  /// Five words in ascending order by the optimal 9-comparator sorting
  /// network (Knuth, TAOCP vol. 3, §5.3.4), branch-free.
  @inline(__always)
  static func sorted(
    _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64, _ e: UInt64
  ) -> (UInt64, UInt64, UInt64, UInt64, UInt64) {
    var p = (a, b, c, d, e)
    sort2(&p.0, &p.1)
    sort2(&p.3, &p.4)
    sort2(&p.2, &p.4)
    sort2(&p.2, &p.3)
    sort2(&p.0, &p.3)
    sort2(&p.0, &p.2)
    sort2(&p.1, &p.4)
    sort2(&p.1, &p.3)
    sort2(&p.1, &p.2)
    return p
  }

  @inline(__always)
  private static func sort2(_ x: inout UInt64, _ y: inout UInt64) {
    let low = Swift.min(x, y)
    y = Swift.max(x, y)
    x = low
  }
}
