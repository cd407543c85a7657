/// A lab of any batch system, as the public ``LabModel`` drives it.
protocol LabRun {
  /// Runs to the end time; nil when `shouldStop` said to give up.
  mutating func run(stoppingWhen shouldStop: () -> Bool) -> RunSummary?
  /// Why the trace stopped early.
  var traceError: (any Error)? { get }
}

extension Lab: LabRun {}
