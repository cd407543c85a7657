import Stochastics

/// `availability: {up, down}`: the two distributions of ``Model/Availability/alternating(up:down:)``.
struct AlternatingAvailability: Equatable {
  /// Length of an up period.
  var up: Distribution
  /// Length of a down period.
  var down: Distribution
}
