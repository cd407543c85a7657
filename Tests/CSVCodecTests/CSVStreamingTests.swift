import CSVCodec
import Testing

/// Reading a line at a time gives the records of reading the whole text, each as soon as its
/// last line is consumed.
struct CSVStreamingTests {
  @Test func aRecordComesOutWithItsLastLine() throws {
    var parser = CSVParser()
    #expect(try parser.consume(line: "a,b") == CSVRecord(line: 1, fields: ["a", "b"]))
    #expect(try parser.consume(line: "\"c") == nil)
    #expect(try parser.consume(line: "d\",e") == CSVRecord(line: 2, fields: ["c\nd", "e"]))
    #expect(try parser.consume(line: "f") == CSVRecord(line: 4, fields: ["f"]))
    try parser.finish()
  }

  @Test func theLineBreakGivenIsKeptInsideAQuotedField() throws {
    var parser = CSVParser()
    #expect(try parser.consume(line: "\"x", lineBreak: "\r\n") == nil)
    #expect(try parser.consume(line: "y\"", lineBreak: "\r\n") == CSVRecord(line: 1, fields: ["x\r\ny"]))
  }

  @Test func finishRefusesAQuotedFieldStillOpen() throws {
    var parser = CSVParser()
    _ = try parser.consume(line: "ok")
    _ = try parser.consume(line: "12,\"open")
    _ = try parser.consume(line: "more")
    #expect(throws: CSVSyntaxError(
      line: 2, column: 4,
      message: "the quoted field that starts here is not closed: a closing double quote is missing before the end of the input")
    ) {
      try parser.finish()
    }
  }

  @Test func lineByLineEqualsWholeText() throws {
    let text = "h1,h2\n\"multi\nline\",x\n,\n\"q\"\"\",\"\"\nlast"
    var parser = CSVParser()
    var streamed: [CSVRecord] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if let record = try parser.consume(line: line) { streamed.append(record) }
    }
    try parser.finish()
    #expect(streamed == (try CSVParser.records(in: text)))
    #expect(streamed.map(\.line) == [1, 2, 4, 5, 6])
  }
}
