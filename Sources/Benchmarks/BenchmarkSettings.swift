/// What `harvestsim bench` runs: sizes, durations, repetitions and the label of the rows.
package struct BenchmarkSettings: Sendable, Equatable {
  /// Runs of each benchmark (the paper: 14).
  package var runs: Int
  /// CPU iterations per run; nil to calibrate to ``cpuSeconds`` on this machine.
  package var cpuIterations: Int?
  /// Target seconds of one CPU run when calibrating.
  package var cpuSeconds: Double
  /// Size of the disk benchmark's file.
  package var diskBytes: Int
  /// Size of the memory benchmark's buffer.
  package var memoryBytes: Int
  /// Minimum timed seconds of one memory run (passes repeat until reached).
  package var memorySeconds: Double
  /// Folder for the disk benchmark's temporary file.
  package var directory: String
  /// The `label` column: `native`, or the VM's name.
  package var label: String

  /// Creates settings; the defaults are those of `harvestsim bench`.
  package init(runs: Int = 14, cpuIterations: Int? = nil, cpuSeconds: Double = 20,
              diskBytes: Int = 256 << 20, memoryBytes: Int = 256 << 20, memorySeconds: Double = 2,
              directory: String, label: String = "native") {
    self.runs = runs
    self.cpuIterations = cpuIterations
    self.cpuSeconds = cpuSeconds
    self.diskBytes = diskBytes
    self.memoryBytes = memoryBytes
    self.memorySeconds = memorySeconds
    self.directory = directory
    self.label = label
  }

  /// Throws the first setting that is out of range.
  package func validate() throws(BenchmarkError) {
    func check(_ ok: Bool, _ message: String) throws(BenchmarkError) {
      if !ok { throw .invalidSetting(message) }
    }
    try check(runs >= 1, "--runs must be at least 1 (harvestsim profile needs 3; the paper used 14)")
    try check(cpuIterations.map { $0 >= 1 } ?? true, "--cpu-iterations must be at least 1")
    try check(cpuSeconds.isFinite && cpuSeconds > 0, "--cpu-seconds must be a positive number")
    try check(diskBytes > 0, "--disk-bytes must be positive")
    try check(memoryBytes > 0, "--memory-bytes must be positive")
    try check(memorySeconds.isFinite && memorySeconds >= 0, "--memory-seconds must be zero or more")
    try check(!label.isEmpty, "--label must not be empty")
  }
}
