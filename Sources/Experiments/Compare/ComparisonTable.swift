import Foundation

/// The console table of a comparison: per metric, each variant's mean ± 95% CI and
/// its paired difference from the baseline ± 95% CI, with `*` where that CI excludes 0.
///
/// ```
/// jobs_lost                mean ± ci95      diff vs torque-restart ± ci95
///   torque-restart         4.2 ± 1.3        (baseline)
///   torque-live            0.6 ± 0.5        -3.6 ± 1.2 *
/// ```
package enum ComparisonTable {
  /// The table's text, one block per metric, ending with a legend line.
  package static func text(_ rows: [ComparisonRow]) -> String {
    guard let baseline = rows.first?.baseline else { return "" }
    var metrics: [String] = []
    for row in rows where !metrics.contains(row.metric) { metrics.append(row.metric) }
    let nameWidth = max(rows.map { $0.variant.count + 2 }.max() ?? 0, metrics.map(\.count).max() ?? 0) + 2
    let valueTexts = rows.map { format($0.value.mean, $0.value.halfWidth) }
    let valueWidth = max(valueTexts.map(\.count).max() ?? 0, "mean ± ci95".count) + 3
    var lines: [String] = []
    for metric in metrics {
      lines.append(pad(metric, nameWidth) + pad("mean ± ci95", valueWidth) + "diff vs \(baseline) ± ci95")
      for (index, row) in rows.enumerated() where row.metric == metric {
        let difference = row.isBaseline ? "(baseline)"
          : format(row.difference.mean, row.difference.halfWidth) + (row.isSignificant ? " *" : "")
        lines.append(pad("  " + row.variant, nameWidth) + pad(valueTexts[index], valueWidth) + difference)
      }
    }
    lines.append("* the 95% CI of the paired difference (variant − \(baseline), by replication) excludes 0")
    return lines.joined(separator: "\n") + "\n"
  }

  /// `mean ± half`, the mean rounded to the half-width's second significant digit
  /// (in exponent form when the half-width is below 10⁻⁶);
  /// the mean alone (4 significant digits) when the half-width is undefined; `n/a` for no mean.
  package static func format(_ mean: Double, _ half: Double) -> String {
    guard mean.isFinite else { return "n/a" }
    guard half.isFinite else { return plain(mean) }
    if half == 0 { return "\(plain(mean)) ± 0" }
    let decimals = max(0, 1 - Int(log10(abs(half)).rounded(.down)))
    // Below 10⁻⁶ (rounding noise, say) fixed decimals would read 0.000000: use exponents.
    guard decimals <= 7 else { return String(format: "%.3g ± %.2g", mean, half) }
    return String(format: "%.*f ± %.*f", decimals, mean, decimals, half)
  }

  private static func plain(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(format: "%.0f", value) }
    if abs(value) >= 1e6 || abs(value) < 1e-3 { return String(format: "%.3e", value) }
    return String(format: "%.4g", value)
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
