/// How the CE's cron script puts new worker nodes into TORQUE.
public enum RegistrationMode: String, Sendable, Equatable, CaseIterable {
  /// The paper: add to the node list, then restart pbs_server.
  case restart
  /// `qmgr -c "create node …"`: no restart; the node is down until its MOM reports.
  case live
  /// A node is usable the moment its host is up, and gone the moment it is down (for theory checks).
  case instant
}
