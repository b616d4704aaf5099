import CasusCore
import CasusStore
import Foundation
import Testing

@Suite("The store's settings file")
struct SettingsTests {
  @Test("a store without settings.json has empty settings, and saved settings read back")
  func roundTrip() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      #expect(try store.loadSettings() == StoreSettings())
      try store.saveSettings(StoreSettings(matrix: "zrm-2017"))
      #expect(try store.loadSettings().matrix == "zrm-2017")
    }
  }

  @Test("keys from a newer Casus are kept when an older one saves")
  func keepsUnknownKeys() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let url = root.appendingPathComponent("settings.json")
      try Data(#"{"matrix": "zrm-2013", "future": {"a": [1, 2]}}"#.utf8).write(to: url)
      var settings = try store.loadSettings()
      settings.matrix = "haarlemmermeer-5"
      try store.saveSettings(settings)
      let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
      #expect(object?["matrix"] as? String == "haarlemmermeer-5")
      #expect((object?["future"] as? [String: Any])?["a"] as? [Int] == [1, 2])
    }
  }

  @Test("a damaged settings file is an error naming the file, and is left as it was")
  func damagedFile() throws {
    try withTemporaryDirectory { root in
      let store = try CaseStore(root: root)
      let url = root.appendingPathComponent("settings.json")
      try Data("{ kapot".utf8).write(to: url)
      let error = #expect(throws: StoreError.self) { try store.loadSettings() }
      #expect(error?.description.contains("settings.json") == true)
      #expect(try Data(contentsOf: url) == Data("{ kapot".utf8))
    }
  }
}
