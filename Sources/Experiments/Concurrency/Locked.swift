import Synchronization

/// A value behind a `Mutex` (Synchronization), whose critical sections ThreadSanitizer
/// can also see.
///
/// On Linux a contended `Mutex` is handed from thread to thread by the kernel (a
/// priority-inheriting futex, in the uninstrumented Synchronization library), so
/// ThreadSanitizer sees no synchronization between two critical sections and reports
/// every access in them as a race. Each critical section here therefore also begins
/// with an acquiring load and ends with a releasing store of one atomic: redundant for
/// the program (the lock already orders the sections), two uncontended atomic
/// operations per section, and an edge ThreadSanitizer understands. Real races, such as
/// touching the state outside the lock, are still reported.
package struct Locked<Value: ~Copyable>: ~Copyable, Sendable {
  private let mutex: Mutex<Value>
  private let edge = Atomic<Int>(0)

  /// Puts `value` behind the lock.
  package init(_ value: consuming sending Value) {
    mutex = Mutex(value)
  }

  /// Runs `body` with the value, the lock held; `body` must not call out to code that
  /// may take the same lock (a recursive lock stops the program).
  package borrowing func withLock<Result: ~Copyable, E: Error>(
    _ body: (inout sending Value) throws(E) -> sending Result
  ) throws(E) -> sending Result {
    try mutex.withLock { (value: inout sending Value) throws(E) -> sending Result in
      _ = edge.load(ordering: .acquiring)
      defer { edge.store(0, ordering: .releasing) }
      return try body(&value)
    }
  }
}
