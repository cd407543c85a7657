import Model
import Traces

/// The Traces reader's options for a scenario's workload trace.
package enum WorkloadTraceOptions {
  /// Options reading `trace` for PCs of at most `hostCores` cores.
  package static func options(_ trace: WorkloadTrace, hostCores: Int) -> WorkloadOptions {
    let policy: MultiProcessorPolicy = switch trace.multiProcessor {
    case .reject: .reject
    case .cap: .cap(hostCores: max(1, hostCores))
    case .split: .split
    }
    return WorkloadOptions(windowStart: trace.from, windowEnd: trace.to, arrivalScale: trace.scale, multiProcessor: policy)
  }
}
