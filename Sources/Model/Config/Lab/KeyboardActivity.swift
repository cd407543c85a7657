import Stochastics

/// Keyboard and mouse use within a session: active and idle spells alternate,
/// so a policy can ask how long the keyboard has been idle.
public struct KeyboardActivity: Sendable, Equatable {
  /// Length of a spell of typing (assumption: exponential, mean 5 min).
  public var active: Distribution
  /// Length of a spell without input (assumption: exponential, mean 3 min).
  public var idle: Distribution

  /// Creates the activity model.
  public init(active: Distribution = .exponential(mean: 300), idle: Distribution = .exponential(mean: 180)) {
    self.active = active
    self.idle = idle
  }
}
