/// One login session of a log: a student at a PC from `start` to `end`.
package struct LoginSession: Sendable, Equatable {
  /// The PC's name, as in the log.
  package let host: String
  /// The start, in seconds of the lab's wall clock since 1970-01-01 00:00 (see ``SessionTime``).
  package let start: Double
  /// The end, on the same clock.
  package let end: Double
  /// The length in seconds, from the instants (offsets applied), ≥ 0.
  package let duration: Double
  /// The 1-based line of the log the session was read from.
  package let line: Int

  /// Creates a session.
  package init(host: String, start: Double, end: Double, duration: Double, line: Int) {
    self.host = host
    self.start = start
    self.end = end
    self.duration = duration
    self.line = line
  }
}
