import CasusCore

extension PlanDocument {
  /// Every aanvraag with its own beschikking clock and the decision.
  static func aanvraagBlocks(_ input: Input) -> [ReportDocument.Block] {
    let s = input.language.strings
    let c = input.file.state
    var blocks: [ReportDocument.Block] = [.heading(s.planDocAanvragenHeading, level: 2)]
    let aanvragen = c.aanvragen
    guard !aanvragen.isEmpty else { return blocks + [.paragraph(s.planDocNoAanvragen)] }
    let definitions = input.clocks?.clocks(for: c.law).filter { $0.start == .aanvraag } ?? []
    for aanvraag in aanvragen {
      guard let v = aanvraag.offer.voorziening else { continue }
      var parts = [s.planDocAanvraag(aanvraag.offer.name, v.aanvraag.dutch)]
      for definition in definitions {
        let clock = LegalClocks.evaluate(definition, dates: aanvraag.dates, today: input.today)
        parts.append(s.clockSummary(clock) + " · " + definition.article)
      }
      parts.append(s.planDocDecision(v))
      blocks.append(.paragraph(parts.map(sentence).joined(separator: " ")))
      if !v.motivation.isEmpty { blocks.append(.quote(v.motivation)) }
    }
    return blocks
  }

  /// Goals, actions, agreements, and how the plan is kept up: reminders and monitoring.
  static func planBlocks(_ input: Input) -> [ReportDocument.Block] {
    let s = input.language.strings
    let plan = input.file.state.plan
    var blocks: [ReportDocument.Block] = [.heading(s.goalsHeading, level: 2)]
    blocks.append(
      plan.goals.isEmpty
        ? .paragraph(s.planDocNoGoals)
        : .list(plan.goals.map { s.goalLine($0, domain: $0.domain.map(input.domainName)) }))
    blocks.append(.heading(s.actionsHeading, level: 2))
    blocks.append(
      plan.actions.isEmpty ? .paragraph(s.planDocNoActions) : .list(plan.actions.map(s.actionLine)))
    blocks.append(.heading(s.agreementsHeading, level: 2))
    blocks.append(
      plan.agreements.isEmpty
        ? .paragraph(s.planDocNoAgreements) : .list(plan.agreements.map(\.text)))
    blocks.append(.heading(s.planDocMonitoringHeading, level: 2))
    let rules =
      input.profile?.reminders
      ?? MunicipalityProfile.ReminderRules(monitorAfterDays: 42, openRequestDays: 14)
    blocks.append(.paragraph(s.planDocMonitoringIntro(rules.monitorAfterDays / 7)))
    if !plan.monitoring.isEmpty {
      blocks.append(
        .list(
          plan.monitoring.map {
            "\($0.date.dutch): " + ($0.note.isEmpty ? s.planDocMonitoredNoNote : $0.note)
          }))
    }
    let open = input.file.state.reminders(rules: rules)
    if !open.isEmpty {
      blocks.append(.paragraph(s.planDocComingUp))
      blocks.append(.list(open.map { "\($0.due.dutch): " + s.reminderText($0) }))
    }
    return blocks
  }
}
