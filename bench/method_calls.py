# Method-call-heavy: particles with small vector methods, stepped in a loop.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, i % 3)

    def step(self, g):
        self.vel = self.vel.add(g)
        self.pos = self.pos.add(self.vel.scale(2))

    def energy(self):
        return self.vel.dot(self.vel)


particles = [Particle(i) for i in range(100)]
gravity = Vec(0, -1)
for _ in range(12000):
    for p in particles:
        p.step(gravity)
print(sum(p.energy() for p in particles), sum(p.pos.x + p.pos.y for p in particles))
