/// The clock file as written, with every value optional and untyped, so that validation can
/// name the clock and the field that is wrong instead of a JSON coding path.
struct LegalClockDocument: Decodable {
  var id: String?
  var version: Int?
  var clocks: [Clock]?

  /// One clock entry before validation.
  struct Clock: Decodable {
    var id: String?
    var law: String?
    var label: Label?
    var article: String?
    var start: String?
    var stop: String?
    var duration: Duration?
    var kind: String?
    var extendsToWorkingDay: Bool?
  }

  /// A label entry before validation.
  struct Label: Decodable {
    var nl: String?
    var en: String?
  }

  /// A duration entry before validation; exactly one of the two must be present.
  struct Duration: Decodable {
    var weeks: Int?
    var days: Int?
  }
}
