/// Reads CSV as RFC 4180 defines it (section 2), strictly, one line at a time.
///
/// - Fields are separated by commas; records end at a line break, LF or CRLF.
/// - A field that starts with a double quote is quoted: it ends at the next single quote,
///   `""` inside it stands for one quote, and commas and line breaks inside it are kept as
///   they are (a line break inside a quoted field stays a line break).
/// - A quote anywhere else in an unquoted field, a carriage return outside quotes, any text
///   between a closing quote and the next comma, and a quoted field still open at the end of
///   the input are errors (``CSVSyntaxError``) at their 1-based line and column.
/// - An empty line is a record of one empty field, and the line break after the last record
///   is optional. A trailing comma gives a trailing empty field.
///
/// Every record carries the line it starts on, so callers can report file:line:column.
///
/// Why an internal codec and not yaslab/CSV.swift 2.5.2 (the kept library): its reader accepts
/// a quoted field left open at the end of the input and appends a stray quote to the field
/// (`// ERROR?` in `CSVReader.readField`), it reports no line or column (its `CSVError` has
/// no syntax case), and it gives no line number per record. Those are this project's
/// requirements, and wrapping the library could not recover them.
///
/// Streaming: create a parser, pass each line (without its line break) to
/// ``consume(line:lineBreak:)`` in order, and call ``finish()`` at the end of the input.
/// ``records(in:)`` does this for a whole string.
public struct CSVParser: Sendable {
  /// Lines consumed so far; the number of the last one.
  private var lineNumber = 0
  /// The line on which the record being read started.
  private var recordLine = 0
  /// The fields of the record being read, when it spans lines.
  private var fields: [String] = []
  /// The text so far of a quoted field that continues on the next line; nil outside quotes.
  private var openField: String?
  /// Where the still-open quoted field's opening quote is (line, column).
  private var openQuote = (line: 0, column: 0)

  /// A parser at the start of its input (the next line consumed is line 1).
  public init() {}

  /// Reads the next line of the input, given without its line break.
  ///
  /// - Parameters:
  ///   - line: the line's text, without the LF or CRLF that ended it.
  ///   - lineBreak: the line break that ended it, kept in a quoted field that continues on the
  ///     next line (`"\n"` or `"\r\n"`).
  /// - Returns: the record this line completes, or nil when a quoted field continues on the
  ///   next line.
  /// - Throws: ``CSVSyntaxError`` at a quote inside an unquoted field, a carriage return
  ///   outside quotes, or text after a closing quote other than a comma.
  public mutating func consume(line: Substring, lineBreak: String = "\n") throws(CSVSyntaxError) -> CSVRecord? {
    lineNumber += 1
    let bytes = line.utf8
    var index = bytes.startIndex
    var current = openField ?? ""
    var inQuotes = openField != nil
    if !inQuotes {
      recordLine = lineNumber
      fields.removeAll(keepingCapacity: true)
    }
    openField = nil
    while true {
      if inQuotes {
        guard let quote = bytes[index...].firstIndex(of: Self.quote) else {
          current += line[index...]
          current += lineBreak
          openField = current
          return nil
        }
        current += line[index..<quote]
        let after = bytes.index(after: quote)
        if after < bytes.endIndex && bytes[after] == Self.quote {
          current += "\""
          index = bytes.index(after: after)
          continue
        }
        inQuotes = false
        fields.append(current)
        current = ""
        if after == bytes.endIndex { return record() }
        guard bytes[after] == Self.comma else {
          throw error(at: after, in: line, "expected a comma or the end of the line after the closing quote of a field, found \(found(at: after, in: line))")
        }
        index = bytes.index(after: after)
      } else {
        if index < bytes.endIndex && bytes[index] == Self.quote {
          inQuotes = true
          openQuote = (lineNumber, column(of: index, in: line))
          index = bytes.index(after: index)
          continue
        }
        let stop = bytes[index...].firstIndex { $0 == Self.comma || $0 == Self.quote || $0 == Self.carriageReturn }
          ?? bytes.endIndex
        if stop < bytes.endIndex && bytes[stop] == Self.quote {
          throw error(at: stop, in: line, "a double quote inside an unquoted field; quote the whole field and double the quotes inside it")
        }
        if stop < bytes.endIndex && bytes[stop] == Self.carriageReturn {
          throw error(at: stop, in: line, "a carriage return outside quotes; a field holding one must be quoted")
        }
        fields.append(String(line[index..<stop]))
        if stop == bytes.endIndex { return record() }
        index = bytes.index(after: stop)
      }
    }
  }

  /// Ends the input.
  ///
  /// - Throws: ``CSVSyntaxError`` at the opening quote when a quoted field is still open.
  public func finish() throws(CSVSyntaxError) {
    guard openField != nil else { return }
    throw CSVSyntaxError(
      line: openQuote.line, column: openQuote.column,
      message: "the quoted field that starts here is not closed: a closing double quote is missing before the end of the input")
  }

  /// Every record of `text`, in order. Lines end with LF or CRLF; a line break inside a quoted
  /// field is kept as it is written.
  ///
  /// - Throws: ``CSVSyntaxError`` at the first problem.
  public static func records(in text: String) throws(CSVSyntaxError) -> [CSVRecord] {
    var parser = CSVParser()
    var records: [CSVRecord] = []
    var lines = text.utf8.split(separator: lineFeed, omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    for raw in lines {
      var line = Substring(raw)
      var lineBreak = "\n"
      if line.utf8.last == carriageReturn {
        line = line.dropLast()
        lineBreak = "\r\n"
      }
      if let record = try parser.consume(line: line, lineBreak: lineBreak) { records.append(record) }
    }
    try parser.finish()
    return records
  }

  /// The record just completed.
  private func record() -> CSVRecord {
    CSVRecord(line: recordLine, fields: fields)
  }

  /// A syntax error at the byte `index` of `line` (the current line).
  private func error(at index: String.Index, in line: Substring, _ message: String) -> CSVSyntaxError {
    CSVSyntaxError(line: lineNumber, column: column(of: index, in: line), message: message)
  }

  /// The 1-based column, in characters, of the byte `index` of `line`.
  private func column(of index: String.Index, in line: Substring) -> Int {
    line[line.startIndex..<index].count + 1
  }

  /// The character at `index` of `line`, quoted, for a message.
  private func found(at index: String.Index, in line: Substring) -> String {
    line[index...].first.map { "\"\($0)\"" } ?? "the end of the line"
  }

  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let lineFeed = UInt8(ascii: "\n")
}
