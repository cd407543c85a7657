import Foundation
import Traces

extension FuzzTarget {
  /// The multi-processor policies a scenario's `workload.trace` can ask for, in order.
  static let workloadPolicies: [MultiProcessorPolicy] = [.reject, .cap(hostCores: 2), .split]

  /// The SWF trace read strictly to its end, as a scenario's `workload.trace` is, under each
  /// policy in ``workloadPolicies``; then once more leniently through a 61-byte buffer, so
  /// that the line reader's refills and line-too-long checks are exercised on small inputs.
  /// The verdict is the first read's; a later read may only add a finding.
  func checkWorkload(_ input: Data, in workspace: FuzzWorkspace) -> FuzzVerdict {
    let lineLimit = FuzzJudge.traceLineLimit(input)
    return workspace.withInputFile(input, fileExtension: "swf") { path in
      let readings = Self.workloadPolicies.map { WorkloadOptions(multiProcessor: $0) }
        + [WorkloadOptions(multiProcessor: .split, strict: false, chunkSize: 61)]
      var verdict: FuzzVerdict?
      for options in readings {
        let reading: FuzzVerdict
        do throws(SWFError) {
          _ = try WorkloadReader(path: path, options: options).readAll()
          reading = .accepted
        } catch {
          reading = FuzzJudge.workload(error, path: path, lineLimit: lineLimit)
        }
        guard reading.isSound else { return reading }
        if verdict == nil { verdict = reading }
      }
      return verdict ?? .accepted
    }
  }

  /// The availability trace read from a file (`.tab` for FTA, `.csv`), as a scenario's
  /// `availability: {trace}` is; an accepted trace must also map onto three hosts in order
  /// with either kind of gap.
  func checkAvailability(_ input: Data, in workspace: FuzzWorkspace) -> FuzzVerdict {
    let format: AvailabilityTraceFormat = self == .csv ? .csv : .fta
    let lineLimit = FuzzJudge.traceLineLimit(input)
    return workspace.withInputFile(input, fileExtension: self == .csv ? "csv" : "tab") { path in
      let trace: AvailabilityTrace
      do throws(AvailabilityTraceError) {
        trace = try format.read(path: path)
      } catch {
        return FuzzJudge.availability(error, path: path, lineLimit: lineLimit)
      }
      for gaps in [AvailabilityState.down, .up] {
        do {
          _ = try trace.hostSchedules(hostCount: 3, mapping: .inOrder, gaps: gaps)
        } catch {
          return .finding("an accepted trace does not map onto 3 hosts in order: \(error)")
        }
      }
      return .accepted
    }
  }
}
