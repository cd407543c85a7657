/// The comparison of a `--constraint`.
package enum ConstraintRelation: String, Sendable, Equatable, CaseIterable {
  case atMost = "<="
  case atLeast = ">="
  case below = "<"
  case above = ">"

  /// Whether `value` satisfies `value <relation> bound` (false for an undefined value).
  package func holds(_ value: Double, _ bound: Double) -> Bool {
    guard value.isFinite else { return false }
    switch self {
    case .atMost: return value <= bound
    case .atLeast: return value >= bound
    case .below: return value < bound
    case .above: return value > bound
    }
  }
}
