import Foundation
import FuzzHarness

// The fuzz driver of Scripts/fuzz.sh. Built with `--sanitize=fuzzer -Xswiftc -DHARVESTSIM_FUZZING`,
// it is a libFuzzer target (libFuzzer brings `main`) for the reader named by
// HARVESTSIM_FUZZ_TARGET, in the package at HARVESTSIM_ROOT (default: the current folder).
// Built normally it is a replay tool: `harvestsim-fuzz TARGET [FILE...]` prints each file's
// verdict (default: the target's seeds and regressions) and exits 1 on a finding.

#if HARVESTSIM_FUZZING
  /// The reader under fuzzing and its workspace, set by `LLVMFuzzerInitialize`.
  nonisolated(unsafe) private var session: (target: FuzzTarget, workspace: FuzzWorkspace)?

  /// libFuzzer's set-up hook: reads the target's name from the environment.
  @_cdecl("LLVMFuzzerInitialize")
  public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
  ) -> CInt {
    let environment = ProcessInfo.processInfo.environment
    guard let name = environment["HARVESTSIM_FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
      let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
      fatalError("set HARVESTSIM_FUZZ_TARGET to one of: \(names)")
    }
    let root = URL(fileURLWithPath: environment["HARVESTSIM_ROOT"] ?? FileManager.default.currentDirectoryPath)
    do {
      session = (target, try FuzzWorkspace(root: root))
    } catch {
      fatalError("cannot make the fuzz workspace: \(error)")
    }
    atexit { session?.workspace.removeScratch() }
    return 0
  }

  /// libFuzzer's entry point: one input, judged; a finding traps, so libFuzzer saves the input.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let session else { fatalError("LLVMFuzzerInitialize did not run") }
    let verdict = session.target.check(Data(bytes: data, count: size), in: session.workspace)
    if case .finding(let message) = verdict {
      fatalError("\(session.target.rawValue): \(message)")
    }
    return 0
  }
#else
  /// `harvestsim-fuzz TARGET [FILE...]`: replays inputs without libFuzzer.
  @main
  enum Replay {
    static func main() throws {
      let arguments = CommandLine.arguments.dropFirst()
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
        FileHandle.standardError.write(Data("usage: harvestsim-fuzz \(names) [FILE...]\n".utf8))
        exit(2)
      }
      let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      let workspace = try FuzzWorkspace(root: root)
      defer { workspace.removeScratch() }
      let files = arguments.count > 1
        ? arguments.dropFirst().map { URL(fileURLWithPath: $0) }
        : FuzzCorpus(target: target, root: root).replayedFiles
      var findings = 0
      for file in files {
        let verdict = target.check(try Data(contentsOf: file), in: workspace)
        if !verdict.isSound { findings += 1 }
        print("\(file.path): \(verdict)")
      }
      if findings > 0 { exit(1) }
    }
  }
#endif
