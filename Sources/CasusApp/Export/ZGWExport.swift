import CasusCore
import Foundation

/// A case in the shape of the ZGW APIs (Zaken, Besluiten, Catalogi), for a municipal
/// zaaksysteem such as Open Zaak.
///
/// One JSON document with the resources a zaaksysteem creates for one zaak: the `zaak`, its
/// `statussen`, `rollen`, `resultaat`, `besluiten` and `zaakeigenschappen`. URLs of catalogue
/// types (zaaktype, statustype, roltype, besluittype, eigenschap) point into a catalogue base
/// URL the municipality sets; `url`/`uuid` fields that the receiving API assigns are left out.
/// The shape is checked by `docs/schema/zgw-zaak-export.schema.json`, written from the public
/// ZGW Zaken API specification (see `docs/zgw-export.md`).
public enum ZGWExport {
  /// Where the export points: the organisation and its catalogue.
  public struct Settings: Sendable {
    /// RSIN of the municipality (nine digits, 11-proef).
    public var rsin: String
    /// Base URL of the Catalogi API catalogue, such as `https://catalogi.example.nl/api/v1`.
    public var catalogus: String

    public init(
      rsin: String = "111222333", catalogus: String = "https://catalogi.example.nl/api/v1"
    ) {
      self.rsin = rsin
      self.catalogus = catalogus
    }

    /// Whether `rsin` is nine digits that pass the 11-proef.
    public var rsinIsValid: Bool {
      let digits = rsin.compactMap(\.wholeNumberValue)
      guard rsin.count == 9, digits.count == 9 else { return false }
      let sum = (0..<8).reduce(0) { $0 + (9 - $1) * digits[$1] } - digits[8]
      return sum % 11 == 0
    }
  }

  /// The export as a JSON object (keys sorted when encoded).
  public static func document(
    _ file: CaseFile, settings: Settings, clocks: LegalClockSet?, today: LocalDate,
    retentionYears: Int
  ) -> [String: Any] {
    let c = file.state
    let base =
      settings.catalogus.hasSuffix("/") ? String(settings.catalogus.dropLast()) : settings.catalogus
    func type(_ kind: String, _ id: String) -> String { "\(base)/\(kind)/casus-\(id)" }
    let zaaktype = "\(c.law.rawValue)-melding"
    var zaak: [String: Any] = [
      "identificatie": file.id.rawValue,
      "bronorganisatie": settings.rsin,
      "verantwoordelijkeOrganisatie": settings.rsin,
      "zaaktype": type("zaaktypen", zaaktype),
      "omschrijving": String(
        "\(c.law == .jeugdwet ? "Jeugdwet" : c.law == .wmo ? "Wmo" : "Participatiewet")-melding \(c.household.name)"
          .prefix(80)),
      "toelichting": String(c.question.prefix(1000)),
      "registratiedatum": c.melding.date.description,
      "startdatum": c.melding.date.description,
      "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
      "kenmerken": [["kenmerk": file.id.rawValue, "bron": "Casus"]],
      "archiefnominatie": "vernietigen",
      "archiefstatus": "nog_te_archiveren",
    ]
    let statuses = LegalClocks.evaluate(
      clocks ?? LegalClockSet(id: "", version: 0, clocks: []), law: c.law, dates: c.dates,
      today: today)
    if let onderzoek = statuses.first(where: { $0.definition.stop == .onderzoekFinished }),
      let due = onderzoek.dueDate
    {
      zaak["einddatumGepland"] = due.description
      zaak["uiterlijkeEinddatumAfdoening"] = due.description
    }
    let closedAt = closureDate(file)
    if let closedAt {
      zaak["einddatum"] = closedAt.description
      zaak["archiefactiedatum"] = closedAt.adding(months: 12 * retentionYears).description
    }
    return [
      "zaak": zaak,
      "statussen": statussen(file, type: type),
      "rollen": rollen(file, type: type),
      "resultaat": closedAt.map { _ in
        [
          "resultaattype": type("resultaattypen", "afgehandeld"),
          "toelichting": "Dossier afgesloten in Casus",
        ] as [String: Any]
      } ?? NSNull(),
      "besluiten": besluiten(file, rsin: settings.rsin, type: type),
      "zaakeigenschappen": eigenschappen(file, type: type),
    ]
  }

  /// The day the case was closed, from the history.
  static func closureDate(_ file: CaseFile) -> LocalDate? {
    guard file.state.phase == .afgesloten else { return nil }
    for event in file.events.reversed() where event.type == CaseEventType.edited {
      let changes = (try? event.payload.decode(CaseEdited.self))?.changes ?? []
      if changes.contains(where: {
        $0.field == .phase && $0.new == .string(Phase.afgesloten.rawValue)
      }) {
        return LocalDate.utc(event.at)
      }
    }
    return file.lastChange.map { LocalDate.utc($0.at) }
  }

  /// Every step of the case that a zaaksysteem knows as a status, oldest first.
  static func statussen(_ file: CaseFile, type: (String, String) -> String) -> [[String: Any]] {
    var out: [(Date, String, String)] = []
    let iso = ISO8601DateFormatter()
    for event in file.events {
      switch event.type {
      case CaseEventType.opened: out.append((event.at, "melding", "Melding geregistreerd"))
      case CaseEventType.conversationStarted:
        out.append((event.at, "gesprek", "Keukentafelgesprek begonnen"))
      case CaseEventType.edited:
        for change in (try? event.payload.decode(CaseEdited.self))?.changes ?? [] {
          switch change.field {
          case .onderzoekFinished:
            out.append((event.at, "onderzoek-afgerond", "Onderzoek afgerond"))
          case .verslagSent: out.append((event.at, "verslag-verstuurd", "Verslag verstuurd"))
          case .aanvraag: out.append((event.at, "aanvraag", "Aanvraag ontvangen"))
          case .beschikking: out.append((event.at, "beschikking", "Beschikking verzonden"))
          case .phase:
            if let phase = change.new.stringValue {
              out.append((event.at, "fase-\(phase)", "Fase: \(phase)"))
            }
          default: break
          }
        }
      default: break
      }
    }
    return out.map { at, id, text in
      [
        "statustype": type("statustypen", id), "datumStatusGezet": iso.string(from: at),
        "statustoelichting": text,
      ]
    }
  }

  /// The people and professionals around the zaak, with the ZGW generic role names.
  static func rollen(_ file: CaseFile, type: (String, String) -> String) -> [[String: Any]] {
    let c = file.state
    var out: [[String: Any]] = []
    for member in c.household.members {
      var person: [String: Any] = ["geslachtsnaam": member.name]
      if let born = member.born { person["geboortedatum"] = born.description }
      let initiator = member == c.household.client
      out.append([
        "betrokkeneType": "natuurlijk_persoon",
        "roltype": type("roltypen", initiator ? "initiator" : "belanghebbende"),
        "omschrijvingGeneriek": initiator ? "initiator" : "belanghebbende",
        "roltoelichting": initiator ? "Inwoner met de hulpvraag" : "Lid van het huishouden",
        "betrokkeneIdentificatie": person,
      ])
    }
    let handlers = Set(file.events.map(\.actor)).sorted()
    for handler in handlers {
      out.append([
        "betrokkeneType": "medewerker", "roltype": type("roltypen", "behandelaar"),
        "omschrijvingGeneriek": "behandelaar", "roltoelichting": "Heeft aan het dossier gewerkt",
        "betrokkeneIdentificatie": ["achternaam": handler],
      ])
    }
    if let regisseur = c.plan.regisseur ?? c.regie.name {
      out.append([
        "betrokkeneType": "medewerker", "roltype": type("roltypen", "zaakcoordinator"),
        "omschrijvingGeneriek": "zaakcoordinator",
        "roltoelichting": "Regisseur (één gezin, één plan)",
        "betrokkeneIdentificatie": ["achternaam": regisseur],
      ])
    }
    return out
  }

  /// Every decided aanvraag as a besluit with its motivation.
  static func besluiten(_ file: CaseFile, rsin: String, type: (String, String) -> String)
    -> [[String: Any]]
  {
    var out: [[String: Any]] = []
    for (index, item) in file.state.aanvragen.enumerated() {
      guard let v = item.offer.voorziening, let decision = v.decision, let decided = v.decided
      else {
        continue
      }
      var besluit: [String: Any] = [
        "identificatie": "\(file.id.rawValue)-B\(index + 1)",
        "verantwoordelijkeOrganisatie": rsin,
        "besluittype": type("besluittypen", "voorziening-\(decision.rawValue)"),
        "datum": decided.description,
        "ingangsdatum": (v.start ?? decided).description,
        "toelichting": String("\(item.offer.name): \(v.motivation)".prefix(1000)),
      ]
      if let end = v.end { besluit["vervaldatum"] = end.description }
      out.append(besluit)
    }
    return out
  }

  /// The latest meetmoment's scores as zaakeigenschappen (`waarde` is the level, 1–5).
  static func eigenschappen(_ file: CaseFile, type: (String, String) -> String) -> [[String: Any]] {
    guard let latest = file.state.measurements.last else { return [] }
    return latest.scores.compactMap { score in
      guard let value = score.score else { return nil }
      return [
        "eigenschap": type("eigenschappen", "\(latest.definitionID)-\(score.domain)"),
        "waarde": "\(value)",
      ]
    }
  }
}

extension LocalDate {
  /// The calendar date of a moment in UTC (event times are stored in UTC).
  static func utc(_ date: Date) -> LocalDate {
    LocalDate(dayNumber: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
  }
}
