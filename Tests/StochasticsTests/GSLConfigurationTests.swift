import Testing
@testable import Stochastics

@Suite("GSL error handling")
struct GSLConfigurationTests {
  @Test("after configure, a GSL domain error returns a status instead of aborting")
  func errorHandlerIsOff() {
    GSL.configure()
    GSL.configure()  // idempotent
    #expect(GSL.domainErrorProbeStatus() == GSL.domainErrorStatus)
  }

  @Test("wrappers return nan for invalid arguments rather than crashing")
  func invalidArguments() {
    #expect(Statistics.studentTQuantile(probability: 0.975, degreesOfFreedom: 0).isNaN)
    #expect(Statistics.studentTQuantile(probability: 0.975, degreesOfFreedom: -3).isNaN)
    #expect(Statistics.studentTQuantile(probability: 0.975, degreesOfFreedom: .nan).isNaN)
    #expect(Statistics.studentTQuantile(probability: 1.5, degreesOfFreedom: 5).isNaN)
    #expect(Statistics.normalQuantile(-0.1).isNaN)
    #expect(Statistics.normalQuantile(.nan).isNaN)
    #expect(Statistics.chiSquaredUpperTail(1, degreesOfFreedom: 0).isNaN)
    #expect(Statistics.chiSquaredUpperTail(.nan, degreesOfFreedom: 3).isNaN)
  }

  @Test("moments that overflow report infinity instead of raising a GSL error")
  func overflow() {
    let heavy = Distribution.weibull(shape: 0.001, scale: 1)
    #expect(heavy.isValid)
    #expect(heavy.mean == .infinity)
    #expect(heavy.variance == .infinity)
  }
}
