/// "Did you mean …?" suggestions for misspelt names.
package enum Suggestion {
  /// The candidate closest to `name` by edit distance, if it is close enough to
  /// be a plausible typo (at most a third of the name's length, and at least 1).
  ///
  /// Case differences count as one edit in total, so `Share` suggests `share`.
  ///
  /// - Complexity: O(*n* · *m* · *k*) for *k* candidates of length *m*, but
  ///   O(*n* + *m* · *k*) when every candidate's length differs from the
  ///   name's by more than the limit (a 60 KB name is not compared cell by cell).
  package static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
    let length = name.unicodeScalars.count
    let limit = max(1, name.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      // The edit distance is at least the difference in length.
      guard abs(candidate.unicodeScalars.count - length) <= limit else { continue }
      let distance = editDistance(name, candidate)
      if distance <= limit, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// The Damerau–Levenshtein (optimal string alignment) distance: insertions,
  /// deletions, substitutions and swaps of neighbours each cost 1.
  package static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
