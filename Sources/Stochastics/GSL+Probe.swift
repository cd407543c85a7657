internal import CGSL

extension GSL {
  /// Calls a GSL routine with an argument outside its domain (Γ at −1) and
  /// returns its status code. With the error handler off this returns
  /// `GSL_EDOM`; with GSL's default handler the process would abort instead.
  /// Exists so the tests can prove ``configure()`` took effect.
  static func domainErrorProbeStatus() -> Int32 {
    configure()
    var result = gsl_sf_result(val: 0, err: 0)
    return gsl_sf_gamma_e(-1.0, &result)
  }

  /// GSL's status code for a domain error (`GSL_EDOM`).
  static var domainErrorStatus: Int32 { Int32(GSL_EDOM) }
}
