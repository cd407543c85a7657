/// A run that did not finish, with its point and replication.
package struct SweepFailure: Sendable, Equatable, CustomStringConvertible {
  /// Which run.
  package var key: RunKey
  /// The point's varied values, `hosts.0.count=40, registration.mode=live`.
  package var values: String
  /// Why.
  package var reason: String

  /// `point 3 (hosts.0.count=40), replication 2: reason`.
  package var description: String {
    "point \(key.point) (\(values)), replication \(key.replication): \(reason)"
  }

  /// The header of `failures.csv`: `point, <parameters>, replication, reason`.
  package static func header(parameters: [String]) -> [String] {
    ["point"] + parameters + ["replication", "reason"]
  }

  /// The cells of this failure's line in `failures.csv`, given its point's varied values.
  package func cells(labels: [String]) -> [String] {
    [String(key.point)] + labels.map(CSVFormat.text) + [String(key.replication), CSVFormat.text(reason)]
  }

  /// The end-of-command summary: one line per failed point, naming the point, its values,
  /// the replications that failed and why (one line per distinct reason), points in order;
  /// the first line names `file`, where they are listed, if they were written to one.
  package static func summary(_ failures: [SweepFailure], listedIn file: String?) -> [String] {
    let sorted = failures.sorted { $0.key < $1.key }
    var points: [Int] = []
    for failure in sorted where points.last != failure.key.point { points.append(failure.key.point) }
    var lines = ["\(points.count) point\(points.count == 1 ? "" : "s") failed (\(failures.count) "
      + "run\(failures.count == 1 ? "" : "s"))" + (file.map { "; they are listed in \($0)" } ?? "") + ":"]
    for point in points {
      let ofPoint = sorted.filter { $0.key.point == point }
      var reasons: [String] = []
      for failure in ofPoint where !reasons.contains(failure.reason) { reasons.append(failure.reason) }
      for reason in reasons {
        let replications = ofPoint.filter { $0.reason == reason }.map { String($0.key.replication) }
        lines.append("  point \(point) (\(ofPoint[0].values)), replication\(replications.count == 1 ? "" : "s") "
          + "\(replications.joined(separator: ", ")): \(reason)")
      }
    }
    return lines
  }
}
