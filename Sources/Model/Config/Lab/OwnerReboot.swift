import Stochastics

/// A student rebooting the PC at the end of a session (into another OS on a
/// dual-boot PC, or for updates): the PC is down for a while, then the VM boots again.
public struct OwnerReboot: Sendable, Equatable {
  /// Probability that a session ends with a reboot.
  public var probability: Double
  /// How long the PC is down.
  public var duration: Distribution

  /// Creates the reboot model (defaults: never, 2 minutes).
  public init(probability: Double = 0, duration: Distribution = .constant(120)) {
    self.probability = probability
    self.duration = duration
  }
}
