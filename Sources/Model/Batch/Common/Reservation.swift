/// EASY backfill's reservation for the first queued job that does not fit: the node that
/// frees enough cores for it soonest (by the running jobs' requested walltimes), and when.
struct Reservation {
  /// The reserved node.
  var pc: Int
  /// When the job can start there (the shadow time).
  var shadow: Double
  /// Cores of that node free at the shadow time beyond what the job needs: a backfilled job
  /// may run past the shadow time on these.
  var extraCores: Int
}
