import CasusCore

/// A row of the workspace that the cursor can select.
public enum WorkspaceItem: Equatable, Sendable {
  /// An involved professional or service, by id.
  case involvement(String)
  case basic(Basic)
  case goal(String)
  case action(String)
  case agreement(String)
  /// The Meer-team's doorbraak decision.
  case doorbraak
  /// The relapse check of the doorbraak.
  case relapseCheck
}

extension AppState {
  /// The selectable rows of a handover's workspace, in the order they are drawn.
  ///
  /// Procescoördinatie: the inventory, the basics, then the plan (the basics come before the
  /// step-by-step plan, Zoetermeer 2019 l.1342-1344). Meer-team: the doorbraak and its check.
  public static func workspaceItems(_ file: CaseFile, _ h: Handover) -> [WorkspaceItem] {
    let s = file.state
    switch h.lane {
    case .procescoordinatie:
      return s.involvements.map { .involvement($0.id) } + Basic.allCases.map { .basic($0) }
        + s.plan.goals.map { .goal($0.id) } + s.plan.actions.map { .action($0.id) }
        + s.plan.agreements.map { .agreement($0.id) }
    case .meerTeam:
      return [.doorbraak] + (h.doorbraak == nil ? [] : [.relapseCheck])
    case .consult:
      return []
    }
  }
}
