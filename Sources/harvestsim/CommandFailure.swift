import ArgumentParser
import Experiments
import Foundation
import Scenario

/// Prints a planner-facing error to stderr and turns it into exit code 1.
enum CommandFailure {
  /// Runs `body`; scenario and output errors are printed without a stack of noise.
  static func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as ScenarioError {
      printError(error.description)
    } catch let error as ScenarioErrors {
      printError(error.description)
    } catch let error as OutputError {
      printError("error: \(error.description)")
    }
    throw ExitCode(1)
  }

  /// Warns on stderr, before any run, of the invalid points of a sweep (each with its
  /// problems), which will be recorded as failed rather than run.
  static func warnInvalid(_ executor: SweepExecutor, what: String) {
    for point in executor.invalidPoints {
      let name = what == "variant" ? "variant '\(executor.plan.labels(forPoint: point).first ?? "")'"
        : "point \(point) (\(executor.describePoint(point)))"
      printError("warning: \(name) is invalid; its runs will be recorded as failed: "
        + (executor.invalidReason(forPoint: point) ?? ""))
    }
  }

  static func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
