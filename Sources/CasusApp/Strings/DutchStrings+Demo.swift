extension DutchStrings: DemoStrings {
  public var demoBadge: String { "DEMO" }
  public func demoStoreDescription(_ title: String) -> String { "oefenomgeving · \(title)" }
  public func demoStep(_ n: Int, of total: Int) -> String { "stap \(n) van \(total)" }
  public var demoFinishedTitle: String { "klaar" }
  public var demoPlaying: String { "▶ speelt" }
  public var demoTakenOverBadge: String { "⌨ u typt zelf" }
  public func demoPace(_ pace: DemoSession.Pace) -> String {
    switch pace {
    case .off: return "automatisch: uit"
    case .slow: return "automatisch: langzaam"
    case .normal: return "automatisch: normaal"
    }
  }
  public func demoNextIn(_ seconds: Int) -> String { "volgende over \(seconds) s" }
  public func demoRecordingBadge(_ steps: Int) -> String {
    steps == 1 ? "● opname: 1 stap" : "● opname: \(steps) stappen"
  }
  public func demoTakenOverText(next: Int, total: Int) -> String {
    "U hebt het toetsenbord: de toetsen gaan naar Casus, zoals gewoon. F2 geeft het terug aan "
      + "de demo; die gaat verder met stap \(next) van \(total), vanaf wat nu op het scherm staat."
  }
  public func demoFinishedText(_ goal: String) -> String {
    "Einde van de demo. Leerdoel: \(goal) — r begint opnieuw met een verse kopie, q stopt."
  }
  public var demoPlaysLabel: String { "Speelt:" }
  public var demoNoKeys: String { "(alleen uitleg)" }
  public var demoTakenOverHint: String { "Toetsen gaan naar Casus" }
  public var demoHelpHeading: String { "toetsen van de trainer:" }
  public var demoHelpAppHeading: String { "toetsen van de app (na t):" }

  public var keyDemoNext: String { "volgende" }
  public var keyDemoPrevious: String { "terug" }
  public var keyDemoAutoplay: String { "automatisch" }
  public var keyDemoTakeOver: String { "zelf typen" }
  public var keyDemoHandBack: String { "terug naar de demo" }
  public var keyDemoReset: String { "opnieuw" }
  public var keyDemoQuit: String { "stoppen" }
  public var keyDemoRecord: String { "toetsen opnemen als nieuw scenario" }
  public var keyDemoRecordNext: String { "nieuwe stap in de opname" }
  public var keyDemoRecordStop: String { "opname stoppen en opslaan" }

  public var demoAtStart: String { "Dit is al de eerste stap." }
  public var demoAtEnd: String { "De demo is klaar: r begint opnieuw, q stopt." }
  public var demoResetDone: String { "Opnieuw begonnen, met een verse kopie van de casus." }
  public func demoBackTo(_ step: Int) -> String {
    "Terug naar stap \(step): de stappen ervoor zijn opnieuw gespeeld op een verse kopie."
  }
  public var demoKeysIgnored: String {
    "De toetsen zijn van de demo: Spatie speelt de volgende stap; met t typt u zelf."
  }
  public var demoStillPlaying: String { "De stap speelt nog; Spatie maakt hem meteen af." }
  public func demoHandedBack(_ step: Int) -> String {
    "De demo heeft het toetsenbord weer; Spatie speelt stap \(step)."
  }

  public var demoRecordingStarted: String {
    "Opname loopt: elke Enter of Esc sluit een stap af; :opnemen stop schrijft het scenario."
  }
  public var demoRecordingAlready: String { "Er loopt al een opname." }
  public var demoNotRecording: String { "Er loopt geen opname; begin er een met :opnemen." }
  public func demoRecordingStep(_ finished: Int) -> String {
    finished == 1 ? "1 stap opgenomen." : "\(finished) stappen opgenomen."
  }
  public var demoRecordingUsage: String { "Gebruik :opnemen, :opnemen volgende of :opnemen stop." }
  public func demoRecordingWritten(_ path: String) -> String {
    "Scenario-opzet geschreven naar \(path)"
  }
  public func demoRecordingFailed(_ reason: String) -> String {
    "Opname niet geschreven: \(reason)"
  }
  public func demoResetFailed(_ reason: String) -> String {
    "Opnieuw beginnen lukte niet: \(reason)"
  }
}
