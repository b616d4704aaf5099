import CasusCore

extension DutchStrings: WorkspaceStrings {
  public func workspaceTitle(_ lane: String, _ household: String) -> String {
    "Werkruimte \(lane) · \(household)"
  }
  public func workspaceNeedsAcceptance(_ state: String) -> String {
    "De overdracht is \(state); accepteer haar eerst (a)."
  }
  public func handoverDeadline(_ d: HandoverDeadline, days: Int) -> String {
    let what: String
    switch d.kind {
    case .procescoordinatie: return sixMonths(d, days: days)
    case .relapseCheck: what = "Terugvalcontrole"
    }
    return "\(what): \(daysText(days)) (\(d.due.dutch))"
  }
  private func sixMonths(_ d: HandoverDeadline, days: Int) -> String {
    "Zes maanden procescoördinatie: teruggeven uiterlijk \(d.due.dutch), \(daysText(days))"
  }
  private func daysText(_ days: Int) -> String {
    switch days {
    case ..<(-1): return "\(-days) dagen te laat"
    case -1: return "1 dag te laat"
    case 0: return "vandaag"
    case 1: return "nog 1 dag"
    default: return "nog \(days) dagen"
    }
  }
  public func handoverDeadlineSummary(_ d: HandoverDeadline, days: Int) -> String {
    "\(daysText(days)) (uiterlijk \(d.due.dutch))"
  }
  public var consultNote: String {
    "Erbij halen: de collega denkt mee; de regie blijft bij de aanmelder. Sluit af (c) als het "
      + "advies er is."
  }
  public var confirmRemove: String {
    "Nogmaals Del om te verwijderen; een andere toets laat het staan."
  }
  public var workspaceItemRemoved: String { "Verwijderd; de geschiedenis bewaart het." }
  public func euroAmount(_ euros: Int, symbol: Bool) -> String {
    let digits = String(abs(euros))
    var groups: [String] = []
    var rest = Substring(digits)
    while rest.count > 3 {
      groups.insert(String(rest.suffix(3)), at: 0)
      rest = rest.dropLast(3)
    }
    groups.insert(String(rest), at: 0)
    let number = (euros < 0 ? "-" : "") + groups.joined(separator: ".")
    return symbol ? "€ " + number : number
  }
  public var euroPlaceholder: String { "hele euro's" }
  public func badAmount(_ field: String) -> String {
    "\(field): vul een bedrag in hele euro's in, bijvoorbeeld 12.500."
  }

  public func inventoryHeading(_ count: Int, cost: Int) -> String {
    "Betrokken professionals (\(count)) · jaarlijkse kosten \(euroAmount(cost, symbol: true))"
  }
  public func manyProfessionalsWarning(_ count: Int) -> String {
    "Let op: \(count) professionals betrokken, meer dan 10."
  }
  public func highCostWarning(_ cost: Int) -> String {
    "Let op: jaarlijkse kosten \(euroAmount(cost, symbol: true)), boven € 100.000."
  }
  public var inventoryEmpty: String { "Nog niemand vastgelegd; i voegt een professional toe." }
  public func involvementLine(_ i: Involvement) -> String {
    var text = i.name
    let about = [i.organisation, i.role].filter { !$0.isEmpty }.joined(separator: ", ")
    if !about.isEmpty { text += " — " + about }
    text += ": " + euroAmount(i.yearlyCost, symbol: true) + " per jaar"
    if !i.active { text += " (niet meer betrokken)" }
    return text
  }
  public var involvementAddTitle: String { "Betrokken professional toevoegen" }
  public var involvementEditTitle: String { "Betrokken professional" }
  public var involvementNameLabel: String { "Naam of dienst" }
  public var involvementOrganisationLabel: String { "Organisatie" }
  public var involvementRoleLabel: String { "Wat doet zij of hij" }
  public var involvementCostLabel: String { "Kosten per jaar (€)" }
  public var involvementActiveLabel: String { "Nog betrokken" }
  public func involvementSaved(_ name: String) -> String { "\(name) staat in de inventarisatie." }
  public func involvementActive(_ name: String) -> String { "\(name) is weer betrokken." }
  public func involvementEnded(_ name: String) -> String { "\(name) is niet meer betrokken." }

  public func basicsHeading(stable: Int, of total: Int) -> String {
    "De basis op orde: financiën, woning, dagbesteding (\(stable) van \(total) op orde)"
  }
  public func basicFormTitle(_ basic: String) -> String { "De basis: \(basic)" }
  public var basicStableLabel: String { "Op orde" }
  public var basicNoteLabel: String { "Toelichting" }
  public func basicRecorded(_ basic: String, stable: Bool) -> String {
    stable ? "\(basic): op orde." : "\(basic): nog niet op orde."
  }
  public var basicsFirst: String {
    "Eerst de basis op orde; het stapsgewijze plan bouwt daarop voort."
  }

  public var planHeading: String { "Eén integraal plan voor het huishouden" }
  public var planEmpty: String { "Nog leeg; p voegt een doel, actie of afspraak toe." }
  public var planGoal: String { "doel" }
  public var planAction: String { "actie" }
  public var planAgreement: String { "afspraak" }
  public func planGoalLine(_ g: HouseholdPlan.Goal) -> String {
    "Doel: \(g.text)" + (g.targetDate.map { " (uiterlijk \($0.dutch))" } ?? "")
  }
  public func planActionLine(_ a: HouseholdPlan.Action) -> String {
    let done = a.status == .done ? "[x] " : (a.status == .dropped ? "[-] " : "[ ] ")
    return done + "Actie: \(a.what) — \(a.ownerName)"
      + (a.due.map { ", uiterlijk \($0.dutch)" } ?? "")
  }
  public func planAgreementLine(_ f: HouseholdPlan.Agreement) -> String { "Afspraak: \(f.text)" }
  public func regisseurLine(_ name: String) -> String { "Regisseur: \(name)" }
  public func planOwner(_ owner: HouseholdPlan.Action.Owner) -> String {
    switch owner {
    case .client: return "inwoner"
    case .network: return "netwerk"
    case .provider: return "aanbieder"
    case .professional: return "professional"
    }
  }
  public var planAddTitle: String { "Plan: toevoegen" }
  public var planEditTitle: String { "Plan: wijzigen" }
  public var planNote: String { "Eén huishouden, één plan, één regisseur." }
  public var planKindLabel: String { "Soort" }
  public var planTextLabel: String { "Wat" }
  public var planOwnerKindLabel: String { "Wie (bij een actie)" }
  public var planOwnerLabel: String { "Naam" }
  public var planDueLabel: String { "Uiterlijk" }
  public var planItemSaved: String { "Het plan is bijgewerkt." }

  public func handBackTitle(_ lane: String) -> String { "Teruggeven (\(lane))" }
  public var handBackNote: String {
    "De coördinatie gaat terug naar een professional die al betrokken is. Kosten vooraf: de "
      + "hoogste jaarlijkse kosten sinds de acceptatie; achteraf: nu."
  }
  public var handBackToLabel: String { "Aan" }
  public var evaluationHeading: String { "Evaluatie" }
  public var evaluationMovement: String { "Beweging in de vastgelopen zaak" }
  public var evaluationCooperation: String { "Betere samenwerking" }
  public var evaluationPerspective: String { "Gezamenlijk perspectief" }
  public var evaluationAddedValue: String { "Meerwaarde van procescoördinatie" }
  public var evaluationRating: String { "Cijfer" }
  public var evaluationCostBefore: String { "Kosten vooraf (€)" }
  public var evaluationCostAfter: String { "Kosten achteraf (€)" }
  public var evaluationNote: String { "Toelichting" }
  public var badRatingTyped: String { "Cijfer: vul een heel getal van 1 tot en met 10 in." }

  public var doorbraakHeading: String { "Doorbraak" }
  public var doorbraakEmpty: String { "Nog geen besluit; o legt de doorbraak vast." }
  public var doorbraakTitle: String { "Doorbraak vastleggen" }
  public var doorbraakNote: String {
    "Een onorthodoxe, duurzame oplossing met haar reden en mandaat."
  }
  public var doorbraakSolution: String { "Oplossing" }
  public var doorbraakReason: String { "Reden" }
  public var doorbraakMandate: String { "Mandaat" }
  public var doorbraakCost: String { "Kosten (€)" }
  public var doorbraakRelapse: String { "Terugvalcontrole op" }
  public var doorbraakAftercare: String { "Nazorg" }
  public var doorbraakSaved: String { "Doorbraak vastgelegd." }
  public var doorbraakOnlyMeerTeam: String { "Een doorbraak hoort bij het Meer-team." }
  public func doorbraakLine(_ d: Doorbraak) -> String {
    "\(d.solution) — reden: \(d.reason); mandaat: \(d.mandate); kosten "
      + "\(euroAmount(d.cost, symbol: true)); besloten \(d.decided.dutch)"
      + (d.aftercare.isEmpty ? "" : "; nazorg: \(d.aftercare)")
  }
  public func relapseLine(_ date: LocalDate, done: HouseholdPlan.Monitoring?, today: LocalDate)
    -> String
  {
    if let done {
      return "Terugvalcontrole gedaan op \(done.date.dutch)"
        + (done.note.isEmpty ? "" : ": \(done.note)")
    }
    return "Terugvalcontrole \(date.dutch): \(daysText(today.days(until: date))) · v legt vast"
  }
  public var relapseCheckedTitle: String { "Terugvalcontrole gedaan" }
  public var relapseNoteLabel: String { "Bevinding" }
  public var relapseCheckRecorded: String { "Terugvalcontrole vastgelegd." }

  public var keyWorkspaceToggle: String { "aan/uit" }
  public var keyAddInvolvement: String { "professional" }
  public var keyAddPlanItem: String { "plan" }
  public var keyDoorbraak: String { "doorbraak" }
  public var keyRelapseChecked: String { "terugvalcontrole gedaan" }
}
