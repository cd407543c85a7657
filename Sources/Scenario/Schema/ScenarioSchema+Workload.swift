import Model
import Stochastics
import Traces

extension ScenarioSchema {
  /// `workload`: the jobs. With a `trace`, `arrival` and `runtime` may be left out (they are unused).
  static var workload: MappingSchema<WorkloadConfig> {
    let unlessTraced = "**required** (optional with `trace`)"
    return MappingSchema(template: workloadTemplate, keys: [
      .key("arrival", \.arrival, .distribution(positiveMean: "inter-arrival times must have a positive mean"),
           .requiredUnless("trace", doc: unlessTraced), doc: "Time between successive submissions."),
      .key("runtime", \.runtime, .distribution(), .requiredUnless("trace", doc: unlessTraced),
           doc: "Native runtime on the reference machine."),
      .key("cores", \.cores, .positiveInteger, doc: "Cores each job needs on one host."),
      .key("walltime_factor", \.walltimeFactor, ValueKind<Double>.number.named("number ≥ 1").rule({ $0 >= 1 }) {
        "must be at least 1 (a job cannot ask for less than it uses), got \($0)"
      }, doc: "Requested walltime ÷ native runtime, for EASY backfill."),
      .key("classes", \.classes, ValueKind<[JobClass]>.list(of: jobClass.kind, typeName: "list of job classes", flow: false)
        .checked { classes, path, _, issues in
          if classes.isEmpty { issues.append(ValidationIssue(path: path, message: "must list at least one job class")) }
        }, doc: "Job classes with their weights."),
      .optional("trace", \.trace, workloadTrace, absent: "none",
                adjusting: { workload, context in context.jobClassNames = workload.classes.map(\.name) },
                doc: "Replay a workload trace instead of drawing arrivals and runtimes."),
      .key("resubmit", \.resubmit, resubmit, doc: "What users do when a job is lost with its host."),
    ], rules: [
      .at("cores", { workload, config in
        let everyClassOverrides = !workload.classes.isEmpty && workload.classes.allSatisfy { $0.cores != nil }
        return workload.cores <= config.maxCoresPerHost || config.hostGroups.isEmpty || everyClassOverrides
      }) { workload, config in
        "jobs need \(workload.cores) cores but the largest host has \(config.maxCoresPerHost); no job could ever run"
      },
    ])
  }

  /// `workload.classes[i]`: where a job's native time goes.
  static var jobClass: MappingSchema<JobClass> {
    MappingSchema(template: JobClass(name: "", cpu: 0), keys: [
      .key("name", \.name, .string, .required, doc: "Class name."),
      .key("weight", \.weight, .positiveNumber, doc: "Relative share of jobs in this class."),
      .key("cpu", \.cpu, ValueKind<Double>.fraction.named("number"), doc: "Fraction of native time spent computing."),
      .key("memory", \.memory, ValueKind<Double>.fraction.named("number"), doc: "Fraction spent on memory traffic."),
      .key("disk", \.disk, ValueKind<Double>.fraction.named("number"), doc: "Fraction spent on disk I/O."),
      .key("network", \.network, ValueKind<Double>.fraction.named("number"), doc: "Fraction spent on the network."),
      .optional("cores", \.cores, .positiveInteger, absent: "`workload.cores`", doc: "Cores a job of this class needs."),
    ], rules: [
      .at("cores", { jobClass, config in
        (jobClass.cores ?? 0) <= config.maxCoresPerHost || config.hostGroups.isEmpty
      }) { jobClass, config in
        "jobs of class '\(jobClass.name)' need \(jobClass.cores ?? 0) cores but the largest host has \(config.maxCoresPerHost)"
      },
      .at("", { jobClass, _ in abs(jobClass.fractions.reduce(0, +) - 1) <= 1e-9 }) { jobClass, _ in
        "cpu + memory + disk + network must add up to 1, got \(jobClass.fractions.reduce(0, +))"
      },
    ], flow: true)
  }

  /// `workload.trace`: the window and scale are checked, then the whole file is read once,
  /// job by job (a split job's tasks are counted, not made), so a bad line or a job too
  /// wide to split is reported before any run starts.
  static var workloadTrace: ValueKind<WorkloadTrace> {
    let settings = workloadTraceSettings
    var kind = settings.kind
    kind.read = { node, path, context in
      let trace = try settings.read(node, path, context)
      var issues: [ValidationIssue] = []
      settings.check(trace, path, placeholderConfig, &issues)
      if let issue = issues.first {
        let relative = issue.path == path ? "" : String(issue.path.dropFirst(path.count + 1))
        throw ScenarioError(location: node.nearest(path: relative).location, path: issue.path, message: issue.message)
      }
      do {
        let check = try WorkloadReader(path: trace.path, options: WorkloadTraceOptions.options(trace, hostCores: 1))
        _ = try check.scan()
      } catch {
        throw ScenarioError(location: node["file"]?.location ?? node.location, path: KeyPath.join(path, "file"),
                            message: "\(error)")
      }
      return trace
    }
    return kind
  }

  /// The keys of `workload.trace`.
  static var workloadTraceSettings: MappingSchema<WorkloadTrace> {
    MappingSchema(template: WorkloadTrace(path: ""), keys: [
      .key("file", \.path, .filePath, .required, doc: "The SWF file, relative to the scenario's folder."),
      .key("from", \.from, .duration(.nonNegative), doc: "Start of the window, from the trace's first submit time."),
      .key("to", \.to, .duration(.positive), writtenWhen: { $0.isFinite }, defaultDoc: "end of the trace",
           doc: "End of the window (excluded)."),
      .key("scale", \.scale, .positiveNumber, doc: "Arrival times are multiplied by this."),
      .key("multiprocessor", \.multiProcessor, .choice, doc: "What a job of several processors becomes."),
      .key("class", \.jobClass, jobClassName, defaultDoc: "the first class",
           doc: "The class from workload.classes that every trace job gets."),
    ], rules: [
      .at("", { trace, _ in trace.to > trace.from }) { _, _ in "the window needs 0 <= from < to" },
    ], flow: true)
  }

  /// A job class, named; an index into the workload's classes.
  static var jobClassName: ValueKind<Int> {
    ValueKind(
      typeName: "class name",
      read: { node, path, context in
        context.jobClassNames.firstIndex(of: try ValueReader.choiceText(node, path, among: context.jobClassNames)) ?? 0
      },
      write: { index, config in
        let classes = config.workload.classes
        return classes.indices.contains(index) ? .text(classes[index].name) : nil
      })
  }

  /// `workload.resubmit`: `never`, or `{after, max_attempts}`.
  static var resubmit: ValueKind<ResubmitPolicy> {
    let after = MappingSchema(template: ResubmitAfter(after: .constant(0), maxAttempts: nil), keys: [
      .key("after", \.after, .distribution(), .required, doc: "The delay between the loss and the resubmission."),
      .key("max_attempts", \.maxAttempts, .attemptLimit, doc: "The most executions a job may have in all."),
    ], flow: true)
    let form = ValueKind<ResubmitPolicy>.mapped(after.kind, embed: { .after($0.after, maxAttempts: $0.maxAttempts) },
                                                extract: { policy in
      guard case .after(let delay, let maxAttempts) = policy else { return nil }
      return ResubmitAfter(after: delay, maxAttempts: maxAttempts)
    })
    return .keywords([("never", .never, true)], expected: "'never' or {after: DISTRIBUTION, max_attempts: N | unlimited}",
                     typeName: "`never`, or a mapping", forms: [form])
  }
}
