import CasusCore
import CasusResources
import CasusStore
import Foundation
import TerminalUI

/// The loop that ties it together: input → ``reduce(_:_:_:)`` → effects → ``render(_:)``.
///
/// Single-threaded and synchronous. The same runner drives the ncurses terminal and the
/// headless ``ScriptedBackend``, so tests exercise the real loop.
public final class AppRunner<Backend: TerminalBackend> {
  public internal(set) var state: AppState
  public var backend: Backend
  let store: CaseStore?
  let environment: AppEnvironment
  /// Set by the `.quit` effect: the loop ends.
  public private(set) var quitting = false
  /// How long the backend waits for a key before the loop ticks.
  public var tickMilliseconds = 1000
  /// Checks a passphrase typed on the idle lock screen (an encrypted store); `nil`: none is right.
  public var passphraseCheck: (@Sendable (String) -> Bool)?

  public init(state: AppState, backend: Backend, store: CaseStore?, environment: AppEnvironment) {
    self.state = state
    self.backend = backend
    self.store = store
    self.environment = environment
  }

  /// A runner on `store`: loads every case, moves unreadable files into quarantine (unless
  /// read-only) and reports them in the status line.
  ///
  /// `matrix` is the `--matrix` option (an id or a file); see ``MatrixChoice``. `profile`
  /// is the `--profile` option; without it the store's setting, else `generiek`.
  public static func start(
    store: CaseStore, backend: Backend, environment: AppEnvironment, language: Language,
    colors: Bool, storeDescription: String, matrix: String? = nil, profile: String? = nil
  ) -> AppRunner {
    let (state, effects) = initialState(
      store: store, size: backend.size, environment: environment, language: language,
      colors: colors, storeDescription: storeDescription, matrix: matrix, profile: profile)
    let runner = AppRunner(state: state, backend: backend, store: store, environment: environment)
    runner.loadWhatIsShown()
    for effect in effects { runner.perform(effect) }
    return runner
  }

  /// The state the app starts in on `store` at `size`, and the effects to perform first
  /// (a preset user to remember); the demo's reset starts over with it too.
  static func initialState(
    store: CaseStore, size: Size, environment: AppEnvironment, language: Language,
    colors: Bool, storeDescription: String, matrix: String?, profile: String?
  ) -> (AppState, [Effect]) {
    let index = store.loadIndex()
    var problems = index.problems
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
    var state = AppState(
      language: language, size: size, storeDescription: storeDescription,
      readOnly: store.readOnly, summaries: index.summaries, searchTexts: index.searchTexts,
      readOnlyCases: index.readOnlyCases, problems: problems,
      today: environment.localDate(environment.now()), colors: colors,
      timeZone: environment.timeZone)
    do {
      state.guide = try ConversationGuide.decode(CasusResources.data("guides/keukentafel.v1.json"))
    } catch {
      state.message = StatusMessage(state.strings.noGuide + " (\(error))", kind: .error)
    }
    do {
      state.clocks = try LegalClockSet.decode(CasusResources.data("clocks/legal-clocks.v1.json"))
    } catch {
      state.message = StatusMessage("\(error)", kind: .error)
    }
    var settings = StoreSettings()
    do {
      settings = try store.loadSettings()
    } catch {
      state.message = StatusMessage(state.strings.storeError(error), kind: .error)
    }
    let own = FileManager.default.contents(
      atPath: store.root.appendingPathComponent("sociale-kaart.json").path)
    let (process, processProblems) = ProcessLibrary.load(
      active: profile ?? settings.profile, ownKaart: own)
    state.process = process
    if let problem = processProblems.first {
      state.message = StatusMessage(state.strings.processProblem(problem), kind: .error)
    }
    loadMatrices(
      into: &state, option: matrix, setting: settings.matrix,
      profile: process.current?.profile.matrix, store: store)
    let effects = startAsUser(&state, store: store, preset: environment.user)
    if !store.readOnly {
      state.drafts = store.loadDrafts().filter { state.list.position($0.caseID) != nil }
      if !state.drafts.isEmpty { state.overlay = .recover }
      state.conflicts = store.conflictCopies().filter { state.list.position($0.mine.id) != nil }
        .map { CaseConflict(mine: $0.mine, copy: $0.file) }
      if !state.conflicts.isEmpty { state.overlay = .conflict }
    }
    return (state, effects)
  }

  /// Runs until the user quits or the input ends; returns the final state.
  @discardableResult
  public func run() -> AppState {
    backend.present(render(state))
    let clock = ContinuousClock()
    while !quitting {
      switch backend.nextInput(timeoutMilliseconds: inputTimeout()) {
      case .event(let event):
        let started = clock.now
        send(.action(for: event))
        if let measure {
          // Measuring: every key gets its own frame, and the time to draw it is reported.
          if !quitting { backend.present(render(state)) }
          measure(started.duration(to: clock.now))
          continue
        }
        // Keys that are already waiting (a paste, fast typing over a slow link) are handled
        // before the next frame is drawn, so the screen never lags behind the keyboard.
        if drainPendingInput() { return state }
      case .timeout:
        send(.tick)
      case .end:
        return state
      }
      if !quitting { backend.present(render(state)) }
    }
    return state
  }

  /// When set, every key is reduced, rendered and drawn on its own and the time it took is
  /// passed here (benchmarks: `casus --headless --timing FILE`).
  public var measure: ((Duration) -> Void)?

  /// Handles input that is already waiting, up to a limit; true when the input ended.
  private func drainPendingInput() -> Bool {
    for _ in 0..<Self.batchLimit where !quitting {
      switch backend.nextInput(timeoutMilliseconds: 0) {
      case .event(let event): send(.action(for: event))
      case .timeout: return false
      case .end:
        backend.present(render(state))
        return true
      }
    }
    return false
  }

  /// How many waiting keys are handled at most before a frame is drawn.
  static var batchLimit: Int { 4096 }

  /// Reduces one action and performs the effects it asks for.
  public func send(_ action: AppAction) {
    var context = environment.context()
    if let user = state.user { context.actor = user.actor }
    let effects = reduce(&state, action, context)
    for effect in effects { perform(effect) }
    loadWhatIsShown()
  }

  /// Reads the case files the screen needs that are not read yet (the selected case, the
  /// open one): one file per newly selected case, never the whole store.
  func loadWhatIsShown() {
    guard let store else { return }
    for id in state.casesToLoad {
      do {
        send(.caseLoaded(try store.load(id)))
      } catch {
        send(.caseUnreadable(id, error))
      }
    }
  }

  func perform(_ effect: Effect) {
    switch effect {
    case .save(let file):
      save(file, resolving: nil)
    case .resolveConflict(let file, let copy):
      save(file, resolving: copy)
    case .deleteConflictCopy(let copy):
      try? store?.deleteConflictCopy(copy)
    case .unlock(let passphrase):
      send(.unlockFinished(passphraseCheck?(passphrase) ?? false))
    case .quarantine(let files):
      guard let store else { return }
      for file in files { _ = try? store.quarantine(file: file) }
      send(.quarantined(store.check()))
    case .redraw:
      backend.invalidate()
    case .writeDraft(let draft):
      do {
        try store?.saveDraft(draft)
      } catch {
        send(.draftFailed(error))
      }
    case .deleteDraft(let id):
      try? store?.deleteDraft(id)
    case .editExternally(let text):
      send(.externalEditFinished(editExternally(text)))
    case .writeExport(let id, let kind, let files):
      guard let store else {
        send(.exportFailed(StoreError.readOnly.description))
        return
      }
      do {
        var paths: [String] = []
        for file in files {
          paths.append(try store.writeExport(named: file.name, contents: Data(file.content.utf8)))
        }
        send(.exportWritten(caseID: id, kind: kind, formats: files.map(\.format), paths: paths))
      } catch {
        send(.exportFailed(state.strings.storeError(error)))
      }
    case .saveQuietly(let file):
      guard let store else { return }
      do {
        send(.savedQuietly(try store.save(file)))
      } catch {
        send(.saveFailed(error))
        if case .staleRevision(let id, _, _) = error, let newer = try? store.load(id) {
          send(.reloaded(newer))
        }
      }
    case .saveUser(let user):
      guard let store else {
        send(.userSaveFailed(user, .readOnly))
        return
      }
      do {
        var settings = try store.loadSettings()
        settings.user = user
        try store.saveSettings(settings)
        send(.userSaved(user))
      } catch {
        send(.userSaveFailed(user, error))
      }
    case .demo(let work):
      performDemo(work)
    case .computeRapport(let period):
      // Reading every file takes a moment on a large store: the screen says so first.
      backend.present(render(state))
      let snapshot = store?.loadAll() ?? StoreSnapshot()
      let figures = Rapport.figures(
        snapshot.cases, period: period, clocks: state.clocks,
        today: environment.localDate(environment.now()))
      let counted = snapshot.cases.filter { period.contains($0.state.melding.date) }.count
      send(
        .rapportComputed(
          figures: figures, counted: counted, unreadable: snapshot.problems.count))
    case .quit:
      quitting = true
    }
  }
}

extension AppRunner {
  /// Saves a case; a save that another copy beat keeps this version as a conflict copy
  /// beside the case, loads theirs, and asks the user (`.conflict`).
  fileprivate func save(_ file: CaseFile, resolving copy: String?) {
    guard let store else {
      send(.saveFailed(.readOnly))
      return
    }
    do {
      let saved = try store.save(file)
      if let copy { try? store.deleteConflictCopy(copy) }
      send(.saved(saved))
    } catch {
      send(.saveFailed(error))
      if case .staleRevision(let id, _, _) = error, let newer = try? store.load(id) {
        let kept = try? store.saveConflictCopy(file, at: environment.now())
        if let copy, kept != nil { try? store.deleteConflictCopy(copy) }
        send(.reloaded(newer))
        send(.conflict(CaseConflict(mine: file, copy: kept ?? copy)))
      }
    }
  }

  /// Loads the shipped matrix definitions and picks the active one; a problem is shown in
  /// the status line and the default definition is used instead.
  fileprivate static func loadMatrices(
    into state: inout AppState, option: String?, setting: String?, profile: String?,
    store: CaseStore
  ) {
    var (library, problems) = MatrixChoice.shipped()
    if let problem = problems.first {
      state.message = StatusMessage(
        state.strings.matrixChoiceFailure(.invalid(problem)), kind: .error)
    }
    do {
      state.matrix = try MatrixChoice.resolve(
        option: option, profile: profile, setting: setting, library: &library,
        storeRoot: store.root)
    } catch {
      state.message = StatusMessage(state.strings.matrixChoiceFailure(error), kind: .error)
      state.matrix = library.latest(MatrixChoice.defaultID)
    }
    state.matrices = library
  }

  /// Runs `$VISUAL` or `$EDITOR` (else `vi`) on the text in a private file in the store, and
  /// returns the edited text; `nil` when no editor could run.
  fileprivate func editExternally(_ text: String) -> String? {
    guard let store else { return nil }
    let file = store.root.appendingPathComponent("cases/.edit-\(getpid()).txt")
    guard
      FileManager.default.createFile(
        atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    else { return nil }
    defer { try? FileManager.default.removeItem(at: file) }
    var status: Int32 = -1
    let ran = backend.runOutsideScreen {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", "${VISUAL:-${EDITOR:-vi}} \"$1\"", "sh", file.path]
      do {
        try process.run()
        process.waitUntilExit()
        status = process.terminationStatus
      } catch {
        status = -1
      }
    }
    guard ran, status == 0, let data = FileManager.default.contents(atPath: file.path) else {
      return nil
    }
    var edited = String(decoding: data, as: UTF8.self)
    // Editors add a final newline; the text had none.
    if edited.hasSuffix("\n"), !text.hasSuffix("\n") { edited.removeLast() }
    return edited
  }
}

extension AppAction {
  fileprivate static func action(for event: TerminalEvent) -> AppAction { .event(event) }
}
