import CSVCodec
import PropertyBased
import Testing

/// Writing quotes only the fields that need it, ends rows with LF, gives the same bytes for the
/// same fields, and reads back to the fields written.
struct CSVWriterTests {
  @Test func aFieldIsQuotedOnlyWhenItHoldsACommaQuoteCROrLF() {
    #expect(CSVWriter.field("plain text") == "plain text")
    #expect(CSVWriter.field(" spaced ") == " spaced ")
    #expect(CSVWriter.field("") == "")
    #expect(CSVWriter.field("naïve😀") == "naïve😀")
    #expect(CSVWriter.field("a,b") == "\"a,b\"")
    #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVWriter.field("\"") == "\"\"\"\"")
    #expect(CSVWriter.field("a\nb") == "\"a\nb\"")
    #expect(CSVWriter.field("a\rb") == "\"a\rb\"")
    // "\r\n" is one Character in Swift; it must still be seen.
    #expect(CSVWriter.field("a\r\nb") == "\"a\r\nb\"")
  }

  @Test func aRowJoinsFieldsWithCommasAndEndsWithLF() {
    #expect(CSVWriter.row(["a", "b,c", ""]) == "a,\"b,c\",\n")
    #expect(CSVWriter.row([""]) == "\n")
    #expect(CSVWriter.row([]) == "\n")
  }

  @Test func writingGivesTheseExactBytes() {
    let expected: [UInt8] = [
      0x69, 0x64, 0x2C,  // id,
      0x22, 0x78, 0x2C, 0x22, 0x22, 0x79, 0x22,  // "x,""y"
      0x2C, 0x0A,  // ,LF
    ]
    #expect(Array(CSVWriter.row(["id", "x,\"y", ""]).utf8) == expected)
  }

  @Test func theSameFieldsGiveByteIdenticalRows() async {
    await propertyCheck(count: 200, input: Self.rows) { rows in
      let first = rows.map(CSVWriter.row).joined()
      let second = rows.map(CSVWriter.row).joined()
      #expect(Array(first.utf8) == Array(second.utf8))
    }
  }

  @Test func writtenRowsReadBackToTheirFields() async {
    await propertyCheck(count: 300, input: Self.rows) { rows in
      let text = rows.map(CSVWriter.row).joined()
      #expect(throws: Never.self) {
        let records = try CSVParser.records(in: text)
        #expect(records.map(\.fields) == rows)
      }
    }
  }

  /// Characters that matter to CSV (comma, quote, CR, LF, CRLF, space) mixed with ordinary and
  /// non-ASCII ones.
  static let alphabet: [Character] = [",", "\"", "\r", "\n", "\r\n", " ", "a", "Z", "0", "é", "😀", ";", "\t"]

  /// Random tables of one to five rows of one to six fields, each field 0 to 8 characters.
  static let rows = Gen<Character?>.element(of: alphabet).compactMap { $0 }.array(of: 0...8)
    .map { (characters: [Character]) in String(characters) }.array(of: 1...6).array(of: 1...5)
}
