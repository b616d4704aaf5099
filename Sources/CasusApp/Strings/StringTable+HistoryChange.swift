import CasusCore

/// The `old → new` of each event, the same in every language but for the words it borrows
/// from the table (field names, states, yes and no).
extension TriageStrings where Self: StringTable {
  public func historyChange(_ event: CaseEvent) -> String? {
    let p = event.payload
    switch event.type {
    case CaseEventType.edited:
      guard let c = try? p.decode(CaseEdited.self) else { return nil }
      return c.changes.map {
        "\(field($0.field)): \(value($0.old, $0.field)) → \(value($0.new, $0.field))"
      }.joined(separator: "; ")
    case CaseEventType.handoverStateChanged:
      guard let c = try? p.decode(HandoverStateChanged.self) else { return nil }
      var text = "\(handoverState(c.old)) → \(handoverState(c.new))"
      if let to = c.returnedTo { text += " (\(to))" }
      if let reason = c.reason, !reason.isEmpty { text += ", \(reason)" }
      if let e = c.evaluation { text += "; " + evaluationSummary(e) }
      return text
    case CaseEventType.handoverCreated:
      guard let h = try? p.decode(HandoverCreated.self).handover else { return nil }
      return h.reasons.joined(separator: "; ")
    case CaseEventType.involvementChanged:
      guard let c = try? p.decode(InvolvementChanged.self) else { return nil }
      switch (c.old, c.new) {
      case (nil, let new?): return euroAmount(new.yearlyCost, symbol: true)
      case (let old?, let new?):
        var parts: [String] = []
        if old.yearlyCost != new.yearlyCost {
          parts.append(
            euroAmount(old.yearlyCost, symbol: true) + " → "
              + euroAmount(new.yearlyCost, symbol: true))
        }
        if old.active != new.active {
          parts.append(
            "\(involvementActiveLabel.lowercased()): \(optionalBool(old.active)) → "
              + optionalBool(new.active))
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
      default: return nil
      }
    case CaseEventType.basicChanged:
      guard let c = try? p.decode(BasicChanged.self) else { return nil }
      return "\(basicStableLabel.lowercased()): \(optionalBool(c.old?.stable)) → "
        + optionalBool(c.new.stable) + (c.new.note.isEmpty ? "" : ", \(c.new.note)")
    case CaseEventType.doorbraakRecorded:
      return (try? p.decode(DoorbraakRecorded.self)).map { doorbraakLine($0.doorbraak) }
    case CaseEventType.stepStatusChanged:
      guard let c = try? p.decode(StepStatusChanged.self) else { return nil }
      return "\(stepStatus(c.old)) → \(stepStatus(c.new))"
    case CaseEventType.regisseurChanged:
      guard let c = try? p.decode(RegisseurChanged.self) else { return nil }
      return "\(c.old ?? "—") → \(c.new ?? "—")"
    case CaseEventType.agreementChanged:
      guard let c = try? p.decode(PlanItemChanged<HouseholdPlan.Agreement>.self) else { return nil }
      return "\(c.old?.text ?? "—") → \(c.new?.text ?? "—")"
    case CaseEventType.goalChanged:
      guard let c = try? p.decode(PlanItemChanged<HouseholdPlan.Goal>.self) else { return nil }
      return "\(c.old?.text ?? "—") → \(c.new?.text ?? "—")"
    case CaseEventType.actionChanged:
      guard let c = try? p.decode(PlanItemChanged<HouseholdPlan.Action>.self) else { return nil }
      return "\(c.old.map(planActionLine) ?? "—") → \(c.new.map(planActionLine) ?? "—")"
    case CaseEventType.exported:
      return (try? p.decode(CaseExported.self))?.destination
    default:
      return nil
    }
  }

  /// A field's value as a person reads it: dates in Dutch order, names of members, the
  /// table's words for a source, phase, law or regie.
  private func value(_ v: JSONValue, _ f: CaseField? = nil) -> String {
    switch v {
    case .null: return "—"
    case .bool(let b): return optionalBool(b)
    case .number(let n): return n == n.rounded() ? String(Int(n)) : String(n)
    case .string(let s):
      switch f {
      case .meldingSource: return Melding.Source(rawValue: s).map(source) ?? s
      case .phase: return Phase(rawValue: s).map(phase) ?? s
      case .law: return Law(rawValue: s).map(law) ?? s
      default: return LocalDate(parsing: s)?.dutch ?? s
      }
    case .array(let items):
      return items.map { item in item["name"]?.stringValue ?? value(item) }
        .joined(separator: ", ")
    case .object(let o):
      if let holder = o["holder"]?.stringValue {
        let who = Regie.Holder(rawValue: holder).map(regieHolder) ?? holder
        return who + (o["name"]?.stringValue.map { " (\($0))" } ?? "")
      }
      if let name = o["name"]?.stringValue { return name }
      return o.keys.sorted().joined(separator: ", ")
    }
  }
}
