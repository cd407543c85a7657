/// `batch.torque.loss_known`: when the user of a job that died with its node learns of it,
/// and so when they can resubmit it. It applies to jobs that are not rerunnable; a
/// rerunnable job follows J9 whatever it says.
///
/// In TORQUE 2.5 a job whose node dies stays in state R: `check_nodes` marks the node down
/// but leaves its jobs alone, and deleting the node leaves them too (`mgr_node_delete`,
/// `req_manager.c`). It ends only when a fresh pbs_mom on that host answers pbs_server's job
/// status request with `PBSE_UNKJOBID` and pbs_server aborts it (`req_stat.c`), or when an
/// operator purges it (`qdel -p`, `qrerun -f`) (domain.md §1).
public enum LossKnown: String, Sendable, Equatable, CaseIterable {
  /// The user learns the moment the host goes down (the model before issue 10; an idealisation).
  case atOnce = "at-once"
  /// When pbs_server marks the node down (N11–N13), or a fresh MOM reports first. An
  /// assumption: users, or a site script, watching `pbsnodes`; TORQUE itself does not tell them.
  case nodeDown = "node-down"
  /// TORQUE 2.5 as shipped: when a fresh pbs_mom on the host first reports and pbs_server
  /// aborts the job it does not know (`req_stat.c`), or when the operator purges it
  /// `purge_after` after the host went down, whichever comes first.
  case momReturns = "mom-returns"
  /// Only the operator's purge, `purge_after` after the host went down: a site whose VMs
  /// never come back under the same name, so no MOM ever answers for the old jobs (assumption).
  case operatorPurge = "operator-purge"
}
