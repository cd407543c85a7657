/// `registration.restart_on`: which changes to the node list make the CE's scripts restart
/// pbs_server in `restart` mode. In `live` and `instant` mode nothing restarts.
public enum RestartTrigger: String, Sendable, Equatable, CaseIterable {
  /// Only the join script's additions.
  case additions
  /// Additions and the clean-up script's removals: the paper restarts pbs_server "in case of
  /// any changes" to the node list (Descher & Baumgartner 2006).
  case anyChange = "any-change"
}
