# A KeyError subclass keeps KeyError's repr-style message when uncaught.
class MissingSetting(KeyError):
    pass


settings = {}
print(str(MissingSetting("name")))
raise MissingSetting("name")
