/// Whether a student sits at a PC, and what they do there.
enum OwnerState: Equatable {
  /// Nobody is logged in; the keyboard has been idle since `keyboardIdleSince`
  /// (−∞ if nobody ever touched it: an untouched keyboard has been idle forever).
  case away(keyboardIdleSince: Double)
  /// A student is logged in since `since`, loading `load` cores, typing or not.
  case present(since: Double, load: Double, keyboard: KeyboardState)

  /// Whether a student is logged in.
  var isPresent: Bool {
    if case .present = self { true } else { false }
  }

  /// The student's CPU load in cores (0 when nobody is logged in).
  var load: Double {
    if case .present(_, let load, _) = self { load } else { 0 }
  }

  /// How long the keyboard has been idle at `time` (0 while typing).
  func keyboardIdle(at time: Double) -> Double {
    switch self {
    case .away(let since): time - since
    case .present(_, _, .typing): 0
    case .present(_, _, .idle(let since)): time - since
    }
  }

  /// Since when the keyboard has been idle (+∞ while typing).
  var keyboardIdleSince: Double {
    switch self {
    case .away(let since): since
    case .present(_, _, .typing): .infinity
    case .present(_, _, .idle(let since)): since
    }
  }
}

/// The keyboard during a session.
enum KeyboardState: Equatable {
  /// In use.
  case typing
  /// Untouched since `since`.
  case idle(since: Double)
}
