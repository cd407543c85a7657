import Testing

@testable import Traces

/// The raw SWF reader: header, exact field values, counts, comments, bad lines.
@Suite struct WorkloadSWFReaderTests {
  /// Reads every record of a file.
  private func allRecords(_ reader: SWFReader) throws -> [SWFRecord] {
    var records: [SWFRecord] = []
    while let record = try reader.nextRecord() { records.append(record) }
    return records
  }

  @Test func headerFieldsOfTheExcerpt() throws {
    let reader = try SWFReader(path: WorkloadFixture.excerptPath)
    // From the file's header: "; MaxProcs: 240", "; MaxNodes: 240",
    // "; UnixStartTime: 1027839845", "; Version: 2.2".
    #expect(reader.header.maxProcs == 240)
    #expect(reader.header.maxNodes == 240)
    #expect(reader.header.unixStartTime == 1_027_839_845)
    #expect(reader.header.version == "2.2")
    #expect(reader.header.value(forKey: "TimeZoneString") == "Europe/Stockholm")
    #expect(reader.header.value(forKey: "Partition") == "1 DEFAULT")
    #expect(reader.header.value(forKey: "NoSuchKey") == nil)
    // 24 comment lines precede the first job (23 original + the origin line).
    #expect(reader.header.lines.count == 24)
  }

  @Test func exactValuesOfKnownLines() throws {
    // awk 'NR==25 || NR==31 || NR==40' hpc2n-excerpt.swf
    //  1        0 308434  31405   30  31405    -1   30  37980    -1  1   1   1  -1 -1  1 -1 -1
    // 12   342343      5    553   40 552.21    -1   40  43200    -1  1   4   1  -1 -1  1 -1 -1
    // 21   348036      0     -1    8 240074    -1    8 432000    -1 -1   5   1  -1 -1  1 -1 -1
    let records = try allRecords(SWFReader(path: WorkloadFixture.excerptPath))
    let byLine = Dictionary(uniqueKeysWithValues: records.map { ($0.lineNumber, $0) })

    let first = try #require(byLine[25])
    #expect(
      first
        == SWFRecord(
          lineNumber: 25, jobNumber: 1, submitTime: 0, waitTime: 308_434, runTime: 31_405,
          allocatedProcessors: 30, averageCPUTime: 31_405, usedMemory: nil,
          requestedProcessors: 30, requestedTime: 37_980, requestedMemory: nil, status: 1,
          userID: 1, groupID: 1, executableNumber: nil, queueNumber: nil, partitionNumber: 1,
          precedingJobNumber: nil, thinkTime: nil))

    let fractional = try #require(byLine[31])
    #expect(fractional.jobNumber == 12)
    #expect(fractional.submitTime == 342_343)
    #expect(fractional.waitTime == 5)
    #expect(fractional.runTime == 553)
    #expect(fractional.averageCPUTime == 552.21)
    #expect(fractional.allocatedProcessors == 40)
    #expect(fractional.requestedTime == 43_200)
    #expect(fractional.userID == 4)

    let unknownRun = try #require(byLine[40])
    #expect(unknownRun.jobNumber == 21)
    #expect(unknownRun.waitTime == 0)
    #expect(unknownRun.runTime == nil)
    #expect(unknownRun.status == nil)
    #expect(!unknownRun.isCancelled)
    #expect(unknownRun.averageCPUTime == 240_074)
    #expect(unknownRun.requestedTime == 432_000)
  }

  @Test func countsOfJobsAndMultiProcessorJobs() throws {
    // awk '!/^;/ && NF>0' hpc2n-excerpt.swf | wc -l            -> 500
    // awk '!/^;/ && NF>0 && $5>1' hpc2n-excerpt.swf | wc -l    -> 477
    // awk '!/^;/ && NF>0 && $4==-1' hpc2n-excerpt.swf | wc -l  -> 6
    let reader = try SWFReader(path: WorkloadFixture.excerptPath)
    let records = try allRecords(reader)
    #expect(records.count == 500)
    #expect(reader.recordCount == 500)
    #expect(records.filter { ($0.allocatedProcessors ?? 0) > 1 }.count == 477)
    #expect(records.filter { $0.runTime == nil }.count == 6)
    #expect(records.first?.lineNumber == 25)
    #expect(records.last?.lineNumber == 524)
    #expect(records.last?.jobNumber == 1350)
  }

  @Test func commentsBlankLinesAndLineEndingsAreHandled() throws {
    let text =
      "; Version: 2.2\r\n"  // line 1, CRLF
      + ";MaxProcs:16\n"  // line 2, no spaces
      + "\n"  // line 3, blank
      + WorkloadFixture.line(job: 1, submit: "0", run: "10", allocated: "1") + "\r\n"  // 4
      + "   \t \n"  // line 5, whitespace only
      + "  ; a comment after the first job is not header\n"  // line 6
      + "\t" + WorkloadFixture.line(job: 2, submit: "5", run: "20", allocated: "2") + "\n"  // 7
      + WorkloadFixture.line(job: 3, submit: "9", run: "30", allocated: "4")  // 8, no newline
    let path = try WorkloadFixture.temporaryFile(text)
    defer { WorkloadFixture.remove(path) }
    let reader = try SWFReader(path: path)
    let records = try allRecords(reader)
    #expect(records.map(\.jobNumber) == [1, 2, 3])
    #expect(records.map(\.lineNumber) == [4, 7, 8])
    #expect(records.map(\.runTime) == [10, 20, 30])
    #expect(reader.header.lines == [" Version: 2.2", "MaxProcs:16"])
    #expect(reader.header.version == "2.2")
    #expect(reader.header.maxProcs == 16)
    #expect(reader.header.maxNodes == nil)
    #expect(reader.badLineCount == 0)
  }

  @Test func wrongFieldCountNamesTheLine() throws {
    let good = WorkloadFixture.line(job: 1, submit: "0", run: "10", allocated: "1")
    let short = "2 5 -1 20 1 -1 -1 -1 -1 -1 1 1 -1 -1 -1 -1 -1"  // 17 fields
    let text = "; Version: 2.2\n;\n\n\(good)\n\(short)\n\(good)\n"
    let path = try WorkloadFixture.temporaryFile(text)
    defer { WorkloadFixture.remove(path) }
    let reader = try SWFReader(path: path)
    #expect(try reader.nextRecord()?.jobNumber == 1)
    let expected = SWFLineError(file: path, line: 5, problem: .wrongFieldCount(found: 17))
    #expect(throws: SWFError.badLine(expected)) { try reader.nextRecord() }
    #expect(expected.description == "\(path):5: expected 18 fields, found 17")
  }

  @Test func nonNumericAndFractionalIntegerFieldsNameTheLineAndField() throws {
    let bad = WorkloadFixture.line(job: 7, submit: "5", run: "12x", allocated: "1")
    let path = try WorkloadFixture.temporaryFile("\(bad)\n")
    defer { WorkloadFixture.remove(path) }
    let expected = SWFLineError(
      file: path, line: 1, problem: .notANumber(field: 4, text: "12x"))
    // The first job line is read while the header is read, so the constructor throws.
    #expect(throws: SWFError.badLine(expected)) { try SWFReader(path: path) }
    #expect(expected.description == "\(path):1: field 4 (run time) is not a number: \"12x\"")

    for (token, problem) in [
      ("2.5", SWFLineProblem.notAnInteger(field: 5, text: "2.5")),
      ("nan", SWFLineProblem.notANumber(field: 5, text: "nan")),
      ("inf", SWFLineProblem.notANumber(field: 5, text: "inf")),
      ("0x10", SWFLineProblem.notANumber(field: 5, text: "0x10")),
    ] {
      let fractional = WorkloadFixture.line(job: 8, submit: "5", run: "12", allocated: token)
      let path = try WorkloadFixture.temporaryFile("; h\n\(fractional)\n")
      defer { WorkloadFixture.remove(path) }
      #expect(throws: SWFError.badLine(SWFLineError(file: path, line: 2, problem: problem))) {
        try SWFReader(path: path)
      }
    }
  }

  @Test func nonStrictReadingSkipsBadLinesWithWarnings() throws {
    let lines = [
      "; Version: 2.2",
      WorkloadFixture.line(job: 1, submit: "0", run: "10", allocated: "1"),
      "1 2 3",  // line 3: 3 fields
      WorkloadFixture.line(job: 2, submit: "1", run: "abc", allocated: "1"),  // line 4
      WorkloadFixture.line(job: 3, submit: "2", run: "30", allocated: "1"),
    ]
    let path = try WorkloadFixture.temporaryFile(lines.joined(separator: "\n") + "\n")
    defer { WorkloadFixture.remove(path) }
    let reader = try SWFReader(path: path, strict: false)
    let records = try allRecords(reader)
    #expect(records.map(\.jobNumber) == [1, 3])
    #expect(reader.badLineCount == 2)
    #expect(
      reader.warnings == [
        SWFLineError(file: path, line: 3, problem: .wrongFieldCount(found: 3)),
        SWFLineError(file: path, line: 4, problem: .notANumber(field: 4, text: "abc")),
      ])
  }

  @Test func aLineLongerThanTheBufferIsAnError() throws {
    let line = WorkloadFixture.line(job: 1, submit: "0", run: "10", allocated: "1")
    let path = try WorkloadFixture.temporaryFile(
      "\(line)\n; \(String(repeating: "x", count: 200))\n")
    defer { WorkloadFixture.remove(path) }
    let reader = try SWFReader(path: path, chunkSize: 64, strict: false)
    #expect(try reader.nextRecord()?.jobNumber == 1)
    #expect(
      throws: SWFError.badLine(SWFLineError(file: path, line: 2, problem: .lineTooLong(limit: 64)))
    ) {
      try reader.nextRecord()
    }
  }

  @Test func aMissingFileCannotBeOpened() {
    let path = "/nonexistent/harvestsim/trace.swf"
    #expect(throws: SWFError.cannotOpen(path: path, reason: "No such file or directory")) {
      try SWFReader(path: path)
    }
  }

  @Test func smallChunksGiveTheSameRecordsAsTheDefault() throws {
    // 512 bytes holds the longest line (the 300-byte origin comment) but forces a refill
    // every few lines, so many lines straddle a refill.
    let reference = try allRecords(SWFReader(path: WorkloadFixture.excerptPath))
    let small = try SWFReader(path: WorkloadFixture.excerptPath, chunkSize: 512)
    #expect(try allRecords(small) == reference)
    #expect(small.maximumBufferedBytes <= 512)
    #expect(small.header == (try SWFReader(path: WorkloadFixture.excerptPath).header))
  }
}
