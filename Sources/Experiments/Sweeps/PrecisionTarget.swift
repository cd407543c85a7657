import Traces

/// `--until-ci METRIC:REL[:MAX]`: add replications to a point until the 95% CI
/// half-width of METRIC is at most REL × |mean|, or the point has MAX replications.
package struct PrecisionTarget: Sendable, Equatable {
  /// The metric watched.
  package var metric: String
  /// Largest acceptable half-width relative to |mean|.
  package var relativeHalfWidth: Double
  /// Replications after which a point stops anyway.
  package var maximumReplications: Int

  /// The default cap when MAX is not given.
  package static let defaultMaximum = 200

  /// Parses `METRIC:REL[:MAX]`; nil when malformed.
  package init?(_ text: String) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3, !parts[0].isEmpty,
      let relative = DecimalNumber.value(parts[1]), relative > 0
    else { return nil }
    metric = String(parts[0])
    relativeHalfWidth = relative
    if parts.count == 3 {
      guard let maximum = DecimalNumber.integer(parts[2]), maximum >= 2 else { return nil }
      maximumReplications = maximum
    } else {
      maximumReplications = Self.defaultMaximum
    }
  }
}
