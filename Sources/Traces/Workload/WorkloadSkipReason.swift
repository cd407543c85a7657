/// Why a job record was not turned into a simulated job. When several apply, the first in
/// declaration order is the one counted.
package enum WorkloadSkipReason: String, CaseIterable, Hashable, Sendable {
  /// The submit time is unknown (`-1`).
  case missingSubmitTime
  /// The submit time is before the window's start.
  case beforeWindow
  /// The submit time is at or after the window's end.
  case afterWindow
  /// The status is 5 (cancelled), whatever the run time.
  case cancelled
  /// The run time is unknown (`-1`).
  case missingRunTime
  /// The run time is zero or negative.
  case nonPositiveRunTime
  /// Neither processors field is known, or the chosen one is zero or negative.
  case missingProcessors
  /// The job uses more than one processor and the policy is ``MultiProcessorPolicy/reject``.
  case multiProcessor
}
