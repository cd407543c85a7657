import Testing

@testable import Traces

/// The workload layer: window, arrival scaling, skip reasons, reject/cap/split, summary.
@Suite struct WorkloadReaderTests {
  /// A hand-made trace with absolute submit times (origin 1,000,000) and one job for each
  /// skip reason. Job lines are lines 2–11.
  private static let handMade =
    [
      "; UnixStartTime: 1000000",
      WorkloadFixture.line(job: 1, submit: "1000000", run: "100", allocated: "1"),
      WorkloadFixture.line(job: 2, submit: "1000050", run: "0", allocated: "1"),
      WorkloadFixture.line(job: 3, submit: "1000100", run: "200", allocated: "1", status: "5"),
      WorkloadFixture.line(job: 4, submit: "1000150", run: "-1", allocated: "1"),
      WorkloadFixture.line(job: 5, submit: "-1", run: "10", allocated: "1"),
      WorkloadFixture.line(job: 6, submit: "1000200", run: "300", allocated: "-1", requested: "1"),
      WorkloadFixture.line(job: 7, submit: "1000250", run: "400", allocated: "-1"),
      WorkloadFixture.line(job: 8, submit: "1000300", run: "500", allocated: "4", requested: "2"),
      WorkloadFixture.line(job: 9, submit: "1000400", run: "600", allocated: "1", requested: "3"),
      WorkloadFixture.line(job: 10, submit: "1000500", run: "700", allocated: "1"),
    ].joined(separator: "\n") + "\n"

  private func read(_ path: String, _ options: WorkloadOptions) throws -> (
    [WorkloadJob], WorkloadSummary
  ) {
    let reader = try WorkloadReader(path: path, options: options)
    var jobs: [WorkloadJob] = []
    let summary = try reader.readAll { jobs.append($0) }
    #expect(reader.isFinished)
    #expect(summary.recordsRead == summary.jobsUsed + summary.skippedTotal)
    #expect(summary.tasksEmitted == summary.jobsUsed - summary.splitJobs + summary.splitTasks)
    #expect(summary.tasksEmitted == jobs.count)
    return (jobs, summary)
  }

  @Test func windowScalingAndSkipReasonsOnAHandMadeTrace() throws {
    let path = try WorkloadFixture.temporaryFile(Self.handMade)
    defer { WorkloadFixture.remove(path) }
    // Window [100, 450) s after the origin 1,000,000; arrivals (t − 100) × 0.5.
    let (jobs, summary) = try read(
      path, WorkloadOptions(windowStart: 100, windowEnd: 450, arrivalScale: 0.5))
    #expect(jobs.map(\.jobNumber) == [6, 9])
    #expect(jobs.map(\.arrivalTime) == [50, 150])  // (200 − 100)/2, (400 − 100)/2
    #expect(jobs.map(\.processors) == [1, 1])  // job 6: allocated unknown → requested 1
    #expect(summary.traceOrigin == 1_000_000)
    #expect(summary.recordsRead == 10)
    #expect(summary.jobsUsed == 2)
    let expected: [WorkloadSkipReason: Int] = [
      .missingSubmitTime: 1,  // job 5
      .beforeWindow: 2,  // jobs 1 and 2 (job 2's zero run time is not what is counted)
      .afterWindow: 1,  // job 10 (t = 500)
      .cancelled: 1,  // job 3
      .missingRunTime: 1,  // job 4
      .nonPositiveRunTime: 0,
      .missingProcessors: 1,  // job 7
      .multiProcessor: 1,  // job 8 (4 allocated)
    ]
    #expect(summary.skipped == expected)
    #expect(summary.earliestArrival == 50)
    #expect(summary.latestArrival == 150)
    #expect(summary.arrivalSpan == 100)
    #expect(summary.meanRunTime == 450)  // (300 + 600)/2
    #expect(summary.meanProcessors == 1)
  }

  @Test func requestedFieldAndCapOnAHandMadeTrace() throws {
    let path = try WorkloadFixture.temporaryFile(Self.handMade)
    defer { WorkloadFixture.remove(path) }
    let (jobs, summary) = try read(
      path, WorkloadOptions(multiProcessor: .cap(hostCores: 2), processorField: .requested))
    #expect(jobs.map(\.jobNumber) == [1, 6, 8, 9, 10])
    #expect(jobs.map(\.arrivalTime) == [0, 200, 300, 400, 500])
    // Job 1: requested unknown → allocated 1; job 8: requested 2 (fits);
    // job 9: requested 3 → capped to 2.
    #expect(jobs.map(\.traceProcessors) == [1, 1, 2, 3, 1])
    #expect(jobs.map(\.processors) == [1, 1, 2, 2, 1])
    #expect(summary.skipped(.nonPositiveRunTime) == 1)  // job 2, now inside the window
    #expect(summary.skipped(.multiProcessor) == 0)
    #expect(summary.multiProcessorJobs == 2)
    #expect(summary.cappedJobs == 1)
    #expect(summary.meanProcessors == 1.6)  // (1 + 1 + 2 + 3 + 1)/5
    #expect(summary.meanRunTime == 440)  // (100 + 300 + 500 + 600 + 700)/5
  }

  @Test func theWindowIncludesItsStartAndExcludesItsEnd() throws {
    let path = try WorkloadFixture.temporaryFile(Self.handMade)
    defer { WorkloadFixture.remove(path) }
    // Job 6 is at exactly 200 and job 9 at exactly 400.
    let (jobs, summary) = try read(
      path,
      WorkloadOptions(windowStart: 200, windowEnd: 400, multiProcessor: .cap(hostCores: 8)))
    #expect(jobs.map(\.jobNumber) == [6, 8])
    #expect(jobs.map(\.arrivalTime) == [0, 100])
    #expect(summary.skipped(.beforeWindow) == 4)  // jobs 1–4
    #expect(summary.skipped(.afterWindow) == 2)  // jobs 9 and 10
  }

  @Test func theOriginIsTheFirstKnownSubmitTimeEvenIfThatJobIsSkipped() throws {
    let text = [
      WorkloadFixture.line(job: 1, submit: "-1", run: "10", allocated: "1"),
      WorkloadFixture.line(job: 2, submit: "5000", run: "10", allocated: "1", status: "5"),
      WorkloadFixture.line(job: 3, submit: "5100", run: "10", allocated: "1"),
    ].joined(separator: "\n")
    let path = try WorkloadFixture.temporaryFile(text)
    defer { WorkloadFixture.remove(path) }
    let (jobs, summary) = try read(path, WorkloadOptions(arrivalScale: 2))
    #expect(summary.traceOrigin == 5000)
    #expect(jobs.map(\.arrivalTime) == [200])  // (5100 − 5000) × 2
  }

  @Test func excerptWithRejectKeepsOnlySerialJobs() throws {
    // awk '!/^;/ && NF>0 && $4==-1' hpc2n-excerpt.swf | wc -l                  -> 6
    // awk '!/^;/ && NF>0 && $4>0 && $11!=5 && $5==1' hpc2n-excerpt.swf | wc -l -> 23
    // awk '!/^;/ && NF>0 && $4>0 && $11!=5 && $5>1' hpc2n-excerpt.swf | wc -l  -> 471
    // (no status 5 and no run time ≤ 0 other than −1 in the excerpt)
    let (jobs, summary) = try read(WorkloadFixture.excerptPath, WorkloadOptions())
    #expect(summary.recordsRead == 500)
    #expect(summary.jobsUsed == 23)
    #expect(summary.skipped(.missingRunTime) == 6)
    #expect(summary.skipped(.multiProcessor) == 471)
    #expect(summary.skipped(.cancelled) == 0)
    #expect(summary.multiProcessorJobs == 471)
    #expect(jobs.allSatisfy { $0.processors == 1 && $0.traceProcessors == 1 })
    #expect(summary.meanProcessors == 1)
  }

  @Test func excerptWithCapToTwoCores() throws {
    // awk '!/^;/ && NF>0 && $4>0 && $11!=5 && $5>2' hpc2n-excerpt.swf | wc -l -> 463
    // awk '!/^;/ && NF>0 && $4>0 && $11!=5 && $5>0 {n++; r+=$4; p+=$5}
    //      END {printf "%d %.6f %.6f\n", n, r/n, p/n}' hpc2n-excerpt.swf
    //   -> 494 14039.512146 19.334008
    // awk '!/^;/ && NF>0 {print $2}' hpc2n-excerpt.swf | sort -n | sed -n '1p;$p' -> 0, 1944485
    let (jobs, summary) = try read(
      WorkloadFixture.excerptPath, WorkloadOptions(multiProcessor: .cap(hostCores: 2)))
    #expect(summary.jobsUsed == 494)
    #expect(summary.cappedJobs == 463)
    #expect(summary.multiProcessorJobs == 471)
    #expect(jobs.allSatisfy { $0.processors <= 2 })
    #expect(abs(try #require(summary.meanRunTime) - 14_039.512146) < 1e-6)
    #expect(abs(try #require(summary.meanProcessors) - 19.334008) < 1e-6)
    #expect(summary.earliestArrival == 0)
    #expect(summary.latestArrival == 1_944_485)
  }

  @Test func excerptWithSplitMakesOneTaskPerProcessor() throws {
    // awk '!/^;/ && NF>0 && $4>0 && $11!=5 && $5>1 {s+=$5} END {print s}' -> 9528
    let (jobs, summary) = try read(
      WorkloadFixture.excerptPath, WorkloadOptions(multiProcessor: .split))
    #expect(summary.jobsUsed == 494)
    #expect(summary.splitJobs == 471)
    #expect(summary.splitTasks == 9528)
    #expect(summary.tasksEmitted == 23 + 9528)
    #expect(jobs.allSatisfy { $0.processors == 1 })
    // The tasks of a job come together, numbered 0..<p, with the job's submit and run time.
    var index = 0
    while index < jobs.count {
      let first = jobs[index]
      #expect(first.taskIndex == 0)
      #expect(first.taskCount == first.traceProcessors)
      let tasks = jobs[index..<(index + first.taskCount)]
      #expect(tasks.map(\.taskIndex) == Array(0..<first.taskCount))
      #expect(tasks.allSatisfy { $0.record == first.record && $0.arrivalTime == first.arrivalTime })
      #expect(tasks.allSatisfy { $0.runTime == first.runTime })
      index += first.taskCount
    }
    // Job 1 (line 25) has 30 processors and runs 31,405 s.
    #expect(jobs.prefix(30).allSatisfy { $0.jobNumber == 1 && $0.runTime == 31_405 })
    #expect(jobs[30].jobNumber == 2)
  }

  @Test func excerptWindowAndScale() throws {
    // Window [7 d, 14 d) = [604800, 1209600):
    // awk '!/^;/ && NF>0 && $2<604800' hpc2n-excerpt.swf | wc -l                   -> 138
    // awk '!/^;/ && NF>0 && $2>=1209600' hpc2n-excerpt.swf | wc -l                 -> 227
    // awk '!/^;/ && NF>0 && $2>=604800 && $2<1209600 && $4>0 && $5==1' ... | wc -l -> 13
    //   their submit times (sort -n, first and last): 710748, 722441
    let (jobs, summary) = try read(
      WorkloadFixture.excerptPath,
      WorkloadOptions(windowStart: 604_800, windowEnd: 1_209_600, arrivalScale: 0.5))
    #expect(summary.skipped(.beforeWindow) == 138)
    #expect(summary.skipped(.afterWindow) == 227)
    #expect(summary.jobsUsed == 13)
    #expect(summary.earliestArrival == (710_748 - 604_800) * 0.5)
    #expect(summary.latestArrival == (722_441 - 604_800) * 0.5)
    for job in jobs {
      let submit = try #require(job.record.submitTime)
      #expect(job.arrivalTime == (submit - 604_800) * 0.5)
    }
  }

  @Test func invalidOptionsAreRejected() {
    let path = WorkloadFixture.excerptPath
    let bad = [
      WorkloadOptions(arrivalScale: 0),
      WorkloadOptions(arrivalScale: .nan),
      WorkloadOptions(windowStart: 10, windowEnd: 10),
      WorkloadOptions(windowStart: -.infinity),
      WorkloadOptions(multiProcessor: .cap(hostCores: 0)),
      WorkloadOptions(chunkSize: 0),
    ]
    for options in bad {
      #expect(throws: SWFError.self) { try WorkloadReader(path: path, options: options) }
    }
    #expect(throws: SWFError.invalidOptions("arrival scale must be positive and finite, got -1.0"))
    {
      try WorkloadOptions(arrivalScale: -1).validate()
    }
  }

  @Test func nonStrictReadingCountsBadLinesInTheSummary() throws {
    let text = [
      WorkloadFixture.line(job: 1, submit: "0", run: "10", allocated: "1"),
      "garbage",
      WorkloadFixture.line(job: 2, submit: "1", run: "10", allocated: "1"),
    ].joined(separator: "\n")
    let path = try WorkloadFixture.temporaryFile(text)
    defer { WorkloadFixture.remove(path) }
    let (jobs, summary) = try read(path, WorkloadOptions(strict: false))
    #expect(jobs.map(\.jobNumber) == [1, 2])
    #expect(summary.badLines == 1)
    #expect(summary.recordsRead == 2)

    let strict = try WorkloadReader(path: path)
    #expect(try strict.next()?.jobNumber == 1)
    #expect(
      throws: SWFError.badLine(
        SWFLineError(file: path, line: 2, problem: .wrongFieldCount(found: 1)))
    ) { try strict.next() }
  }
}
