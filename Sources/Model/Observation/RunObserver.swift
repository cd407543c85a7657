/// Receives what a run produces while it runs, so the model never does I/O.
///
/// Calls arrive in simulated-time order on the thread running the model.
public protocol RunObserver: AnyObject {
  /// An execution attempt ended.
  func attemptEnded(_ record: AttemptRecord)
  /// A time-series sample was taken.
  func sampled(_ sample: TimeSample)
  /// The run reached `simulatedTime`; called every 65,536 events and at the end.
  func progressed(to simulatedTime: Double)
}
