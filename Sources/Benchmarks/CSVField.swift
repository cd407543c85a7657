import Foundation

/// RFC 4180 quoting and splitting for the raw benchmark CSV (labels and host names may hold commas).
enum CSVField {
  /// The field, quoted if it holds a comma or quote; line breaks become spaces (one row per line).
  static func quote(_ field: String) -> String {
    let text = String(field.map { $0.isNewline ? " " : $0 })
    guard text.contains(where: { $0 == "," || $0 == "\"" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Splits one line into fields; nil if a quoted field is not closed.
  static func split(_ line: Substring) -> [String]? {
    var fields: [String] = []
    var field = ""
    var inQuotes = false
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      let next = line.index(after: index)
      if inQuotes {
        if character == "\"" {
          if next < line.endIndex, line[next] == "\"" {
            field.append("\"")
            index = line.index(after: next)
            continue
          }
          inQuotes = false
        } else {
          field.append(character)
        }
      } else if character == "\"" && field.isEmpty {
        inQuotes = true
      } else if character == "," {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
      index = next
    }
    guard !inQuotes else { return nil }
    fields.append(field)
    return fields
  }
}
