/// The one progress display of `run`, `sweep` and `compare`: what to write to stderr, and
/// when, for each report of a ``ProgressAmount``. It keeps no clock; the caller passes the
/// seconds elapsed since the work started, so the rules can be tested as arithmetic.
///
/// - On a terminal (``Style/bar``): a bar with the percentage, the detail, the elapsed
///   time and the ETA, redrawn in place (carriage return, then erase to the end of the
///   line) at most every ``redrawInterval`` seconds; ``finish()`` erases it.
/// - Otherwise (``Style/lines``, a pipe or a file): one plain line
///   `progress: 40%  12/30 runs  elapsed 1:02  ETA 1:33` each time another
///   ``lineStep`` of the work is done or ``lineInterval`` seconds have passed since the
///   last line, and a last line when everything is done.
///
/// Work that ends within ``quietStart`` seconds shows nothing, in either style. A report
/// that accounts for less work than one already shown (reports from several threads may
/// arrive out of order) is ignored, so the display never moves backwards; nor is the same
/// amount shown twice.
package struct ProgressMeter: Sendable {
  /// How the progress is shown.
  package enum Style: Sendable {
    /// A bar redrawn in place, for a terminal.
    case bar
    /// Plain periodic lines, for a pipe or a file.
    case lines
  }

  /// Nothing is shown before this many seconds: short work stays silent.
  package static let quietStart = 2.0
  /// Fewest seconds between two redraws of the bar.
  package static let redrawInterval = 0.2
  /// A plain line each time this fraction more of the work is done (every 10%)…
  package static let lineStep = 0.1
  /// …or after this many seconds without one.
  package static let lineInterval = 60.0
  /// Characters of the bar between the brackets.
  package static let barWidth = 10

  /// The style in use.
  package let style: Style
  private var lastShown: ProgressAmount?
  private var lastReport: ProgressAmount?
  private var lastDrawnAt: Double?

  /// A meter that has shown nothing yet.
  package init(style: Style) {
    self.style = style
  }

  /// The text to write for `amount`, reported `elapsed` seconds after the work started,
  /// or nil when nothing is to be written now.
  package mutating func update(_ amount: ProgressAmount, elapsed: Double) -> String? {
    if let lastReport, amount.completed < lastReport.completed { return nil }
    lastReport = amount
    guard elapsed >= Self.quietStart, amount != lastShown else { return nil }
    let due: Bool
    switch style {
    case .bar:
      due = amount.isComplete || lastDrawnAt.map { elapsed - $0 >= Self.redrawInterval } ?? true
    case .lines:
      let step = { (fraction: Double) in Int((fraction / Self.lineStep + 1e-9).rounded(.down)) }
      let newStep = step(amount.fraction) > step(lastShown?.fraction ?? 0)
      let waited = elapsed - (lastDrawnAt ?? 0) >= Self.lineInterval
      due = amount.isComplete || newStep || waited
    }
    guard due else { return nil }
    lastShown = amount
    lastDrawnAt = elapsed
    return text(amount, elapsed: elapsed)
  }

  /// The text that ends the display: the bar is erased (the command's own report follows);
  /// plain lines need nothing. Nil when nothing was shown.
  package func finish() -> String? {
    guard style == .bar, lastShown != nil else { return nil }
    return "\r\u{1B}[2K"
  }

  /// Whether anything has been shown.
  package var hasShown: Bool { lastShown != nil }

  /// One report as written: the bar (starting with a carriage return) or a line.
  package func text(_ amount: ProgressAmount, elapsed: Double) -> String {
    let percent = Int((amount.fraction * 100 + 1e-9).rounded(.down))
    let remaining = amount.secondsRemaining(elapsed: elapsed).map(Self.clock) ?? "?"
    let body = "\(percent)%  \(amount.detail)  elapsed \(Self.clock(elapsed))  ETA \(remaining)"
    switch style {
    case .bar:
      let filled = min(Self.barWidth, Int((amount.fraction * Double(Self.barWidth)).rounded(.down)))
      let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: Self.barWidth - filled)
      return "\r[\(bar)] \(body)\u{1B}[K"
    case .lines:
      return "progress: \(body)\n"
    }
  }

  /// Seconds as `m:ss`, or `h:mm:ss` from an hour on.
  package static func clock(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "?" }
    let total = Int(max(0, seconds).rounded())
    let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
  }
}
