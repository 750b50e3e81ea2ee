/// The keys of one mapping seen so far, to reject a duplicate with the line of
/// its first occurrence.
///
/// Most mappings in a scenario file have a handful of keys, so they are
/// compared linearly (no hashing, no dictionary allocation per mapping); past
/// `linearLimit` keys a dictionary takes over, which keeps large mappings linear
/// overall.
struct YAMLKeyRegistry: Sendable {
  /// How many keys are searched linearly before switching to a dictionary.
  static let linearLimit = 16

  private var few: [(text: String, line: Int)] = []
  private var many: [String: Int]?

  /// Records `key`.
  ///
  /// - Returns: the line of an earlier key with the same text, or `nil` if the
  ///   key is new (it is then recorded).
  /// - Complexity: amortized O(1) per key (O(`linearLimit`) comparisons at most).
  mutating func firstLine(ofDuplicate key: YAMLScalar) -> Int? {
    if var many {
      if let line = many[key.text] { return line }
      self.many = nil  // keep the dictionary uniquely referenced while mutating
      many[key.text] = key.location.line
      self.many = many
      return nil
    }
    if let earlier = few.first(where: { $0.text == key.text }) { return earlier.line }
    few.append((key.text, key.location.line))
    if few.count > Self.linearLimit {
      var dictionary = [String: Int](minimumCapacity: few.count * 2)
      for (text, line) in few { dictionary[text] = line }
      many = dictionary
      few = []
    }
    return nil
  }
}
