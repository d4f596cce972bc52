# Dict equality ignores order; dicts can nest and refer to themselves.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, list(a) == list(b))
print({1: [1, 2]} == {1: [1, 2]}, {1: 1} == {1: 1.0}, {1: 1} == {1: 2})
n = {"inner": {"list": [1, {"k": "v"}]}}
print(n["inner"]["list"][1]["k"])
s = {}
s["self"] = s
print(s)
graph = {"a": ["b", "c"], "b": ["c"], "c": []}
def reach(node, seen):
    if node not in seen:
        seen[node] = True
        for nxt in graph[node]:
            reach(nxt, seen)
    return seen
print(list(reach("a", {})))
