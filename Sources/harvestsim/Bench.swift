import ArgumentParser
import Benchmarks
import Experiments
import Foundation

/// `harvestsim bench --out FILE.csv`: runs the CPU, memory and disk micro-benchmarks and
/// writes one raw CSV row per run (for `harvestsim profile`).
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Measure this PC (or VM): CPU, memory and disk micro-benchmarks, raw CSV per run.",
    usage: "harvestsim bench --out <out> [<options>]",
    discussion: """
      Run it natively on an idle lab PC, then inside the VM with the CPU iteration count the \
      native run printed (--cpu-iterations K) and the same --memory-bytes and --disk-bytes, \
      then compare with 'harvestsim profile'. Build with -c release and use the same binary \
      on both sides. See docs/vm-profiles.md.

      EXAMPLES:
        harvestsim bench --out native.csv
        harvestsim bench --cpu-iterations 2486153216 --label my-vm --out vm.csv
      """)

  @Option(name: .long, help: "Runs of each benchmark (the paper used 14).")
  var runs = 14

  @Option(name: .long, help: "Target seconds of one CPU run, used to calibrate the iteration count.")
  var cpuSeconds = 20.0

  @Option(name: .long, help: "CPU iterations per run (skips calibration; reuse the native count inside the VM).")
  var cpuIterations: Int?

  @Option(name: .long, help: "Size of the disk benchmark's file, e.g. 256MiB, 2GiB.")
  var diskBytes = "256MiB"

  @Option(name: .long, help: "Size of the memory benchmark's buffer, e.g. 256MiB.")
  var memoryBytes = "256MiB"

  @Option(name: .long, help: "Minimum seconds of one memory run (buffer passes repeat until reached).")
  var memorySeconds = 2.0

  @Option(name: .long, help: "Folder for the disk benchmark's file (default: the temporary folder).")
  var dir: String?

  @Option(name: .long, help: "Raw CSV to write (atomically).")
  var out: String

  @Option(name: .long, help: "The label column: 'native' on the bare PC, the VM's name inside the VM.")
  var label = "native"

  func run() throws {
    try Self.reporting {
      guard let disk = ByteCount.parse(diskBytes) else {
        throw BenchmarkError.invalidSetting("--disk-bytes '\(diskBytes)' is not a size (e.g. 268435456, 256MiB, 2GiB)")
      }
      guard let memory = ByteCount.parse(memoryBytes) else {
        throw BenchmarkError.invalidSetting("--memory-bytes '\(memoryBytes)' is not a size (e.g. 268435456, 256MiB)")
      }
      let directory = dir ?? FileManager.default.temporaryDirectory.path
      let settings = BenchmarkSettings(
        runs: runs, cpuIterations: cpuIterations, cpuSeconds: cpuSeconds, diskBytes: disk, memoryBytes: memory,
        memorySeconds: memorySeconds, directory: directory, label: label)
      try settings.validate()
      let suite = BenchmarkSuite(settings: settings) { CommandFailure.printError($0) }
      CommandFailure.printError("harvestsim bench: \(runs) runs each; memory buffer \(ByteCount.text(memory)), "
        + "disk file \(ByteCount.text(disk)) in \(directory); label '\(label)' on \(suite.host)")
      let iterations = suite.cpuIterations()
      CommandFailure.printError("CPU iterations per run: \(iterations)"
        + (cpuIterations == nil ? "  (inside the VM run: harvestsim bench --cpu-iterations \(iterations) ...)" : ""))
      let records = try suite.run(cpuIterations: iterations)
      try Self.writeFile(BenchmarkCSV.render(records), to: out)
      print("wrote \(records.count) runs to \(out); cpu iterations per run: \(iterations)")
    }
  }

  /// Writes `text` to `path` atomically, creating missing parent folders (also used by
  /// ``Profile``); an error is printed and becomes exit code 1, and leaves `path` untouched.
  static func writeFile(_ text: String, to path: String) throws {
    try CommandFailure.reporting {
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw OutputError(message: "cannot create the folder '\(folder)': \(error.localizedDescription)")
      }
      try AtomicFileWriter.write(text, to: path)
    }
  }

  /// Runs `body`; benchmark errors are printed without noise and become exit code 1
  /// (also used by ``Profile``).
  static func reporting(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as BenchmarkError {
      CommandFailure.printError("error: \(error.description)")
      throw ExitCode(1)
    }
  }
}
