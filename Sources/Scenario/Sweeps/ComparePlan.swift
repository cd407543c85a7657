/// A comparison of batch configurations: one scenario run under several named
/// variants on common random numbers, read from a variants file by ``VariantsReader``.
///
/// It is a ``SweepPlan`` with one named-variant dimension (the axis `variant`, whose
/// values are the variant names and whose positions apply each variant's overrides),
/// so it runs, resumes and writes its folder exactly as a sweep does. Point i is variant i.
package struct ComparePlan: Sendable {
  /// The name of the sweep's one parameter (the label column of runs.csv and points.csv).
  package static let axisName = "variant"

  /// The sweep that runs the variants: one point per variant, in file order.
  package var sweep: SweepPlan
  /// The variant names, in file order (point i is `variants[i]`).
  package var variants: [String]
  /// The index in ``variants`` of the baseline the others are compared with.
  package var baseline: Int

  /// The baseline variant's name.
  package var baselineName: String { variants[baseline] }

  /// Replications of every variant (the variants file's `replications`, or `--replications`).
  package var replications: Int {
    get { sweep.replications }
    set { sweep.replications = newValue }
  }
}
