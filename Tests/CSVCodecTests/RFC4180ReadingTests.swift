import CSVCodec
import Testing

/// The examples of RFC 4180 section 2, rules 1 to 7 (https://www.rfc-editor.org/rfc/rfc4180#section-2),
/// written here with their CRLF line breaks, and the cases around them: empty fields, empty lines,
/// LF line breaks and line breaks inside quoted fields.
struct RFC4180ReadingTests {
  /// The fields of each record of `text`.
  static func fields(_ text: String) throws -> [[String]] {
    try CSVParser.records(in: text).map(\.fields)
  }

  @Test func rule1EachRecordIsOnItsOwnLineEndedByCRLF() throws {
    #expect(try Self.fields("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n") == [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
  }

  @Test func rule2TheLastRecordMayLackALineBreak() throws {
    #expect(try Self.fields("aaa,bbb,ccc\r\nzzz,yyy,xxx") == [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
  }

  @Test func rule3AHeaderLineIsReadLikeAnyRecord() throws {
    let text = "field_name,field_name,field_name\r\naaa,bbb,ccc\r\nzzz,yyy,xxx\r\n"
    #expect(try Self.fields(text) == [
      ["field_name", "field_name", "field_name"], ["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"],
    ])
  }

  @Test func rule4SpacesArePartOfAField() throws {
    #expect(try Self.fields("aaa,bbb,ccc") == [["aaa", "bbb", "ccc"]])
    #expect(try Self.fields(" aaa , bbb,ccc ") == [[" aaa ", " bbb", "ccc "]])
  }

  @Test func rule5FieldsMayBeQuotedOrNot() throws {
    #expect(try Self.fields("\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx") == [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
  }

  @Test func rule6QuotedFieldsHoldLineBreaksQuotesAndCommasAsWritten() throws {
    #expect(try Self.fields("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx") == [["aaa", "b\r\nbb", "ccc"], ["zzz", "yyy", "xxx"]])
    #expect(try Self.fields("\"a,b\",c\n") == [["a,b", "c"]])
  }

  @Test func rule7ADoubledQuoteInsideAQuotedFieldIsOneQuote() throws {
    #expect(try Self.fields("\"aaa\",\"b\"\"bb\",\"ccc\"") == [["aaa", "b\"bb", "ccc"]])
    #expect(try Self.fields("\"\"\"\"") == [["\""]])
  }

  @Test func aNewlineInsideAQuotedFieldStaysANewlineNotASpace() throws {
    #expect(try Self.fields("\"first line\nsecond line\",x\n") == [["first line\nsecond line", "x"]])
    #expect(try Self.fields("\"\n\n\"\n") == [["\n\n"]])
  }

  @Test func lfAndCRLFLineBreaksMayBeMixed() throws {
    #expect(try Self.fields("a,b\nc,d\r\ne,f\n") == [["a", "b"], ["c", "d"], ["e", "f"]])
  }

  @Test func emptyFieldsAreKeptAtTheStartMiddleAndEnd() throws {
    #expect(try Self.fields(",,\n") == [["", "", ""]])
    #expect(try Self.fields("a,,b\n") == [["a", "", "b"]])
    #expect(try Self.fields("\"\",x\n") == [["", "x"]])
  }

  @Test func aTrailingCommaGivesATrailingEmptyField() throws {
    #expect(try Self.fields("a,b,\n") == [["a", "b", ""]])
    #expect(try Self.fields("a,\"b\",\r\n") == [["a", "b", ""]])
  }

  @Test func anEmptyLineIsOneEmptyFieldAndAnEmptyInputHasNoRecords() throws {
    #expect(try Self.fields("a\n\nb\n") == [["a"], [""], ["b"]])
    #expect(try Self.fields("") == [])
    #expect(try Self.fields("\n") == [[""]])
  }

  @Test func nonASCIITextIsKept() throws {
    #expect(try Self.fields("größe,\"naïve, 😀\"\n") == [["größe", "naïve, 😀"]])
  }

  @Test func eachRecordCarriesTheLineItStartsOn() throws {
    let records = try CSVParser.records(in: "a\n\"b\nc\nd\",e\n\nf\n")
    #expect(records.map(\.line) == [1, 2, 5, 6])
    #expect(records.map(\.fields) == [["a"], ["b\nc\nd", "e"], [""], ["f"]])
  }
}
