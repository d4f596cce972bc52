# The str methods of this issue used together.
text = "  The Quick, Brown Fox; jumps over THE lazy dog.  "
words = [w.strip(",.;").lower() for w in text.split()]
print(words)
print(words.count("the"), text.lower().count("the"), text.find("Fox"), text.index("jumps"))
print(text.strip().startswith("The"), text.strip().endswith("."), text.upper().strip())
print(text.replace("  ", "").replace(",", "").split(" "))
print("-".join(w for w in words if len(w) > 3))
print(text.strip().lstrip("The ").rstrip(". "))
