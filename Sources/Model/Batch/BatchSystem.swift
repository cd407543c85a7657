/// A batch system on the CE: TORQUE, HTCondor, or one added later (see docs/architecture.md).
///
/// The lab tells it what happens to the worker nodes, their owners and the jobs; it answers
/// with ``BatchAction``s in a ``BatchEffects``. It reads nothing of the other parts: what it
/// needs comes with the calls. Nothing outside a batch system's folder asks which one is running.
protocol BatchSystem {
  /// Its own timers, routed back to ``handle(_:_:_:)``.
  associatedtype Event

  /// Worker nodes the batch system can use now (for `wn_usable_fraction` and the time series).
  var usableNodes: Int { get }
  /// Jobs waiting in its queue.
  var queueLength: Int { get }
  /// Whether something since the last pass asks for a scheduling pass.
  var wantsPass: Bool { get }
  /// Whether the jobs on `pc` are suspended (they then make no progress).
  func isSuspended(_ pc: Int) -> Bool

  /// Time 0: its first timers.
  mutating func start(_ fx: inout BatchEffects<Event>)
  /// `pc`'s VM runs its daemons now (V3, or at once in `instant` mode).
  mutating func daemonsStarted(_ pc: Int, _ fx: inout BatchEffects<Event>)
  /// `pc` went down with its VM and daemons; its executions have ended (they are lost, under
  /// `cause`). The batch system learns of it in its own time.
  mutating func nodeVanished(_ pc: Int, cause: LossCause, _ fx: inout BatchEffects<Event>)
  /// The CE's join script adds `pc`; `restarting`: a restart that hides every node began before.
  mutating func addNode(_ pc: Int, restarting: Bool, _ fx: inout BatchEffects<Event>)
  /// The CE's join script restarts the batch system, for `duration` seconds.
  mutating func restart(for duration: Double, _ fx: inout BatchEffects<Event>)
  /// The CE's clean-up script removes the nodes marked down; returns them in the order the
  /// system keeps them (the lab asks the join script for those whose VM runs, in that order).
  mutating func removeDownNodes(_ fx: inout BatchEffects<Event>) -> [Int]
  /// A job in `slot` entered the queue (submitted or resubmitted by its user), asking for `job`.
  mutating func jobSubmitted(_ slot: Int, _ job: BatchJob, _ fx: inout BatchEffects<Event>)
  /// The execution in `slot` ended normally.
  mutating func executionEnded(_ slot: Int, _ fx: inout BatchEffects<Event>)
  /// The student at `pc` came or left (`.session`), or typed or stopped typing (`.keyboard`);
  /// `owner` is what the owner does now.
  mutating func ownerChanged(_ pc: Int, _ change: OwnerChange, _ owner: OwnerState, _ fx: inout BatchEffects<Event>)
  /// One of its own events; false when the event was stale (cancelled) and changed nothing.
  mutating func handle(_ event: Event, _ fx: inout BatchEffects<Event>) -> Bool
  /// The scheduling pass: runs when ``wantsPass`` is true.
  mutating func schedule(_ fx: inout BatchEffects<Event>)
  /// The slots of the jobs in its queue, in queue order, then any job it has allocated to a
  /// node but not started (for the lab's invariant checks: exactly the lab's queued jobs).
  func queuedSlots() -> [Int]
  /// The slots of the jobs it keeps after their execution died, until it requeues them or
  /// hands them back to their users (for the lab's invariant checks: exactly the lab's jobs
  /// awaiting requeue).
  func heldSlots() -> [Int]
  /// Recomputes its derived state from scratch and stops the program if it disagrees.
  func checkInvariants()
}
