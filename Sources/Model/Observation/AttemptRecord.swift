/// One execution attempt of a job, reported when it ends.
public struct AttemptRecord: Sendable, Equatable {
  /// Job number, from 1 in submission order.
  public var jobID: UInt64
  /// 1 for the first execution, 2 for the first resubmission's, and so on.
  public var attempt: Int
  /// Global index of the host that ran it.
  public var host: Int
  /// When this attempt's (re)submission entered the queue (s).
  public var submit: Double
  /// When it started running (s).
  public var start: Double
  /// When it ended (s).
  public var end: Double
  /// Whether it completed or was lost.
  public var outcome: AttemptOutcome
  /// Cores × (end − start).
  public var coreSeconds: Double
  /// Why a lost attempt was lost (nil for a completed one).
  public var cause: LossCause? = nil
}
