import Stochastics

/// How long a worker-node VM takes from host up to running gmond and pbs_mom.
public struct VMLifecycleConfig: Sendable, Equatable {
  /// Power-on to multi-user. No measured 2006 figure exists; domain.md §4 suggests 60 s for
  /// boot plus network set-up, NIS bind and gmond start, so boot 50 s + configure 10 s (assumption).
  public var boot: Distribution
  /// Network set-up from the MAC-encoded CE address and the NIS bind (assumption).
  public var configure: Distribution
  /// How the VM shares the CPU with a logged-in owner (VMware Player runs at normal
  /// priority unless the host OS is told otherwise).
  public var priority: VMPriority = .normal

  /// Creates the VM delays; defaults are the documented assumptions.
  public init(boot: Distribution = .constant(50), configure: Distribution = .constant(10)) {
    self.boot = boot
    self.configure = configure
  }
}
