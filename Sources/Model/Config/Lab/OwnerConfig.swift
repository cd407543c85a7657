import Stochastics

/// The students who use the lab's PCs.
public struct OwnerConfig: Sendable, Equatable {
  /// When they log in.
  public var arrivals: OwnerArrivals
  /// How long a session lasts (for `hourly` arrivals; class sessions last the class).
  public var session: Distribution
  /// CPU load a logged-in student puts on the PC, in cores (drawn per session).
  public var load: Distribution
  /// Keyboard activity within a session.
  public var activity: KeyboardActivity
  /// Reboots at the end of a session.
  public var reboot: OwnerReboot

  /// Creates the owner model.
  public init(
    arrivals: OwnerArrivals, session: Distribution = .logNormal(mu: 8.0, sigma: 0.5),
    load: Distribution = .uniform(low: 0.1, high: 0.6), activity: KeyboardActivity = KeyboardActivity(),
    reboot: OwnerReboot = OwnerReboot()
  ) {
    self.arrivals = arrivals
    self.session = session
    self.load = load
    self.activity = activity
    self.reboot = reboot
  }
}
