import Foundation

/// A flag that any thread may raise (Ctrl-C) and every worker reads.
public final class StopSignal: @unchecked Sendable {
  private let lock = NSLock()
  private var raised = false

  /// A lowered flag.
  public init() {}

  /// Raises the flag.
  public func raise() {
    lock.withLock { raised = true }
  }

  /// Whether the flag is raised.
  public var isRaised: Bool { lock.withLock { raised } }
}
