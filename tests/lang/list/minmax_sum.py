# Aggregates over lists.
nums = [4, -2, 17, 0, 9, -11]
print(min(nums), max(nums), sum(nums), len(nums))
print(min(nums, key=abs), max(nums, key=abs))
print(sum([]), sum([1.5, 2.5]), sum([[1], [2, 3]], []))
print(max(["apple", "fig", "banana"], key=len), min("zebra", "apple"))
print(max(3, 7, 5), min(3.5, 2, 8))
print(sorted(nums)[len(nums) // 2])
