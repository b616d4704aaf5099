/// The checks `casus check` runs on every case, beyond the JSON schema.
extension CaseFile {
  /// Every way this file breaks the engine's rules, in plain English; empty when sound.
  public func problems() -> [String] {
    var out: [String] = []
    if schemaVersion != CaseFile.currentSchemaVersion {
      out.append("schemaVersion \(schemaVersion) is not \(CaseFile.currentSchemaVersion)")
    }
    if state.id != id { out.append("state.id \(state.id) differs from id \(id)") }
    if revision < 1 { out.append("revision \(revision) is below 1") }
    if events.isEmpty { out.append("the event list is empty") }
    for (i, event) in events.enumerated() where event.seq != i + 1 {
      out.append("event \(i + 1) has seq \(event.seq); seq must run 1, 2, 3, … without gaps")
      break
    }
    for pair in zip(events, events.dropFirst()) where pair.1.at < pair.0.at {
      out.append("event \(pair.1.seq) is dated before event \(pair.0.seq)")
      break
    }
    for event in events where event.actor.isEmpty {
      out.append("event \(event.seq) has no actor")
      break
    }
    do {
      let replayed = try CaseState.replay(id: id, events: events)
      if replayed != state { out.append("the state does not match its event history") }
    } catch {
      out.append("history cannot be replayed: \(error)")
    }
    if state.household.name.isEmpty { out.append("the household has no name") }
    if state.household.members.isEmpty { out.append("the household has no members") }
    return out
  }
}
