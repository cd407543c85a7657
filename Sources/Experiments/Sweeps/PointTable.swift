import Stochastics

/// `points.csv`: per point, for each reported metric, the mean, sd, n and the
/// Student-t 95% confidence half-width over its replications.
package enum PointTable {
  /// The header: `point, <parameters>, runs, M_mean, M_sd, M_n, M_ci95, …`.
  package static func header(parameters: [String], metrics: [String]) -> [String] {
    ["point"] + parameters + ["runs"] + metrics.flatMap { ["\($0)_mean", "\($0)_sd", "\($0)_n", "\($0)_ci95"] }
  }

  /// One line per point, from the runs of each point (rows sorted by point).
  package static func lines(rows: [SweepRow], parameters: [String], metrics: [String]) -> [String] {
    let metricIndex = metrics.map { name in SummaryColumns.metrics.firstIndex { $0.name == name }! }
    var lines: [String] = []
    var start = 0
    while start < rows.count {
      let point = rows[start].key.point
      var end = start
      while end < rows.count && rows[end].key.point == point { end += 1 }
      let group = rows[start..<end]
      var cells = [String(point)] + Array(group.first!.cells[1...parameters.count]) + [String(group.count)]
      for index in metricIndex {
        let values = group.map { $0.metric(index, parameterCount: parameters.count) }.filter(\.isFinite)
        let interval = Statistics.confidenceInterval95(values)
        cells += [
          CSVFormat.number(values.isEmpty ? .nan : interval.mean), CSVFormat.number(interval.standardDeviation),
          String(values.count), CSVFormat.number(interval.halfWidth),
        ]
      }
      lines.append(CSVFormat.row(cells))
      start = end
    }
    return lines
  }
}
