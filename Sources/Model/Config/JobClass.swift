/// A kind of job, described by where its native time goes.
public struct JobClass: Sendable, Equatable {
  /// Class name, e.g. `cpu-bound`.
  public var name: String
  /// Relative share of jobs in this class.
  public var weight: Double
  /// Fraction of native time spent computing.
  public var cpu: Double
  /// Fraction spent on memory traffic.
  public var memory: Double
  /// Fraction spent on disk I/O.
  public var disk: Double
  /// Fraction spent on the network.
  public var network: Double
  /// Cores a job of this class needs; `nil` takes the workload's `cores`.
  public var cores: Int?

  /// Creates a job class; the four fractions must add up to 1.
  public init(
    name: String, weight: Double = 1, cpu: Double, memory: Double = 0, disk: Double = 0, network: Double = 0,
    cores: Int? = nil
  ) {
    self.name = name
    self.weight = weight
    self.cpu = cpu
    self.memory = memory
    self.disk = disk
    self.network = network
    self.cores = cores
  }

  /// The four fractions in ``VMProfile/subsystems`` order.
  public var fractions: [Double] { [cpu, memory, disk, network] }

  /// A purely CPU-bound class.
  public static let cpuBound = JobClass(name: "cpu-bound", cpu: 1)
}
