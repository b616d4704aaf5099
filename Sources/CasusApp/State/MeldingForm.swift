import CasusCore
import Foundation
import TerminalUI

/// The form to register a new melding or edit a case's registration.
public struct MeldingForm: Equatable {
  /// Whether the form makes a new case or changes an existing one.
  public enum Purpose: Equatable, Sendable {
    case new
    case edit(CaseID)
  }

  /// One household member's fields.
  public struct MemberRow: Equatable {
    public var name: TextInput
    public var born: TextInput
    public var role: Member.Role
  }

  /// A field that can have the focus.
  public enum Field: Hashable, Sendable {
    case memberName(Int), memberBorn(Int), memberRole(Int), addMember
    case householdName, question, source, meldingDate, regieHolder, regieName
    case law, clientSupport, milestone(MilestoneField)
  }

  /// The dates after the melding, edited on an existing case.
  public enum MilestoneField: Int, Hashable, Sendable, CaseIterable {
    case onderzoekFinished, verslagSent, persoonlijkPlan, aanvraag, beschikking

    /// The case field this date is recorded in.
    public var caseField: CaseField {
      switch self {
      case .onderzoekFinished: return .onderzoekFinished
      case .verslagSent: return .verslagSent
      case .persoonlijkPlan: return .persoonlijkPlan
      case .aanvraag: return .aanvraag
      case .beschikking: return .beschikking
      }
    }
  }

  public var purpose: Purpose
  public var members: [MemberRow]
  public var householdName: TextInput
  public var question: TextInput
  public var source: Melding.Source
  public var meldingDate: TextInput
  public var regieHolder: Regie.Holder
  public var regieName: TextInput
  public var law: Law
  /// Whether onafhankelijke cliëntondersteuning was offered; `nil` until recorded.
  public var clientSupport: Bool?
  /// Milestone dates as typed (only on an existing case).
  public var milestones: [MilestoneField: TextInput]
  public var focus: Field
  public var confirmingDiscard: Bool
  /// The case as it was when the form opened (edits only): only fields the user changed are
  /// saved, so a change made meanwhile by someone else to another field is kept.
  public private(set) var base: CaseState?
  /// The values as the form was opened, to tell whether anything was typed.
  private var initialFingerprint: String = ""

  /// An empty form for a new melding dated `today`.
  public init(today: LocalDate) {
    purpose = .new
    members = [MemberRow(name: TextInput(), born: TextInput(), role: .client)]
    householdName = TextInput()
    question = TextInput(multiline: true)
    source = .self
    meldingDate = TextInput(today.dutch)
    regieHolder = .resident
    regieName = TextInput()
    law = .wmo
    clientSupport = nil
    milestones = [:]
    focus = .memberName(0)
    confirmingDiscard = false
    initialFingerprint = fingerprint
  }

  /// A form filled with a case's current registration.
  public init(editing file: CaseFile) {
    let s = file.state
    purpose = .edit(file.id)
    base = s
    members = s.household.members.map {
      MemberRow(name: TextInput($0.name), born: TextInput($0.born?.dutch ?? ""), role: $0.role)
    }
    householdName = TextInput(s.household.name)
    question = TextInput(s.question, multiline: true)
    source = s.melding.source
    meldingDate = TextInput(s.melding.date.dutch)
    regieHolder = s.regie.holder
    regieName = TextInput(s.regie.name ?? "")
    law = s.law
    clientSupport = s.clientSupportOffered
    let m = s.milestones
    milestones = [
      .onderzoekFinished: TextInput(m.onderzoekFinished?.dutch ?? ""),
      .verslagSent: TextInput(m.verslagSent?.dutch ?? ""),
      .persoonlijkPlan: TextInput(m.persoonlijkPlan?.dutch ?? ""),
      .aanvraag: TextInput(m.aanvraag?.dutch ?? ""),
      .beschikking: TextInput(m.beschikking?.dutch ?? ""),
    ]
    focus = members.isEmpty ? .householdName : .memberName(0)
    confirmingDiscard = false
    initialFingerprint = fingerprint
  }

  /// Whether the user changed anything since the form opened.
  public var isDirty: Bool { fingerprint != initialFingerprint }

  private var fingerprint: String {
    let rows = members.map { "\($0.name.text)\u{1}\($0.born.text)\u{1}\($0.role.rawValue)" }
    return
      (rows + [
        householdName.text, question.text, source.rawValue, meldingDate.text,
        regieHolder.rawValue, regieName.text,
      ]).joined(separator: "\u{2}")
  }

  /// The fields in tab order.
  public var fields: [Field] {
    var out: [Field] = []
    for i in members.indices { out += [.memberName(i), .memberBorn(i), .memberRole(i)] }
    out += [.addMember, .householdName, .question, .source, .meldingDate, .law, .regieHolder]
    if regieHolder != .resident { out.append(.regieName) }
    out.append(.clientSupport)
    if case .edit = purpose { out += MilestoneField.allCases.map { .milestone($0) } }
    return out
  }

  /// Moves the focus `delta` fields on, wrapping around.
  public mutating func moveFocus(by delta: Int) {
    let all = fields
    let index = all.firstIndex(of: focus) ?? 0
    focus = all[((index + delta) % all.count + all.count) % all.count]
  }

  /// The text input behind a field, when it is a text field.
  public subscript(input field: Field) -> TextInput? {
    get {
      switch field {
      case .memberName(let i): return members.indices.contains(i) ? members[i].name : nil
      case .memberBorn(let i): return members.indices.contains(i) ? members[i].born : nil
      case .householdName: return householdName
      case .question: return question
      case .meldingDate: return meldingDate
      case .regieName: return regieName
      case .milestone(let m): return milestones[m]
      default: return nil
      }
    }
    set {
      guard let newValue else { return }
      switch field {
      case .memberName(let i) where members.indices.contains(i): members[i].name = newValue
      case .memberBorn(let i) where members.indices.contains(i): members[i].born = newValue
      case .householdName: householdName = newValue
      case .question: question = newValue
      case .meldingDate: meldingDate = newValue
      case .regieName: regieName = newValue
      case .milestone(let m): milestones[m] = newValue
      default: break
      }
    }
  }

  /// Cycles a choice field (role, source, regie) one step; false for other fields.
  public mutating func cycle(by delta: Int) -> Bool {
    func step<T: CaseIterable & Equatable>(_ value: T) -> T {
      let all = Array(T.allCases)
      let i = all.firstIndex(of: value) ?? all.startIndex
      return all[((i + delta) % all.count + all.count) % all.count]
    }
    switch focus {
    case .memberRole(let i) where members.indices.contains(i):
      members[i].role = step(members[i].role)
    case .source: source = step(source)
    case .regieHolder: regieHolder = step(regieHolder)
    case .law: law = step(law)
    case .clientSupport:
      let order: [Bool?] = [nil, true, false]
      let i = order.firstIndex(of: clientSupport) ?? 0
      clientSupport = order[((i + delta) % order.count + order.count) % order.count]
    default: return false
    }
    return true
  }

  /// Adds an empty member row and focuses its name.
  public mutating func addMember() {
    members.append(MemberRow(name: TextInput(), born: TextInput(), role: .other))
    focus = .memberName(members.count - 1)
  }

  /// Removes the member whose field has the focus (never the last one).
  public mutating func removeFocusedMember() {
    let index: Int?
    switch focus {
    case .memberName(let i), .memberBorn(let i), .memberRole(let i): index = i
    default: index = nil
    }
    guard let index, members.count > 1 else { return }
    members.remove(at: index)
    focus = .memberName(min(index, members.count - 1))
  }

  /// What went wrong turning the form into values: a field to focus and a message.
  public struct Invalid: Error, Equatable {
    public var field: Field
    public var message: String
  }

  /// The form's values, or the first field that cannot be read (dates).
  public func values(strings: any StringTable) throws(Invalid) -> NewMelding {
    var parsed: [Member] = []
    for (i, row) in members.enumerated() {
      var born: LocalDate?
      let text = row.born.text.trimmingCharacters(in: .whitespaces)
      if !text.isEmpty {
        guard let date = LocalDate(parsing: text) else {
          throw Invalid(field: .memberBorn(i), message: strings.badDate(strings.memberBorn))
        }
        born = date
      }
      parsed.append(Member(name: row.name.text, born: born, role: row.role))
    }
    guard let date = LocalDate(parsing: meldingDate.text) else {
      throw Invalid(field: .meldingDate, message: strings.badDate(strings.meldingDate))
    }
    var name = householdName.text.trimmingCharacters(in: .whitespaces)
    if name.isEmpty { name = parsed.first?.name.trimmingCharacters(in: .whitespaces) ?? "" }
    return NewMelding(
      householdName: name, members: parsed, question: question.text, meldingDate: date,
      source: source,
      regie: Regie(holder: regieHolder, name: regieHolder == .resident ? nil : regieName.text),
      law: law, clientSupportOffered: clientSupport)
  }

  /// The milestone dates typed on an existing case, or the first that cannot be read.
  public func milestoneValues(strings: any StringTable) throws(Invalid) -> Milestones {
    var out = Milestones()
    for field in MilestoneField.allCases {
      let text = (milestones[field]?.text ?? "").trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { continue }
      guard let date = LocalDate(parsing: text) else {
        throw Invalid(
          field: .milestone(field), message: strings.badDate(strings.field(field.caseField)))
      }
      switch field {
      case .onderzoekFinished: out.onderzoekFinished = date
      case .verslagSent: out.verslagSent = date
      case .persoonlijkPlan: out.persoonlijkPlan = date
      case .aanvraag: out.aanvraag = date
      case .beschikking: out.beschikking = date
      }
    }
    return out
  }

  /// The fields of `values` that differ from the case as the form found it.
  public func edit(from values: NewMelding) -> CaseEdit {
    guard let base else {
      return CaseEdit(
        householdName: values.householdName, members: values.members, question: values.question,
        meldingDate: values.meldingDate, source: values.source, regie: values.regie)
    }
    let trimmedMembers = values.members.map {
      Member(
        name: $0.name.trimmingCharacters(in: .whitespacesAndNewlines), born: $0.born, role: $0.role)
    }
    let regie = values.regie.holder == .resident ? Regie(holder: .resident) : values.regie
    return CaseEdit(
      householdName: values.householdName == base.household.name ? nil : values.householdName,
      members: trimmedMembers == base.household.members ? nil : values.members,
      question: values.question == base.question ? nil : values.question,
      meldingDate: values.meldingDate == base.melding.date ? nil : values.meldingDate,
      source: values.source == base.melding.source ? nil : values.source,
      regie: regie == base.regie ? nil : values.regie,
      law: values.law == base.law ? nil : values.law,
      clientSupportOffered: values.clientSupportOffered == base.clientSupportOffered
        ? nil : values.clientSupportOffered)
  }

  /// The field where a ``CaseError`` should put the cursor.
  public static func field(for error: CaseError) -> Field {
    switch error {
    case .emptyHouseholdName: return .householdName
    case .noMembers: return .addMember
    case .emptyMemberName(let i): return .memberName(i)
    case .emptyQuestion: return .question
    case .meldingInFuture: return .meldingDate
    case .birthDateInFuture, .birthDateImplausible: return .memberBorn(0)
    case .regieNameMissing: return .regieName
    case .milestoneBeforeMelding(let f):
      return .milestone(MilestoneField.allCases.first { $0.caseField == f } ?? .aanvraag)
    default:
      return .memberName(0)
    }
  }
}
