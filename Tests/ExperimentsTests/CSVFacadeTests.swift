import CSVCodec
import Testing

@testable import Experiments

/// CSVFormat and CSVReader are facades over CSVCodec: what they write reads back, and what
/// is not CSV is refused rather than guessed.
@Suite("CSVFormat and CSVReader over CSVCodec")
struct CSVFacadeTests {
  @Test("text cells are quoted for a comma, a quote, a CR, an LF and a CRLF, and read back unchanged")
  func textRoundTrip() throws {
    let values = ["plain", "a,b", "say \"hi\"", "one\ntwo", "windows\r\nline", "bare\rreturn", ""]
    // "\r\n" is one Character in Swift; it must still be quoted.
    #expect(CSVFormat.text("windows\r\nline") == "\"windows\r\nline\"")
    #expect(CSVFormat.text("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVFormat.text("plain") == "plain")
    let line = CSVFormat.row(values.map(CSVFormat.text) + [CSVFormat.number(2.5), CSVFormat.number(.infinity)])
    // Values with line breaks make the row span lines: one record, starting on line 1.
    #expect(try CSVParser.records(in: line) == [CSVRecord(line: 1, fields: values + ["2.5", ""])])
  }

  @Test("cells of a line: quoted cells unquoted; a line that is not a whole record has no cells")
  func cells() throws {
    #expect(CSVReader.cells("0,\"a, \"\"b\"\"\",,3") == ["0", "a, \"b\"", "", "3"])
    #expect(CSVReader.cells("") == [""])
    // The former reader accepted these and guessed: an unclosed quote, a quote inside a cell.
    #expect(CSVReader.cells("1,\"open") == [])
    #expect(CSVReader.cells("1,a\"b") == [])
    #expect(throws: CSVSyntaxError(
      line: 1, column: 3,
      message: "the quoted field that starts here is not closed: a closing double quote is missing before the end of the input")) {
      try CSVReader.record("1,\"open")
    }
    #expect(throws: CSVSyntaxError(
      line: 1, column: 4,
      message: "a double quote inside an unquoted field; quote the whole field and double the quotes inside it")) {
      try CSVReader.record("1,a\"b")
    }
  }
}
