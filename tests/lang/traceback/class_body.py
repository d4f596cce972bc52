# An error while a class body runs.
# corpus: full-stderr
class Settings:
    defaults = {"level": 1}
    level = defaults["level"]
    verbose = defaults["verbose"]

print(Settings.level)
