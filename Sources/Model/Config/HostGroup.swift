import Stochastics

/// A group of identical lab PCs.
public struct HostGroup: Sendable, Equatable {
  /// The most cores a host may have (the scheduler's bit masks are 64 wide).
  public static let maximumCores = 64

  /// Label used in output, e.g. `windows-lab`.
  public var name: String
  /// Number of PCs in the group.
  public var count: Int
  /// Cores each PC gives its worker-node VM.
  public var cores: Int
  /// Speed relative to the reference machine that job runtimes are quoted for.
  public var speed: Double
  /// Host operating system (informational; e.g. `windows`, `linux`).
  public var os: String
  /// Virtualisation overhead of the VM on these PCs.
  public var profile: VMProfile
  /// When the PCs are up.
  public var availability: Availability
  /// Electrical power the PCs draw.
  public var power: HostPower = HostPower()

  /// Creates a host group.
  public init(
    name: String = "lab", count: Int, cores: Int = 1, speed: Double = 1, os: String = "linux",
    profile: VMProfile = .native, availability: Availability = .always
  ) {
    self.name = name
    self.count = count
    self.cores = cores
    self.speed = speed
    self.os = os
    self.profile = profile
    self.availability = availability
  }
}
