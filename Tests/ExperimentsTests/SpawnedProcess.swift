import Foundation
import Testing

/// A child process started as from a shell: no signal blocked and SIGINT, SIGTERM and
/// SIGXFSZ at their default actions (killing the process).
///
/// The test runner's worker threads block most signals, and a child started by
/// `Process` from one inherits that mask: a SIGTERM would then wait forever instead of
/// killing a program that does not handle it, and a SIGXFSZ would never kill one that
/// does not ignore it. posix_spawn with an explicit mask and defaults gives the child
/// what a planner's shell gives it. Standard output and error go to files, read after the end.
final class SpawnedProcess {
  /// How the process ended.
  enum Ending: Equatable, CustomStringConvertible {
    case exited(Int32)
    case killed(by: Int32)

    var description: String {
      switch self {
      case .exited(let status): "exited with status \(status)"
      case .killed(let signal): "killed by signal \(signal)"
      }
    }
  }

  let processID: pid_t
  private let outputFolder: URL
  private(set) var ending: Ending?

  /// Starts `executable` with `arguments`.
  init(_ executable: String, _ arguments: [String]) throws {
    outputFolder = FileManager.default.temporaryDirectory.appendingPathComponent("harvestsim-spawn-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [SIGINT, SIGTERM, SIGXFSZ, SIGPIPE] { sigaddset(&defaults, number) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputFolder.appendingPathComponent("stdout").path,
                                     O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, outputFolder.appendingPathComponent("stderr").path,
                                     O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var child = pid_t()
    let result = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
    guard result == 0 else {
      throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey:
        "cannot start \(executable): \(String(cString: strerror(result)))"])
    }
    processID = child
  }

  deinit {
    if ending == nil {
      kill(processID, SIGKILL)
      _ = wait(seconds: 10)
    }
    try? FileManager.default.removeItem(at: outputFolder)
  }

  /// Whether the process is still running.
  var isRunning: Bool { wait(seconds: 0) == nil }

  /// Sends `signal`.
  func send(_ signal: Int32) {
    kill(processID, signal)
  }

  /// Waits up to `seconds` for the end; nil if the process is still running then.
  @discardableResult
  func wait(seconds: Double) -> Ending? {
    let deadline = Date().addingTimeInterval(seconds)
    while ending == nil {
      var status: Int32 = 0
      let result = waitpid(processID, &status, WNOHANG)
      if result == processID {
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import from the C macros.
        let terminatingSignal = status & 0x7F
        ending = terminatingSignal == 0 ? .exited((status >> 8) & 0xFF) : .killed(by: terminatingSignal)
      } else if Date() >= deadline {
        break
      } else {
        usleep(20_000)
      }
    }
    return ending
  }

  /// Waits up to `seconds` for the end; a process still running then is recorded as a
  /// test failure and killed.
  @discardableResult
  func finish(within seconds: Double, sourceLocation: SourceLocation = #_sourceLocation) -> Ending? {
    if let ending = wait(seconds: seconds) { return ending }
    Issue.record("process \(processID) still ran after \(seconds) s; killed", sourceLocation: sourceLocation)
    send(SIGKILL)
    return wait(seconds: 10)
  }

  /// What the process wrote to standard output.
  var standardOutput: String { read("stdout") }

  /// What the process wrote to standard error.
  var standardError: String { read("stderr") }

  private func read(_ name: String) -> String {
    (try? String(contentsOf: outputFolder.appendingPathComponent(name), encoding: .utf8)) ?? ""
  }
}
