import Stochastics

/// How long a worker-node VM takes from host up to running gmond and pbs_mom.
public struct VMLifecycleConfig: Sendable, Equatable {
  /// Power-on to multi-user (no measured 2006 figure; 60 s is an assumption, domain.md §4).
  public var boot: Distribution
  /// Network set-up from the MAC-encoded CE address and the NIS bind (assumption).
  public var configure: Distribution

  /// Creates the VM delays; defaults are the documented assumptions.
  public init(boot: Distribution = .constant(60), configure: Distribution = .constant(10)) {
    self.boot = boot
    self.configure = configure
  }
}
