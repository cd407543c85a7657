/// Relative performance of a VM against the bare PC, per subsystem (virtual ÷ native, ≤ 1).
public struct VMProfile: Sendable, Equatable {
  /// Subsystem names in the order of ``relativePerformance`` and job-class fractions.
  public static let subsystems = ["cpu", "memory", "disk", "network"]

  /// Profile name, e.g. `vmware-player-2006`.
  public var name: String
  /// CPU-bound work: virtual speed ÷ native speed.
  public var cpu: Double
  /// Memory-bound work.
  public var memory: Double
  /// Disk-bound work.
  public var disk: Double
  /// Network-bound work.
  public var network: Double
  /// Where the numbers come from.
  public var source: String
  /// How much a busy VM slows the owner's own work, as a fraction when the VM uses
  /// every core (Domingues, Araujo & Silva 2009 measured 10–35% for hosted VMMs).
  public var ownerImpact: Double = 0

  /// Creates a profile.
  public init(
    name: String, cpu: Double, memory: Double, disk: Double, network: Double, source: String, ownerImpact: Double = 0
  ) {
    self.name = name
    self.cpu = cpu
    self.memory = memory
    self.disk = disk
    self.network = network
    self.source = source
    self.ownerImpact = ownerImpact
  }

  /// The four values paired with their subsystem names.
  public var relativePerformance: [(String, Double)] {
    [("cpu", cpu), ("memory", memory), ("disk", disk), ("network", network)]
  }

  /// Time in this VM of one second of native work split as `jobClass` says:
  /// Σ fractionᵢ ÷ relperfᵢ. Divide by the host's speed for wall time.
  public func slowdown(for jobClass: JobClass) -> Double {
    jobClass.cpu / cpu + jobClass.memory / memory + jobClass.disk / disk + jobClass.network / network
  }

  /// No virtualisation: every subsystem at native speed.
  public static let native = VMProfile(
    name: "native", cpu: 1, memory: 1, disk: 1, network: 1,
    source: "Identity profile: jobs run as on bare hardware.")

  /// VMware Player on a 2006 lab PC, consistent with Descher & Baumgartner (2006).
  ///
  /// The paper reports CPU and memory penalties under 10% and a large disk
  /// penalty. CPU 0.95 and memory 0.92 sit inside that bound; disk 0.50 and
  /// network 0.70 follow hosted-VMM I/O results of Barham et al. (SOSP 2003,
  /// VMware Workstation: dbench ≈ 0.74, OSDB-IR ≈ 0.47) [assumption within
  /// those ranges]. Replace it with a profile measured on your own PCs.
  public static let vmwarePlayer2006 = VMProfile(
    name: "vmware-player-2006", cpu: 0.95, memory: 0.92, disk: 0.50, network: 0.70,
    source: "Descher & Baumgartner 2006 (CPU, memory penalty < 10%, disk large); "
      + "Barham et al. SOSP 2003 Fig. 3 for hosted-VMM disk and network (assumption within those ranges)",
    ownerImpact: 0.2)

  /// The profiles a scenario can name without a file.
  public static let builtIn: [String: VMProfile] = [
    native.name: native, vmwarePlayer2006.name: vmwarePlayer2006,
  ]
}
