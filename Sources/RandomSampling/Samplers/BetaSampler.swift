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
///   min/max networks (median of 3, full sort of 5), and only the selected
///   word is converted: the result is exactly the order statistic of 53-bit
///   uniforms. Branch-free matters: an insertion sort of five random words
///   mispredicts several branches per sample and measured four times slower.
/// - (3, 3), PERT with the mode at the midpoint (every `a..b` range and
///   every uncertain point of the standard workload): the median of five
///   32-bit uniforms, eight samples at a time in 16-bit SIMD lanes, exact on
///   a grid of 2⁻³² (``fillMedianOf5(_:offset:scale:using:)``).
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
  ///   statistics, 1.5 for Beta(3, 3); about 4.5 calls, a `log`, a square root and two divisions
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
  /// Eight samples at a time, each exactly the median of five independent
  /// 32-bit uniforms. A 32-bit uniform is split into its high half K and low
  /// half V (independent 16-bit uniforms), and the five are ordered by (K, V):
  ///
  /// - the median's K is the median of the five K's, found by a min/max
  ///   network on eight 16-bit lanes (one SSE2 instruction per step, where
  ///   32-bit unsigned lanes need five);
  /// - when that K occurs once, the median's V is just that element's V, an
  ///   independent uniform, so it is drawn alone: the other four V's are
  ///   never needed;
  /// - when it occurs m > 1 times (probability 5/2¹⁶ ≈ 7.6·10⁻⁵ per sample),
  ///   the median is the r-th smallest V of the m tied elements, where r
  ///   counts how many of the median's places the smaller K's leave; those m
  ///   V's are drawn afresh (``resolveTie(below:tied:using:)``).
  ///
  /// So the result is the same distribution as before the split, Beta(3, 3)
  /// exactly on a grid of 2⁻³² of the range (the midpoint of each cell), from
  /// 1.5 generator words per sample instead of 2.5.
  private func fillMedianOf5(
    _ out: UnsafeMutableBufferPointer<Double>, offset: Double, scale: Double,
    using g: inout Xoshiro256StarStar
  ) {
    // A lane is the signed grid index W = K·2¹⁶ + V in [−2³¹, 2³¹), and
    // x = W·2⁻³² + ½ + 2⁻³³ = (W + 2³¹ + ½)·2⁻³², exactly (33 significant
    // bits), in (0, 1); so offset + scale·x never leaves [offset, offset + scale].
    let center = SIMD8<Double>(repeating: 0.5 + 0x1p-33)
    @inline(__always)
    func values(_ g: inout Xoshiro256StarStar) -> SIMD8<Double> {
      let x = SIMD8<Double>(Self.medianOf5GridIndices(using: &g)) * 0x1p-32 + center
      return offset + scale * x
    }
    var i = 0
    if let start = UnsafeMutableRawPointer(out.baseAddress) {
      // Whole groups of eight are stored as one vector (unaligned store).
      while i + 8 <= out.count {
        start.storeBytes(of: values(&g), toByteOffset: i * MemoryLayout<Double>.stride, as: SIMD8<Double>.self)
        i += 8
      }
    }
    if i < out.count {
      let last = values(&g)
      for lane in 0..<(out.count - i) { out[i + lane] = last[lane] }
    }
  }

  /// Eight medians of five 32-bit uniforms, as signed grid indices K·2¹⁶ + V
  /// (see ``fillMedianOf5(_:offset:scale:using:)``).
  @inline(__always)
  static func medianOf5GridIndices(using g: inout Xoshiro256StarStar) -> SIMD8<Int32> {
    @inline(__always)
    func halves(_ g: inout Xoshiro256StarStar) -> SIMD8<Int16> {
      unsafeBitCast(SIMD2<UInt64>(g.next(), g.next()), to: SIMD8<Int16>.self)
    }
    let a = halves(&g)
    let b = halves(&g)
    let c = halves(&g)
    let d = halves(&g)
    let e = halves(&g)
    let v = SIMD8<UInt16>(truncatingIfNeeded: halves(&g))
    return medianOf5GridIndices(highs: (a, b, c, d, e), low: v, using: &g)
  }

  /// The medians of five (K, V) pairs per lane, as K·2¹⁶ + V, given the five
  /// high halves K and the low half `v` of the median element when its K is
  /// not tied; `g` draws the low halves of tied elements.
  @inline(__always)
  static func medianOf5GridIndices(
    highs: (SIMD8<Int16>, SIMD8<Int16>, SIMD8<Int16>, SIMD8<Int16>, SIMD8<Int16>), low v: SIMD8<UInt16>,
    using g: inout Xoshiro256StarStar
  ) -> SIMD8<Int32> {
    let (a, b, c, d, e) = highs
    let k = median(a, b, c, d, e)
    var w = SIMD8<Int32>(truncatingIfNeeded: k) &<< 16 | SIMD8<Int32>(truncatingIfNeeded: v)
    let one = SIMD8<Int16>(repeating: 1)
    let zero = SIMD8<Int16>(repeating: 0)
    var tied = zero.replacing(with: one, where: a .== k)
    tied &+= zero.replacing(with: one, where: b .== k)
    tied &+= zero.replacing(with: one, where: c .== k)
    tied &+= zero.replacing(with: one, where: d .== k)
    tied &+= zero.replacing(with: one, where: e .== k)
    if any(tied .> one) {
      for lane in 0..<8 where tied[lane] > 1 {
        var below = 0
        for x in [a[lane], b[lane], c[lane], d[lane], e[lane]] where x < k[lane] { below += 1 }
        let low = resolveTie(below: below, tied: Int(tied[lane]), using: &g)
        w[lane] = Int32(k[lane]) &<< 16 | Int32(low)
      }
    }
    return w
  }

  /// The low half of the median of five (K, V) pairs whose median K is
  /// shared by `tied` of them, `below` having a smaller K: the
  /// (3 − below)-th smallest of `tied` fresh 16-bit uniforms.
  ///
  /// - Precondition: 2 ≤ tied ≤ 5, below < 3 ≤ below + tied (the median is
  ///   among the tied).
  static func resolveTie(below: Int, tied: Int, using g: inout Xoshiro256StarStar) -> UInt16 {
    var lows = (0..<tied).map { _ in UInt16(truncatingIfNeeded: g.next() &>> 48) }
    lows.sort()
    return lows[2 - below]
  }

  /// The median of five values in each of eight 16-bit lanes, by a
  /// branch-free selection network of ten min/max steps (Devillard's
  /// `opt_med5`, after Paeth); verified over all 5! orderings in the tests.
  @inline(__always)
  static func median(
    _ a: SIMD8<Int16>, _ b: SIMD8<Int16>, _ c: SIMD8<Int16>, _ d: SIMD8<Int16>, _ e: SIMD8<Int16>
  ) -> SIMD8<Int16> {
    let p0 = pointwiseMin(a, b)
    let p1 = pointwiseMax(a, b)
    let q3 = pointwiseMin(d, e)
    let q4 = pointwiseMax(d, e)
    let r3 = pointwiseMax(p0, q3)
    let r1 = pointwiseMin(p1, q4)
    let s1 = pointwiseMin(r1, c)
    let s2 = pointwiseMax(r1, c)
    let t2 = pointwiseMin(s2, r3)
    return pointwiseMax(s1, t2)
  }

  /// The median of three words with four min/max operations.
  @inline(__always)
  static func median(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
    Swift.max(Swift.min(a, b), Swift.min(Swift.max(a, b), c))
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
