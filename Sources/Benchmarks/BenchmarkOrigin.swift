/// Where one side of a comparison was measured: file, labels, hosts and dates of its rows.
package struct BenchmarkOrigin: Sendable, Equatable {
  /// The file the rows came from.
  package var file: String
  /// Distinct labels in first-seen order.
  package var labels: [String]
  /// Distinct host names in first-seen order.
  package var hosts: [String]
  /// Earliest and latest `date` values (ISO 8601 sorts as text); empty if none.
  package var firstDate: String
  /// See ``firstDate``.
  package var lastDate: String

  /// Summarises the rows of one file.
  package init(file: String, records: [BenchmarkRecord]) {
    func distinct(_ values: [String]) -> [String] {
      var seen = Set<String>()
      return values.filter { seen.insert($0).inserted }
    }
    self.file = file
    labels = distinct(records.map(\.label))
    hosts = distinct(records.map(\.host))
    let dates = records.map(\.date).filter { !$0.isEmpty }.sorted()
    firstDate = dates.first ?? ""
    lastDate = dates.last ?? ""
  }

  /// One line for comments: `native on pc01, 2006-05-02T10:00:00Z…2006-05-02T10:30:00Z`.
  package var summary: String {
    let dates = firstDate == lastDate ? firstDate : "\(firstDate) to \(lastDate)"
    return "\(labels.joined(separator: "+")) on \(hosts.joined(separator: "+"))" + (dates.isEmpty ? "" : ", \(dates)")
  }
}
