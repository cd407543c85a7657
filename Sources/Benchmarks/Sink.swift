/// Keeps a benchmark result alive so the optimiser cannot delete the loop that made it.
enum Sink {
  /// Does nothing, opaquely: the compiler may neither inline it nor prove it unused.
  @inline(never) @_optimize(none)
  static func keep(_ value: Double) {}
}
