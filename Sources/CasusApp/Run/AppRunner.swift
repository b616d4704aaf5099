import CasusCore
import CasusStore
import Foundation
import TerminalUI

/// The loop that ties it together: input → ``reduce(_:_:_:)`` → effects → ``render(_:)``.
///
/// Single-threaded and synchronous. The same runner drives the ncurses terminal and the
/// headless ``ScriptedBackend``, so tests exercise the real loop.
public final class AppRunner<Backend: TerminalBackend> {
  public private(set) var state: AppState
  public var backend: Backend
  private let store: CaseStore?
  private let environment: AppEnvironment
  private var quitting = false
  /// How long the backend waits for a key before the loop ticks.
  public var tickMilliseconds = 1000

  public init(state: AppState, backend: Backend, store: CaseStore?, environment: AppEnvironment) {
    self.state = state
    self.backend = backend
    self.store = store
    self.environment = environment
  }

  /// A runner on `store`: loads every case, moves unreadable files into quarantine (unless
  /// read-only) and reports them in the status line.
  public static func start(
    store: CaseStore, backend: Backend, environment: AppEnvironment, language: Language,
    colors: Bool, storeDescription: String
  ) -> AppRunner {
    let snapshot = store.loadAll()
    var problems = snapshot.problems
    if !store.readOnly {
      problems = problems.map { problem in
        guard problem.kind == .unreadable, let moved = try? store.quarantine(file: problem.file)
        else { return problem }
        var copy = problem
        copy.kind = .quarantined
        copy.reason += " → " + moved.path.replacingOccurrences(of: store.root.path + "/", with: "")
        return copy
      }
    }
    let state = AppState(
      language: language, size: backend.size, storeDescription: storeDescription,
      readOnly: store.readOnly, cases: snapshot.cases.sorted(by: AppState.listOrder),
      readOnlyCases: snapshot.readOnlyCases, problems: problems,
      today: environment.localDate(environment.now()), colors: colors,
      timeZone: environment.timeZone)
    return AppRunner(state: state, backend: backend, store: store, environment: environment)
  }

  /// Runs until the user quits or the input ends; returns the final state.
  @discardableResult
  public func run() -> AppState {
    backend.present(render(state))
    while !quitting {
      switch backend.nextInput(timeoutMilliseconds: tickMilliseconds) {
      case .event(let event):
        send(.action(for: event))
      case .timeout:
        send(.tick)
      case .end:
        return state
      }
      if !quitting { backend.present(render(state)) }
    }
    return state
  }

  /// Reduces one action and performs the effects it asks for.
  public func send(_ action: AppAction) {
    let effects = reduce(&state, action, environment.context())
    for effect in effects { perform(effect) }
  }

  private func perform(_ effect: Effect) {
    switch effect {
    case .save(let file):
      guard let store else {
        send(.saveFailed(.readOnly))
        return
      }
      do {
        send(.saved(try store.save(file)))
      } catch {
        send(.saveFailed(error))
        if case .staleRevision(let id, _, _) = error, let newer = try? store.load(id) {
          send(.reloaded(newer))
        }
      }
    case .quarantine(let files):
      guard let store else { return }
      for file in files { _ = try? store.quarantine(file: file) }
      send(.quarantined(store.check()))
    case .redraw:
      backend.invalidate()
    case .quit:
      quitting = true
    }
  }
}

extension AppAction {
  fileprivate static func action(for event: TerminalEvent) -> AppAction { .event(event) }
}
