import Model

/// The rule of one duration key. Every rule rejects negative and non-finite values,
/// whatever it accepts besides, so no duration key can take `-5s`.
struct DurationRule: Sendable {
  /// Whether a finite, non-negative value is allowed (given the whole configuration).
  let accepts: @Sendable (Double, ModelConfig) -> Bool
  /// What to say about a value that is not allowed (negative ones included).
  let message: @Sendable (Double, ModelConfig) -> String

  /// Whether `seconds` obeys the rule: finite, at least 0, and accepted.
  func holds(_ seconds: Double, _ config: ModelConfig) -> Bool {
    seconds.isFinite && seconds >= 0 && accepts(seconds, config)
  }

  /// More than 0 s.
  static let positive = DurationRule(accepts: { seconds, _ in seconds > 0 }) { seconds, _ in
    "must be a positive duration, got \(Units.durationText(seconds))"
  }

  /// 0 s or more.
  static let nonNegative = DurationRule(accepts: { _, _ in true }) { seconds, _ in
    "must be 0 or more, got \(Units.durationText(seconds))"
  }

  /// A whole number of seconds, at least 1 s (pbs_mom counts in seconds).
  static let wholeSecondsAtLeastOne = DurationRule(
    accepts: { seconds, _ in seconds >= 1 && seconds == seconds.rounded() }
  ) { seconds, _ in
    "must be a whole number of seconds, at least 1 s (pbs_mom counts in seconds), got \(Units.durationText(seconds))"
  }

  /// Shorter than the run's `duration` (the warmup).
  static let shorterThanDuration = DurationRule(accepts: { seconds, config in seconds < config.duration }) { seconds, config in
    "must be at least 0 and shorter than duration (\(Units.durationText(config.duration))), "
      + "got \(Units.durationText(seconds))"
  }
}
