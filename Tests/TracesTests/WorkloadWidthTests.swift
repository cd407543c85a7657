import Testing

@testable import Traces

/// Wide jobs: the split limit on tasks per job, and bags of tasks made one at a time.
@Suite struct WorkloadWidthTests {
  /// A serial job (line 2), a job of `processors` processors (line 3), a serial job (line 4).
  private func trace(processors: String) throws -> String {
    try WorkloadFixture.temporaryFile(
      [
        "; MaxProcs: 128",
        WorkloadFixture.line(job: 1, submit: "0", run: "10", allocated: "1"),
        WorkloadFixture.line(job: 2, submit: "5", run: "20", allocated: processors),
        WorkloadFixture.line(job: 3, submit: "9", run: "30", allocated: "1"),
      ].joined(separator: "\n") + "\n", name: "wide")
  }

  @Test(arguments: ["1000000000", "1000000000000000"])
  func aJobTooWideToSplitIsAnErrorAtItsLine(processors: String) throws {
    let path = try trace(processors: processors)
    defer { WorkloadFixture.remove(path) }
    let width = try #require(Int(processors))
    let expected = SWFError.badLine(
      SWFLineError(
        file: path, line: 3,
        problem: .tooManyTasks(job: 2, processors: width, maximum: 1_000_000)))
    for strict in [true, false] {
      let reader = try WorkloadReader(
        path: path, options: WorkloadOptions(multiProcessor: .split, strict: strict))
      #expect(try reader.next()?.jobNumber == 1)
      #expect(throws: expected) { try reader.next() }
      #expect(reader.pendingTasks == 0)  // nothing of the wide job was made
    }
    let scanning = try WorkloadReader(path: path, options: WorkloadOptions(multiProcessor: .split))
    #expect(throws: expected) { try scanning.scan() }
    // The message names the place, the width, the maximum and what to do instead.
    let text = expected.description
    #expect(text.hasPrefix("\(path):3: job 2 has \(processors) processors"))
    #expect(text.contains("at most 1000000 tasks per job"))
    #expect(text.contains("multiprocessor cap") && text.contains("reject"))
    // Capped or rejected, the same job is harmless: it never becomes tasks.
    let capped = try WorkloadReader(
      path: path, options: WorkloadOptions(multiProcessor: .cap(hostCores: 4)))
    var cappedJobs: [WorkloadJob] = []
    _ = try capped.readAll { cappedJobs.append($0) }
    #expect(cappedJobs.map(\.processors) == [1, 4, 1])
    let rejected = try WorkloadReader(path: path)
    #expect(try rejected.readAll().skipped(.multiProcessor) == 1)
  }

  @Test func theLimitIsInclusive() throws {
    let path = try trace(processors: "8")
    defer { WorkloadFixture.remove(path) }
    let atLimit = try WorkloadReader(
      path: path, options: WorkloadOptions(multiProcessor: .split, maximumTasksPerJob: 8))
    #expect(try atLimit.readAll().splitTasks == 8)
    let below = try WorkloadReader(
      path: path, options: WorkloadOptions(multiProcessor: .split, maximumTasksPerJob: 7))
    #expect(
      throws: SWFError.badLine(
        SWFLineError(file: path, line: 3, problem: .tooManyTasks(job: 2, processors: 8, maximum: 7)))
    ) { try below.scan() }
    #expect(throws: SWFError.self) {
      try WorkloadReader(path: path, options: WorkloadOptions(maximumTasksPerJob: 0))
    }
  }

  @Test func aBagOfAMillionTasksIsValidatedWithoutMakingThem() throws {
    let path = try trace(processors: "1000000")
    defer { WorkloadFixture.remove(path) }
    let scanned = try WorkloadReader(path: path, options: WorkloadOptions(multiProcessor: .split))
    let summary = try scanned.scan()
    #expect(scanned.isFinished)
    #expect(scanned.handedOut == 0)  // not one task (nor job) was made
    #expect(scanned.pendingTasks == 0)
    #expect(summary.jobsUsed == 3 && summary.splitJobs == 1)
    #expect(summary.splitTasks == 1_000_000)
    #expect(summary.tasksEmitted == 1_000_002)  // as a full read would count them
    #expect(summary.tasksEmitted == summary.jobsUsed - summary.splitJobs + summary.splitTasks)

    // Pulled by the model, the bag is made one task per call.
    let pulled = try WorkloadReader(path: path, options: WorkloadOptions(multiProcessor: .split))
    #expect(try pulled.next()?.jobNumber == 1)
    #expect(pulled.pendingTasks == 0)
    let first = try #require(try pulled.next())
    #expect(first.jobNumber == 2 && first.taskIndex == 0 && first.taskCount == 1_000_000)
    #expect(pulled.pendingTasks == 999_999)
    #expect(try pulled.next()?.taskIndex == 1)
    #expect(pulled.pendingTasks == 999_998)
    #expect(pulled.handedOut == 3)
    // Scanning the rest counts the bag's other tasks without making them.
    #expect(try pulled.scan() == summary)
    #expect(pulled.handedOut == 3)
  }

  @Test func lazySplittingGivesTheEagerExpansionInOrder() throws {
    // The eager expansion, built here from the unsplit jobs: task i of a p-processor job
    // is the job with one processor, task index i of p.
    let whole = try WorkloadReader(
      path: WorkloadFixture.excerptPath, options: WorkloadOptions(multiProcessor: .cap(hostCores: .max)))
    var eager: [WorkloadJob] = []
    _ = try whole.readAll { job in
      let count = job.traceProcessors
      for index in 0..<count {
        var task = job
        task.processors = 1
        task.taskIndex = index
        task.taskCount = count
        eager.append(task)
      }
    }
    let lazy = try WorkloadReader(
      path: WorkloadFixture.excerptPath, options: WorkloadOptions(multiProcessor: .split))
    var tasks: [WorkloadJob] = []
    var largestBag = 0
    let summary = try lazy.readAll { task in
      tasks.append(task)
      largestBag = max(largestBag, lazy.pendingTasks)
    }
    #expect(tasks.count == 23 + 9528)
    #expect(tasks == eager)
    #expect(largestBag > 0)  // the excerpt has bags
    let scanned = try WorkloadReader(
      path: WorkloadFixture.excerptPath, options: WorkloadOptions(multiProcessor: .split))
    #expect(try scanned.scan() == summary)
  }
}
