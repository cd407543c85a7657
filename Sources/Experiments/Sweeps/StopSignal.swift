import Synchronization

/// A flag that any thread may raise (Ctrl-C) and every worker reads.
///
/// A single atomic boolean: raising it never blocks, and a worker that reads it
/// after it was raised sees it raised.
package final class StopSignal: Sendable {
  private let raised = Atomic<Bool>(false)

  /// A lowered flag.
  package init() {}

  /// Raises the flag.
  package func raise() {
    raised.store(true, ordering: .releasing)
  }

  /// Whether the flag is raised.
  package var isRaised: Bool { raised.load(ordering: .acquiring) }
}
