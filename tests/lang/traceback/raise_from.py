# An explicit cause: both tracebacks are printed, the cause first.
# corpus: full-stderr
class ConfigError(Exception):
    pass

def read(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e

print(read({"a": 1}, "a"))
read({"a": 1}, "b")
