/// Fictional names for synthetic households: Dutch, and names in other scripts so that list
/// widths, filters and sorting are exercised the way a real caseload would.
enum SyntheticNames {
  static let given = [
    "Anna", "Jan", "Fatima", "Mohammed", "Sanne", "Pieter", "Ayşe", "Mehmet", "Linh", "Thanh",
    "Yonas", "Selam", "Marjan", "Kees", "Noor", "Daan", "Zoë", "Joëlle", "Stefan", "Agnieszka",
    "Priya", "Kofi", "Esther", "Bram", "Ilse", "Youssef", "Hamza", "Lotte", "Ruud", "Chantal",
    "محمد", "فاطمة", "ትግርኛ", "ሰላም", "Nguyễn", "Trần", "山田", "Olumide", "Wendy", "Gerrit",
  ]
  static let family = [
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Jong", "van den Berg",
    "Öztürk", "Yılmaz", "El Amrani", "Bouzid", "Nguyễn", "Trần", "Tesfaye", "Haile",
    "Kowalski", "Nowak", "Brouwer", "Dijkstra", "van Velzen", "Mulder", "Kramer", "Peters",
    "العلي", "بن علي", "ተስፋይ", "ገብረ", "Đặng", "Phạm", "Ramdin", "Sewnath", "Boateng",
  ]
  static let questions = [
    "Ik red het niet meer alleen met de boodschappen.",
    "We hebben schulden en de brieven stapelen zich op.",
    "Mijn moeder vereenzaamt sinds mijn vader is overleden.",
    "Onze zoon gaat niet meer naar school.",
    "Ik wil graag hulp bij één ding: de administratie.",
    "De huur is al drie maanden niet betaald.",
    "Mijn partner drinkt en het gaat thuis niet goed.",
    "Na het ziekenhuis kom ik de trap niet meer op.",
    "Ik zoek werk maar weet niet waar ik moet beginnen.",
    "De kinderen en ik moeten het huis uit.",
  ]
  static let notes = [
    "Mevrouw vertelt dat het de laatste maanden zwaarder is geworden.",
    "Er is contact met de buurvrouw, die af en toe helpt.",
    "De inwoner wil zelf de regie houden en vraagt alleen een steuntje.",
    "Zoon woont in het buitenland en belt één keer per week.",
    "Er liggen ongeopende brieven van de deurwaarder.",
    "Meneer durft niet goed om hulp te vragen.",
    "Wat gaat goed: de kinderen gaan graag naar de sportclub.",
  ]
  static let organisations = [
    "Wijkteam Noord", "Schuldhulp", "GGZ Kompas", "Woningcorporatie Eigen Haard (fictief)",
    "Jeugdhulp De Brug", "Huisarts", "Wijkagent", "Leerplicht", "Thuiszorg Zo", "Reclassering",
    "Maatschappelijk werk", "Budgetbeheer", "CJG-coach", "Dagbesteding De Linde",
  ]
}
