/// Everything the model tracks about one lab PC, its VM and its TORQUE node.
struct HostRecord {
  /// The global index of the host's group.
  var group: Int32
  /// Cores the VM offers.
  var cores: Int32
  /// Whether the PC is up: powered on, not crashed and not rebooting.
  var isUp = false
  /// Switched on (timetable and power policy).
  var poweredOn = false
  /// Down by the availability process or trace.
  var crashed = false
  /// Down for a reboot started by a student.
  var rebooting = false
  /// Its WN has been usable at least once.
  var everUsable = false
  /// A student is logged in.
  var inSession = false
  /// The student's CPU load in cores.
  var ownerLoad = 0.0
  /// When the current session began.
  var sessionStart = 0.0
  /// Keyboard in use (within a session).
  var keyboardActive = false
  /// When the keyboard last became idle.
  var keyboardIdleSince = -Double.infinity  // never touched before the first session
  /// Fraction of full speed the VM's jobs get (CPU sharing with the owner).
  var speed = 1.0
  /// HTCondor DESKTOP policy: the jobs here are suspended (the owner is back).
  var suspended = false
  /// HTCondor DESKTOP policy: START holds, so the machine may be matched.
  var startdAccepting = true
  /// This host's share of the lab-wide rates (cores harvested, idle cores, watts, owner).
  var harvestedCores = 0.0
  var idleCores = 0.0
  var watts = 0.0
  var ownerSlowdown = 0.0
  var ownerImpaired = false
  /// The VM's real phase.
  var vm = VMPhase.off
  /// pbs_server's view of the node.
  var server = ServerNodeState.absent
  /// MOM status phase class (status times ≡ class × width mod status_update).
  var phaseClass: Int32 = 0
  /// When the current gmond started (its first heartbeat).
  var gmondStart = -Double.infinity
  /// When the current pbs_mom sent its first status.
  var momStart = -Double.infinity
  /// The last gmond heartbeat before the VM died.
  var lastHeartbeat = -Double.infinity
  /// The last MOM status before the VM died.
  var lastStatus = -Double.infinity
  /// When the current up period began.
  var upSince = 0.0
  /// When the last VM died (host down).
  var vmDeath = Double.nan
  /// Waiting to record the registration latency of the current up period.
  var awaitingUsable = false
  /// Counted in the usable-node totals.
  var countedUsable = false
  /// Cores running real jobs.
  var busyCores: Int32 = 0
  /// Cores pbs_server still believes busy with jobs that died with the VM.
  var ghostCores: Int32 = 0
  /// First job slot of the list of jobs running here (-1: none).
  var firstJob: Int32 = -1
  /// First job slot of the list of rerunnable jobs that died here and wait for
  /// pbs_server to mark the node down (-1: none).
  var firstGhostJob: Int32 = -1

  /// Free cores in pbs_server's view.
  var serverFreeCores: Int32 { cores - busyCores - ghostCores }
}
