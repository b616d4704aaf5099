print("casus: under construction")
