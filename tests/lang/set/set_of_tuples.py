# Sets of tuples and membership tests used for visited-state tracking.
moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
visited = {(0, 0)}
frontier = [(0, 0)]
steps = 0
while frontier and steps < 3:
    nxt = []
    for x, y in frontier:
        for dx, dy in moves:
            p = (x + dx, y + dy)
            if p not in visited:
                visited |= {p}
                nxt.append(p)
    frontier = nxt
    steps += 1
    print(steps, len(visited), sorted(frontier)[:4])
print(sorted(visited)[:5], (1, 1) in visited, (3, 3) in visited)
