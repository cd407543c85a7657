import Foundation
import Testing

/// `harvestsim` as a child process when its files cannot be written, and when it is
/// signalled or killed: an error naming the file and the system's reason, a non-zero
/// status, the old files untouched, and no temporary `.NAME.partial-…` file left.
///
/// Every child is a ``SpawnedProcess``: started as from a shell, so that a signal
/// harvestsim did not handle, or a SIGXFSZ it did not ignore, would kill it.
struct WriteFailureCommandLineTests {
  static let binary = CommandLineTests.binary.path
  static let scenario = CommandLineTests.packageRoot.appendingPathComponent("Scenarios/paper-lab.yaml").path

  /// Runs harvestsim to its end (at most ten minutes).
  static func harvestsim(_ arguments: [String], launcher: [String] = []) throws -> SpawnedProcess {
    let command = launcher + [binary] + arguments
    let process = try SpawnedProcess(command[0], Array(command.dropFirst()))
    process.finish(within: 600)
    return process
  }

  /// Runs harvestsim under a file size limit of `blocks` `ulimit -f` blocks (512 or 1024
  /// bytes, as the shell counts them). SIGXFSZ is at its default action (kill), so only
  /// harvestsim's own ignoring it makes a write past the limit fail with EFBIG instead.
  static func harvestsim(fileSizeLimit blocks: Int, _ arguments: [String]) throws -> SpawnedProcess {
    try harvestsim(arguments, launcher: ["/bin/sh", "-c", "ulimit -f \(blocks) && exec \"$0\" \"$@\""])
  }

  static func scratch() throws -> URL {
    let folder = CommandLineTests.scratch()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  static func names(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  static func partials(_ folder: URL) -> [String] {
    names(folder).filter { $0.contains(".partial-") }
  }

  /// A run long enough to be signalled while it writes.
  static let longRun = ["--set", "duration=3650d", "--quiet"]

  /// A run whose jobs.csv grows past 1 MiB (the writer's buffer) in a few seconds, so
  /// that a write fails while the model runs.
  static let busyRun = [
    "--set", "duration=20d", "--set", "output.timeseries=false", "--set", "workload.arrival={exponential: {mean: 2m}}",
    "--set", "workload.runtime={lognormal: {median: 5m, sigma: 1.0}}", "--quiet",
  ]

  /// Whether this build runs under ThreadSanitizer, whose runtime answers the file size
  /// limit's SIGXFSZ as a deadly signal (exit 66) before the program sees EFBIG.
  static let underThreadSanitizer = dlsym(nil, "__tsan_init") != nil

  @Test(.disabled(if: underThreadSanitizer, "ThreadSanitizer's runtime dies on SIGXFSZ; the plain build runs this test"))
  func aFileSizeLimitIsAnErrorAndLeavesTheOldFilesAndNoTemporaryFile() throws {
    let scratch = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let out = scratch.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let old = Data("an older run's jobs.csv\n".utf8)
    try old.write(to: out.appendingPathComponent("jobs.csv"))

    let result = try Self.harvestsim(fileSizeLimit: 64, ["run", Self.scenario, "--out", out.path] + Self.busyRun)
    #expect(result.ending == .exited(1), "\(result.standardError)")
    #expect(result.standardError.contains("error: cannot write \(out.path)/jobs.csv: File too large"),
            "\(result.standardError)")
    #expect(Self.names(out) == ["jobs.csv"])  // no summary.csv, no temporary file
    #expect(try Data(contentsOf: out.appendingPathComponent("jobs.csv")) == old)
  }

  @Test(.disabled(if: underThreadSanitizer, "ThreadSanitizer's runtime dies on SIGXFSZ; the plain build runs this test"))
  func aJournalPastTheFileSizeLimitStopsTheSweepAndResumesToTheSameResults() throws {
    let scratch = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let plan = scratch.appendingPathComponent("plan.yaml")
    // 24 journal lines of about 380 bytes: past 8 KiB; every other file under 4 KiB.
    try """
      name: journal-limit
      base: \(CommandLineTests.packageRoot.appendingPathComponent("Scenarios/paper-lab.yaml").path)
      replications: 12
      set: {duration: 1d, warmup: 0s, output.jobs: false, output.timeseries: false}
      vary:
        - {path: hosts.0.count, values: [10, 30]}
      """.write(to: plan, atomically: true, encoding: .utf8)
    let reference = scratch.appendingPathComponent("reference")
    let full = try Self.harvestsim(["sweep", plan.path, "--out", reference.path, "--quiet"])
    #expect(full.ending == .exited(0), "\(full.standardError)")

    let out = scratch.appendingPathComponent("limited")
    let limited = try Self.harvestsim(fileSizeLimit: 8, ["sweep", plan.path, "--out", out.path, "--jobs", "2", "--quiet"])
    #expect(limited.ending == .exited(1), "\(limited.standardError)")
    #expect(limited.standardError.contains("error: cannot write \(out.path)/runs.journal: File too large"),
            "\(limited.standardError)")
    #expect(Self.partials(out).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("runs.csv").path))
    let journal = try Data(contentsOf: out.appendingPathComponent("runs.journal"))
    #expect(!journal.isEmpty && journal.last == UInt8(ascii: "\n"), "the cut-off line was not removed")
    let finished = journal.filter { $0 == UInt8(ascii: "\n") }.count
    #expect(finished > 0 && finished < 24)

    let resumed = try Self.harvestsim(["sweep", plan.path, "--out", out.path, "--quiet"])
    #expect(resumed.ending == .exited(0), "\(resumed.standardError)")
    #expect(resumed.standardOutput.contains("\(finished) already done"))
    for name in ["runs.csv", "points.csv"] {
      #expect(try Data(contentsOf: reference.appendingPathComponent(name)) == Data(contentsOf: out.appendingPathComponent(name)),
              "\(name)")
    }
  }

  @Test func anUnwritableFolderIsAnErrorNamingTheFile() throws {
    let scratch = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let out = scratch.appendingPathComponent("read-only")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: out.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: out.path) }
    let arguments = ["run", Self.scenario, "--out", out.path, "--set", "duration=2d", "--quiet"]

    let result: SpawnedProcess
    if geteuid() != 0 {
      result = try Self.harvestsim(arguments)
    } else {
      // Permission bits do not stop root: run the child as user nobody instead.
      let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
      guard FileManager.default.isExecutableFile(atPath: asNobody[0]) else {
        try Test.cancel(Comment(rawValue: "running as root, and without /usr/bin/setpriv to run harvestsim as "
          + "another user, a folder's permissions cannot be made to refuse a write"))
      }
      let probe = try Self.harvestsim(["--version"], launcher: asNobody)
      guard probe.ending == .exited(0) else {
        try Test.cancel(Comment(rawValue: "running as root, and harvestsim cannot be started as user nobody "
          + "(\(probe.ending.map(\.description) ?? "?"): \(probe.standardError)); a folder's permissions cannot "
          + "be made to refuse a write"))
      }
      result = try Self.harvestsim(arguments, launcher: asNobody)
    }
    #expect(result.ending == .exited(1), "\(result.standardError)")
    #expect(result.standardError.contains("error: cannot write \(out.path)/summary.csv: Permission denied"),
            "\(result.standardError)")
    #expect(Self.names(out).isEmpty)
  }

  /// Starts `harvestsim run` on a long run and waits until its temporary files exist.
  static func startLongRun(into out: URL) throws -> SpawnedProcess {
    let process = try SpawnedProcess(binary, ["run", scenario, "--out", out.path] + longRun)
    let deadline = Date().addingTimeInterval(120)
    while partials(out).count < 3 && process.isRunning && Date() < deadline { usleep(20_000) }
    return process
  }

  @Test(arguments: [SIGTERM, SIGINT])
  func aSignalledRunRemovesItsTemporaryFilesAndExitsWithTheSignal(_ signal: Int32) throws {
    let scratch = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let out = scratch.appendingPathComponent("out")
    let process = try Self.startLongRun(into: out)
    #expect(Self.partials(out).count == 3, "the run's three temporary files never appeared")
    #expect(process.isRunning, "the run ended before the signal")
    process.send(signal)
    #expect(process.finish(within: 60) == .exited(128 + signal), "\(process.standardError)")
    #expect(process.standardError.contains("interrupted by"), "\(process.standardError)")
    #expect(Self.names(out).isEmpty, "left \(Self.names(out))")
  }

  @Test func theNextRunRemovesWhatAKilledRunLeft() throws {
    let scratch = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let out = scratch.appendingPathComponent("out")
    let process = try Self.startLongRun(into: out)
    process.send(SIGKILL)
    #expect(process.finish(within: 60) == .killed(by: SIGKILL))
    let left = Self.partials(out)
    #expect(left.count == 3, "a killed run leaves its temporary files: \(Self.names(out))")

    let next = try Self.harvestsim(["run", Self.scenario, "--out", out.path, "--set", "duration=2d", "--quiet"])
    #expect(next.ending == .exited(0), "\(next.standardError)")
    #expect(Self.names(out) == ["jobs.csv", "summary.csv", "timeseries.csv"])
  }
}
