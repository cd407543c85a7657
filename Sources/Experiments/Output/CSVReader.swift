/// Splits CSV lines written by ``CSVFormat`` back into cells (RFC 4180 quoting).
package enum CSVReader {
  /// The cells of one line (without its newline).
  package static func cells(_ line: Substring) -> [String] {
    var cells: [String] = []
    var current = ""
    var quoted = false
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      if quoted {
        if character == "\"" {
          let next = line.index(after: index)
          if next < line.endIndex && line[next] == "\"" {
            current.append("\"")
            index = next
          } else {
            quoted = false
          }
        } else {
          current.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        cells.append(current)
        current = ""
      } else {
        current.append(character)
      }
      index = line.index(after: index)
    }
    cells.append(current)
    return cells
  }
}
