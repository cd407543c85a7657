/// Writes CSV as RFC 4180 describes it, deterministically: the same fields always give the
/// same bytes.
///
/// A field is quoted only when it holds a comma, a double quote, a carriage return or a line
/// feed; a quote inside it is doubled. Rows end with `"\n"` (not RFC 4180's CRLF: the project's
/// files are Unix text; ``CSVParser`` reads both). A row of no fields and a row of one empty
/// field are both written as an empty line, which ``CSVParser`` reads back as one empty field.
public enum CSVWriter {
  /// `value` as one CSV field: unchanged, or quoted with its quotes doubled when it holds a
  /// comma, quote, CR or LF.
  public static func field(_ value: String) -> String {
    guard value.utf8.contains(where: needsQuotes) else { return value }
    var quoted = "\""
    quoted.unicodeScalars.reserveCapacity(value.unicodeScalars.count + 2)
    for scalar in value.unicodeScalars {
      if scalar == "\"" { quoted.unicodeScalars.append("\"") }
      quoted.unicodeScalars.append(scalar)
    }
    quoted.unicodeScalars.append("\"")
    return quoted
  }

  /// `fields` as one CSV line: each written by ``field(_:)``, separated by commas, ending
  /// with `"\n"`.
  public static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }

  /// Whether a byte of UTF-8 forces quoting: comma, double quote, CR or LF.
  private static func needsQuotes(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r")
      || byte == UInt8(ascii: "\n")
  }
}
