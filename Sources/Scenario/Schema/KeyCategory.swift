/// What a key's value measures, where a rule applies to every key of one kind.
enum KeyCategory {
  /// A duration: negative and non-finite values are rejected (``DurationRule``).
  case duration
  /// A distribution of durations (or, for owner load, of cores).
  case distribution
  /// Anything else.
  case other
}
