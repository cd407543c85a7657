import Foundation
import Stochastics
import Yams

/// The paste-ready scenario blocks that `harvestsim trace-stats --emit-scenario` prints: a
/// host group's `availability` (up and down laws) and an `owners` section (arrival profile
/// and session law), fitted to a trace or a log of sessions.
///
/// The YAML itself is built as a Yams node tree and written by Yams' emitter; only the `#`
/// comments above it (the source, each candidate's AIC and Kolmogorov–Smirnov statistic) are
/// plain lines, since YAML emitters do not write comments. Durations are written with six
/// significant digits in the largest unit (`d`, `h`, `m`, `s`) they reach, numbers with six
/// significant digits, and arrival rates with four.
package enum CalibrationYAML {
  /// The `availability:` block for `hosts[i]`: the best law of `up` and of `down`, with their
  /// AIC tables as comments. `source` names the trace in the first comment line.
  ///
  /// - Throws: ``CalibrationError`` when a sample has no law that could be fitted.
  package static func availability(source: String, up: LawSelection, down: LawSelection) throws -> String {
    guard let bestUp = up.best, let bestDown = down.best else {
      let (name, selection) = up.best == nil ? ("up", up) : ("down", down)
      throw CalibrationError(message: "no law could be fitted to the \(name) durations (\(reasons(selection)))")
    }
    var comments = ["availability fitted by harvestsim trace-stats to \(source)"]
    comments += table(name: "up", selection: up, best: bestUp)
    comments += table(name: "down", selection: down, best: bestDown)
    let block = Node.Mapping([
      (Node("up"), distribution(bestUp.distribution)),
      (Node("down"), distribution(bestDown.distribution)),
    ])
    return try text(comments: comments, root: Node.Mapping([(Node("availability"), .mapping(block))]))
  }

  /// The `owners:` section: `arrivals: {profile: …}` with one list of 24 rates (log-ins per
  /// PC per hour) for each day `mon`…`sun` of `rates` (7 × 24, Monday first), and `session`,
  /// the best law of `sessions`. `notes` are comment lines placed after the source line.
  ///
  /// - Throws: ``CalibrationError`` when no session law could be fitted, or `rates` is not 7 × 24.
  package static func owners(source: String, notes: [String], rates: [[Double]], sessions: LawSelection) throws -> String {
    guard rates.count == 7, rates.allSatisfy({ $0.count == 24 }) else {
      throw CalibrationError(message: "the arrival profile must have 7 days of 24 hours")
    }
    guard let best = sessions.best else {
      throw CalibrationError(message: "no law could be fitted to the session lengths (\(reasons(sessions)))")
    }
    var comments = ["owners fitted by harvestsim trace-stats to \(source)"] + notes
    comments += table(name: "session", selection: sessions, best: best)
    let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    let profile = Node.Mapping(zip(days, rates).map { day, hours in
      (Node(day), Node.sequence(Node.Sequence(hours.map { Node(format($0, digits: 4)) }, .implicit, .flow)))
    })
    let owners = Node.Mapping([
      (Node("arrivals"), .mapping(Node.Mapping([(Node("profile"), .mapping(profile))]))),
      (Node("session"), distribution(best.distribution)),
    ])
    return try text(comments: comments, root: Node.Mapping([(Node("owners"), .mapping(owners))]))
  }

  /// `distribution` on one line as the blocks write it, e.g. `{weibull: {shape: 0.4843, scale: 14.367h}}`.
  package static func flowText(_ distribution: Distribution) throws -> String {
    let yaml: String
    do {
      yaml = try Yams.serialize(node: Self.distribution(distribution), width: -1)
    } catch {
      throw CalibrationError(message: "cannot write the YAML: \(error)")
    }
    return yaml.trimmingCharacters(in: .newlines)
  }

  /// `distribution` in the scenario grammar (docs/scenario-reference.md §4), as a flow
  /// mapping with six significant digits: `{weibull: {shape: 0.48, scale: 14.4h}}`. The grammar
  /// is ScenarioWriter's; only the number formats are this block's.
  static func distribution(_ distribution: Distribution) -> Node {
    ScenarioWriter.written(distribution, duration: duration, number: { format($0) }).node
  }

  /// `seconds` as a duration with six significant digits, in the largest of d, h, m, s that
  /// it reaches (`14.367h`, `28.1583m`, `0.5s`).
  static func duration(_ seconds: Double) -> String {
    for (unit, size) in [("d", 86_400.0), ("h", 3_600.0), ("m", 60.0)] where seconds >= size {
      return format(seconds / size) + unit
    }
    return format(seconds) + "s"
  }

  /// `value` with `digits` significant digits, without trailing zeros (`%g`).
  static func format(_ value: Double, digits: Int = 6) -> String {
    String(format: "%.\(digits)g", value)
  }

  /// The comment lines of one sample's AIC table: every fitted law, lowest AIC first.
  private static func table(name: String, selection: LawSelection, best: FittedLaw) -> [String] {
    var lines = [
      "",
      "\(name): \(selection.sorted.count) values"
        + (selection.zerosLeftOut > 0 ? " (\(selection.zerosLeftOut) of length 0 left out)" : "")
        + "; chosen: \(best.distribution.family), by maximum likelihood and AIC",
      "  (the fewest parameters within \(format(LawSelection.aicTolerance)) of the lowest AIC);"
        + " KS = Kolmogorov-Smirnov D and its asymptotic p",
      "  (p is too high when the law was fitted to the same data: read it as a distance)",
    ]
    let lowest = selection.fits.first?.aic ?? 0
    let rows = selection.fits.map { law -> [String] in
      [law.distribution.family, parameterText(law.distribution), String(format: "%.2f", law.logLikelihood),
       String(format: "%.2f", law.aic), String(format: "%.2f", law.aic - lowest),
       String(format: "%.4f", law.kolmogorovSmirnov.statistic), String(format: "%.3g", law.kolmogorovSmirnov.pValue)]
    }
    let header = ["law", "parameters", "ln L", "AIC", "dAIC", "KS D", "KS p"]
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    for row in [header] + rows {
      let cells = row.indices.map { column in
        column < 2 ? row[column].padding(toLength: widths[column], withPad: " ", startingAt: 0)
          : String(repeating: " ", count: widths[column] - row[column].count) + row[column]
      }
      lines.append("  " + cells.joined(separator: "  "))
    }
    for failure in selection.failures { lines.append("  \(failure.family): not fitted: \(failure.message)") }
    return lines
  }

  /// The parameters of a fitted law in words, durations with units.
  private static func parameterText(_ distribution: Distribution) -> String {
    switch distribution {
    case .exponential(let mean): "mean \(duration(mean))"
    case .weibull(let shape, let scale): "shape \(format(shape, digits: 4)), scale \(duration(scale))"
    case .logNormal(let mu, let sigma): "mu \(format(mu, digits: 4)), sigma \(format(sigma, digits: 4))"
    case .gamma(let shape, let scale): "shape \(format(shape, digits: 4)), scale \(duration(scale))"
    case .hyperexponential(let weights, let means):
      zip(weights, means).map { "\(format($0, digits: 3)) x mean \(duration($1))" }.joined(separator: " + ")
    default: ""
    }
  }

  private static func reasons(_ selection: LawSelection) -> String {
    selection.failures.isEmpty ? "no positive values" : selection.failures.map(\.description).joined(separator: "; ")
  }

  /// The comment lines (each prefixed with `# `) followed by the YAML of `root`.
  private static func text(comments: [String], root: Node.Mapping) throws -> String {
    let yaml: String
    do {
      yaml = try Yams.serialize(node: .mapping(root), indent: 2, width: -1)
    } catch {
      throw CalibrationError(message: "cannot write the YAML: \(error)")
    }
    return comments.map { $0.isEmpty ? "#" : "# " + $0 }.joined(separator: "\n") + "\n" + yaml
  }
}
