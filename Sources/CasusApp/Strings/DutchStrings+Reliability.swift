extension DutchStrings: ReliabilityStrings {
  public var lockTitle: String { "Casus is vergrendeld" }
  public func lockedAfter(minutes: Int) -> String {
    let time = minutes == 1 ? "1 minuut" : "\(minutes) minuten"
    return "Vergrendeld na \(time) zonder toetsaanslag. Uw werk is bewaard."
  }
  public var lockPromptPassphrase: String {
    "Typ het wachtwoord van de opslag en druk op Enter om verder te gaan."
  }
  public var lockPromptConfirm: String { "Druk op Enter om verder te gaan." }
  public var lockPassphraseLabel: String { "Wachtwoord: " }
  public var lockWrongPassphrase: String { "Onjuist wachtwoord. Probeer het opnieuw." }
  public var lockFinishFirst: String {
    "Er staat een niet-opgeslagen formulier open: ontgrendel eerst en sla het op."
  }
  public var keyUnlock: String { "ontgrendelen" }
  public var keyClearInput: String { "wissen" }
  public var keyQuitApp: String { "stoppen" }

  public func passphrasePrompt(_ store: String) -> String { "Wachtwoord voor \(store): " }
  public var passphraseRetry: String { "Onjuist wachtwoord, probeer het opnieuw." }
  public var newPassphrasePrompt: String { "Nieuw wachtwoord (minstens 8 tekens): " }
  public var repeatPassphrasePrompt: String { "Nogmaals: " }
  public var currentPassphrasePrompt: String { "Huidig wachtwoord: " }
  public func historyChanged(_ id: String, _ seq: Int) -> String {
    "Dossier \(id) is niet opgeslagen: de geschiedenis is buiten Casus gewijzigd bij "
      + "gebeurtenis \(seq). Uw invoer staat nog open; laat de opslag nakijken (casus check)."
  }
  public var storeLocked: String {
    "De opslag is versleuteld: open hem met het wachtwoord (--passphrase-file of de vraag bij de start)."
  }
  public func systemReason(_ reason: String) -> String {
    switch reason {
    case "No space left on device": return "de schijf is vol"
    case "Permission denied": return "geen toestemming om te schrijven"
    case "Read-only file system":
      return "de opslag staat op een schijf die alleen gelezen kan worden"
    case "Input/output error": return "de schijf gaf een leesfout of schrijffout"
    case "Disk quota exceeded": return "uw schijfruimte (quota) is op"
    default: return reason
    }
  }
  public var externalEditorEncrypted: String {
    "In een versleutelde opslag opent Casus geen externe editor: die zou de tekst onversleuteld op schijf zetten."
  }

  public var conflictTitle: String { "Tegelijk gewijzigd" }
  public func conflictPrompt(name: String, id: String, by: String, revision: Int) -> String {
    "Dossier \(name) (\(id)) is intussen elders opgeslagen door \(by) (revisie \(revision)). "
      + "Niets is overschreven: beide versies zijn bewaard."
  }
  public func conflictCopyAt(_ file: String) -> String { "Uw versie staat in \(file)." }
  public var conflictCopyFailed: String {
    "Uw versie kon niet als kopie worden bewaard; hij staat nog in het geheugen."
  }
  public var conflictTheirsLabel: String { "hun versie houden (uw wijziging vervalt)" }
  public var conflictMineLabel: String { "mijn wijziging over hun versie leggen" }
  public var conflictBothLabel: String { "beide bewaren en later kiezen" }
  public var conflictFooter: String { "Bij b vraagt Casus het bij de volgende start opnieuw." }
  public var keyConflictTheirs: String { "h" }
  public var keyConflictMine: String { "m" }
  public var keyConflictBoth: String { "b" }
  public var conflictTheirsKept: String { "Hun versie is gehouden; uw kopie is verwijderd." }
  public var conflictMineApplied: String { "Uw wijziging wordt over hun versie gelegd." }
  public func conflictBothKept(_ file: String) -> String {
    "Beide bewaard: het dossier toont hun versie, uw versie staat in \(file)."
  }
  public func conflictPartlyApplied(_ file: String) -> String {
    "Niet al uw wijzigingen konden worden samengevoegd; uw versie blijft bewaard in \(file)."
  }
  public var conflictAlreadyIncluded: String {
    "Hun versie bevat uw wijziging al; de kopie is opgeruimd."
  }
  public var conflictCaseGone: String {
    "Het dossier van deze kopie bestaat niet meer; de kopie blijft bewaard."
  }
  public var problemConflict: String { "conflictkopie" }
}
