import Synchronization

/// A flag that any thread may raise (Ctrl-C) and every worker reads.
///
/// A single atomic boolean: raising it never blocks, and a worker that reads it
/// after it was raised sees it raised.
public final class StopSignal: Sendable {
  private let raised = Atomic<Bool>(false)

  /// A lowered flag.
  public init() {}

  /// Raises the flag.
  public func raise() {
    raised.store(true, ordering: .releasing)
  }

  /// Whether the flag is raised.
  public var isRaised: Bool { raised.load(ordering: .acquiring) }
}
