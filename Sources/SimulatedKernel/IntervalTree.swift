/// An inclusive interval `start...last` of 64-bit addresses (the kernel's
/// `interval_tree_node` bounds). `last` is inclusive so the whole space,
/// `0...UInt64.max`, is representable.
struct Interval: Hashable, Sendable, CustomStringConvertible {
    var start: UInt64
    var last: UInt64

    init(start: UInt64, last: UInt64) {
        self.start = start
        self.last = last
    }

    /// Whether the two intervals share at least one address.
    func intersects(_ other: Interval) -> Bool { start <= other.last && other.start <= last }

    var description: String { "[0x\(String(start, radix: 16)), 0x\(String(last, radix: 16))]" }
}

/// A balanced interval tree: intervals (which may overlap) with a value each,
/// ordered by start address, answering "which intervals intersect X" and
/// "where is the next gap of at least N addresses" in O(log n).
///
/// It stands in for the kernel's augmented red-black `interval_tree` and
/// `interval_tree_span_iter`. The tree itself is an AVL tree in an arena
/// (``IntervalIndex``); the values live in a parallel array so the balancing
/// code is not generic (which keeps debug builds fast).
///
/// The gap queries (``firstGap(startingAtOrAfter:minimumSize:)``) are
/// meaningful only while the intervals are pairwise disjoint, as an IOAS's
/// areas and allowed ranges are. Overlap queries work for any set (reserved
/// ranges may overlap).
struct IntervalTree<Value> {
    /// Identifies one stored interval until it is removed; removed handles are
    /// reused.
    typealias Handle = Int

    private var index = IntervalIndex()
    private var values: [Value?] = []
    /// The caller keeps the intervals pairwise disjoint (an IOAS's areas), so
    /// an intersection search can follow one path by start address.
    let isDisjoint: Bool

    /// Copy-on-write: the index is a class shared by copies of the tree.
    private mutating func uniqueIndex() -> IntervalIndex {
        if !isKnownUniquelyReferenced(&index) { index = index.copy() }
        return index
    }

    /// An empty tree. `disjoint`: the caller promises never to store two
    /// intervals that share an address, which makes intersection searches
    /// touch one node per level instead of up to two.
    init(disjoint: Bool = false) { isDisjoint = disjoint }

    /// Number of stored intervals.
    var count: Int { index.count }
    var isEmpty: Bool { index.count == 0 }

    /// Adds an interval (`start <= last`); returns its handle.
    @discardableResult
    mutating func insert(_ interval: Interval, _ value: Value) -> Handle {
        let handle = uniqueIndex().insert(interval)
        if handle == values.count {
            values.append(value)
        } else {
            values[handle] = value
        }
        return handle
    }

    /// Removes a stored interval and returns its value.
    @discardableResult
    mutating func remove(_ handle: Handle) -> Value? {
        uniqueIndex().remove(handle)
        let value = values[handle]
        values[handle] = nil
        return value
    }

    /// Removes everything.
    mutating func removeAll() {
        index = IntervalIndex()
        values = []
    }

    /// The bounds of a stored interval.
    func interval(_ handle: Handle) -> Interval { index.interval(handle) }

    /// The value of a stored interval.
    func value(_ handle: Handle) -> Value? { values[handle] }

    /// Replaces the value of a stored interval (its bounds stay).
    mutating func setValue(_ value: Value, for handle: Handle) { values[handle] = value }

    /// The intersecting interval with the lowest start (ties: the oldest
    /// handle), like the kernel's `interval_tree_iter_first`.
    func firstIntersecting(_ range: Interval) -> Handle? {
        isDisjoint ? index.firstIntersectingDisjoint(range) : index.firstIntersecting(range)
    }

    /// Calls `body` for every interval intersecting `range`, in start order,
    /// until it returns false. The tree must not change meanwhile.
    func forEachIntersecting(_ range: Interval, _ body: (Handle) -> Bool) {
        index.forEachIntersecting(range, body)
    }

    /// Every stored interval in start order.
    var handles: [Handle] {
        var result: [Handle] = []
        result.reserveCapacity(count)
        forEachIntersecting(Interval(start: 0, last: .max)) { result.append($0); return true }
        return result
    }

    /// The holes of the union of the stored intervals within `window`, in
    /// ascending order (the kernel's `interval_tree_for_each_span` holes:
    /// overlapping and adjacent intervals merge). O(k log n) for k
    /// intersecting intervals.
    func holes(in window: Interval) -> [Interval] {
        var holes: [Interval] = []
        var cursor = window.start
        var done = false
        forEachIntersecting(window) { handle in
            let used = interval(handle)
            if used.start > cursor { holes.append(Interval(start: cursor, last: used.start - 1)) }
            if used.last >= window.last {
                done = true
                return false
            }
            cursor = max(cursor, used.last + 1)
            return true
        }
        if !done { holes.append(Interval(start: cursor, last: window.last)) }
        return holes
    }

    /// The lowest gap between two consecutive stored intervals that starts at
    /// or after `address` and spans at least `minimumSize` addresses; the
    /// space before the first and after the last interval does not count.
    /// Only for disjoint intervals.
    func firstGap(startingAtOrAfter address: UInt64, minimumSize: UInt64) -> Interval? {
        index.firstGap(startingAtOrAfter: address, minimumSize: minimumSize)
    }

    /// The highest `last` of any stored interval.
    var maxLast: UInt64? { index.maxLast }

    /// A broken AVL or augmentation invariant, described (for tests).
    func invariantViolation() -> String? { index.invariantViolation() }
}

/// The value-free core of ``IntervalTree``: an AVL tree over an arena of
/// nodes ordered by (start, handle), each node augmented with its subtree's
/// lowest start, highest last and largest gap between consecutive intervals.
///
/// The arena is raw memory rather than an `Array`, so that a debug build
/// (no specialisation, no inlining) does not pay a retain and release per
/// node visited; ``IntervalTree`` copies it before writing when shared.
final class IntervalIndex {
    private struct Node {
        var start: UInt64
        var last: UInt64
        var left: Int = IntervalIndex.none
        var right: Int = IntervalIndex.none
        var height: Int = 1
        /// Lowest start in the subtree (its leftmost node's).
        var minStart: UInt64
        /// Highest last in the subtree.
        var maxLast: UInt64
        /// Largest number of free addresses between two in-order neighbours
        /// of the subtree (valid for disjoint intervals).
        var maxGap: UInt64 = 0
    }

    private static let none = -1
    /// Slots `0..<used` are initialized (live or on the free list).
    private var nodes: UnsafeMutablePointer<Node>
    private var capacity: Int
    private var used = 0
    private var freeSlots: [Int] = []
    private var root = IntervalIndex.none
    private(set) var count = 0

    init() {
        capacity = 16
        nodes = .allocate(capacity: capacity)
    }

    deinit {
        nodes.deinitialize(count: used)
        nodes.deallocate()
    }

    /// An independent copy (for copy-on-write).
    func copy() -> IntervalIndex {
        let other = IntervalIndex()
        other.nodes.deallocate()
        other.nodes = .allocate(capacity: capacity)
        other.nodes.initialize(from: nodes, count: used)
        other.capacity = capacity
        other.used = used
        other.freeSlots = freeSlots
        other.root = root
        other.count = count
        return other
    }

    // MARK: Updates
    //
    // The algorithms are static and take the arena's base address, so a
    // debug build checks no exclusive access per node visited.

    private typealias Nodes = UnsafeMutablePointer<Node>

    func insert(_ interval: Interval) -> Int {
        let node = Node(start: interval.start, last: interval.last, minStart: interval.start, maxLast: interval.last)
        let handle: Int
        if let slot = freeSlots.popLast() {
            nodes[slot] = node
            handle = slot
        } else {
            if used == capacity {
                let grown = Nodes.allocate(capacity: capacity * 2)
                grown.moveInitialize(from: nodes, count: used)
                nodes.deallocate()
                nodes = grown
                capacity *= 2
            }
            (nodes + used).initialize(to: node)
            handle = used
            used += 1
        }
        root = Self.insert(handle, into: root, nodes)
        count += 1
        return handle
    }

    func remove(_ handle: Int) {
        root = Self.remove(handle, from: root, nodes)
        freeSlots.append(handle)
        count -= 1
    }

    func interval(_ handle: Int) -> Interval { Interval(start: nodes[handle].start, last: nodes[handle].last) }

    var maxLast: UInt64? { root == Self.none ? nil : nodes[root].maxLast }

    private static func precedes(_ a: Int, _ b: Int, _ n: Nodes) -> Bool {
        n[a].start < n[b].start || (n[a].start == n[b].start && a < b)
    }

    private static func insert(_ handle: Int, into subtree: Int, _ n: Nodes) -> Int {
        guard subtree != none else { return handle }
        if precedes(handle, subtree, n) {
            n[subtree].left = insert(handle, into: n[subtree].left, n)
        } else {
            n[subtree].right = insert(handle, into: n[subtree].right, n)
        }
        return rebalance(subtree, n)
    }

    private static func remove(_ handle: Int, from subtree: Int, _ n: Nodes) -> Int {
        guard subtree != none else { return none }
        if subtree == handle {
            let left = n[subtree].left, right = n[subtree].right
            if left == none { return right }
            if right == none { return left }
            var successor = none
            let newRight = removeMinimum(right, into: &successor, n)
            n[successor].left = left
            n[successor].right = newRight
            return rebalance(successor, n)
        }
        if precedes(handle, subtree, n) {
            n[subtree].left = remove(handle, from: n[subtree].left, n)
        } else {
            n[subtree].right = remove(handle, from: n[subtree].right, n)
        }
        return rebalance(subtree, n)
    }

    private static func removeMinimum(_ subtree: Int, into minimum: inout Int, _ n: Nodes) -> Int {
        let left = n[subtree].left
        if left == none {
            minimum = subtree
            return n[subtree].right
        }
        n[subtree].left = removeMinimum(left, into: &minimum, n)
        return rebalance(subtree, n)
    }

    private static func height(_ node: Int, _ n: Nodes) -> Int { node == none ? 0 : n[node].height }

    /// Free addresses strictly between `last` and `start`.
    private static func gap(after last: UInt64, before start: UInt64) -> UInt64 {
        start > last ? start - last - 1 : 0
    }

    private static func update(_ node: Int, _ n: Nodes) {
        // Written without the generic `max` and helper calls: this runs twice
        // per level of every update, and a debug build calls them unspecialised.
        let left = n[node].left, right = n[node].right
        var minStart = n[node].start, maxLast = n[node].last, maxGap: UInt64 = 0, height = 0
        if left != none {
            let leftLast = n[left].maxLast, start = n[node].start
            minStart = n[left].minStart
            if leftLast > maxLast { maxLast = leftLast }
            maxGap = n[left].maxGap
            if start > leftLast, start - leftLast - 1 > maxGap { maxGap = start - leftLast - 1 }
            height = n[left].height
        }
        if right != none {
            let rightLast = n[right].maxLast, rightStart = n[right].minStart, last = n[node].last
            if rightLast > maxLast { maxLast = rightLast }
            if n[right].maxGap > maxGap { maxGap = n[right].maxGap }
            if rightStart > last, rightStart - last - 1 > maxGap { maxGap = rightStart - last - 1 }
            if n[right].height > height { height = n[right].height }
        }
        n[node].height = height + 1
        n[node].minStart = minStart
        n[node].maxLast = maxLast
        n[node].maxGap = maxGap
    }

    private static func rotateRight(_ node: Int, _ n: Nodes) -> Int {
        let pivot = n[node].left
        n[node].left = n[pivot].right
        n[pivot].right = node
        update(node, n)
        update(pivot, n)
        return pivot
    }

    private static func rotateLeft(_ node: Int, _ n: Nodes) -> Int {
        let pivot = n[node].right
        n[node].right = n[pivot].left
        n[pivot].left = node
        update(node, n)
        update(pivot, n)
        return pivot
    }

    private static func rebalance(_ node: Int, _ n: Nodes) -> Int {
        update(node, n)
        let left = n[node].left, right = n[node].right
        let leftHeight = left == none ? 0 : n[left].height, rightHeight = right == none ? 0 : n[right].height
        if leftHeight > rightHeight + 1 {
            if height(n[left].left, n) < height(n[left].right, n) { n[node].left = rotateLeft(left, n) }
            return rotateRight(node, n)
        }
        if rightHeight > leftHeight + 1 {
            if height(n[right].right, n) < height(n[right].left, n) { n[node].right = rotateRight(right, n) }
            return rotateLeft(node, n)
        }
        return node
    }

    // MARK: Queries

    func firstIntersecting(_ range: Interval) -> Int? {
        let found = Self.firstIntersecting(range, in: root, nodes)
        return found == Self.none ? nil : found
    }

    private static func firstIntersecting(_ range: Interval, in subtree: Int, _ n: Nodes) -> Int {
        guard subtree != none, n[subtree].maxLast >= range.start else { return none }
        let inLeft = firstIntersecting(range, in: n[subtree].left, n)
        if inLeft != none { return inLeft }
        if n[subtree].start > range.last { return none }
        if n[subtree].last >= range.start { return subtree }
        return firstIntersecting(range, in: n[subtree].right, n)
    }

    /// ``firstIntersecting(_:)`` for pairwise disjoint intervals, without
    /// looking at a child's augmentation: the stored interval with the
    /// greatest start at or below `range.start` is the answer if it reaches
    /// `range.start`; otherwise the one with the least start above it, if
    /// that starts within `range`. One descent finds both.
    func firstIntersectingDisjoint(_ range: Interval) -> Int? {
        let n = nodes
        var node = root, below = Self.none, above = Self.none
        while node != Self.none {
            if n[node].start <= range.start {
                below = node
                node = n[node].right
            } else {
                above = node
                node = n[node].left
            }
        }
        if below != Self.none, n[below].last >= range.start { return below }
        if above != Self.none, n[above].start <= range.last { return above }
        return nil
    }

    func forEachIntersecting(_ range: Interval, _ body: (Int) -> Bool) {
        _ = Self.visit(range, root, nodes, body)
    }

    /// In-order walk of the intersecting nodes; false once `body` stopped it.
    private static func visit(_ range: Interval, _ subtree: Int, _ n: Nodes, _ body: (Int) -> Bool) -> Bool {
        guard subtree != none, n[subtree].maxLast >= range.start else { return true }
        guard visit(range, n[subtree].left, n, body) else { return false }
        if n[subtree].start > range.last { return false }
        if n[subtree].last >= range.start, !body(subtree) { return false }
        return visit(range, n[subtree].right, n, body)
    }

    func firstGap(startingAtOrAfter address: UInt64, minimumSize: UInt64) -> Interval? {
        Self.firstGap(in: root, predecessorLast: nil, from: address, size: minimumSize, nodes)
    }

    /// Searches the subtree's inner gaps and the gap between its leftmost
    /// interval and the predecessor ending at `predecessorLast`.
    private static func firstGap(in subtree: Int, predecessorLast: UInt64?, from: UInt64, size: UInt64,
                                 _ n: Nodes) -> Interval? {
        guard subtree != none else { return nil }
        // Every gap here starts at or before maxLast (after it only the space
        // past the end, which is not an inner gap).
        if n[subtree].maxLast < from { return nil }
        let boundaryFits = predecessorLast.map { gap(after: $0, before: n[subtree].minStart) >= size } ?? false
        if n[subtree].maxGap < size, !boundaryFits { return nil }
        let left = n[subtree].left
        if let found = firstGap(in: left, predecessorLast: predecessorLast, from: from, size: size, n) {
            return found
        }
        let start = n[subtree].start
        let before = left != none ? n[left].maxLast : predecessorLast
        if let before, start > before, start - before > 1, from == 0 || before >= from - 1,
            gap(after: before, before: start) >= size
        {
            return Interval(start: before + 1, last: start - 1)
        }
        return firstGap(in: n[subtree].right, predecessorLast: n[subtree].last, from: from, size: size, n)
    }

    /// Checks the AVL and augmentation invariants (for tests); returns a
    /// description of the first violation.
    func invariantViolation() -> String? {
        var problem: String?
        let n = nodes
        func check(_ node: Int) -> (height: Int, minStart: UInt64, maxLast: UInt64)? {
            guard node != Self.none else { return nil }
            let l = check(n[node].left), r = check(n[node].right)
            let h = 1 + max(l?.height ?? 0, r?.height ?? 0)
            if abs((l?.height ?? 0) - (r?.height ?? 0)) > 1 { problem = problem ?? "unbalanced at \(node)" }
            if h != n[node].height { problem = problem ?? "height of \(node)" }
            if n[node].left != Self.none, !Self.precedes(n[node].left, node, n) { problem = problem ?? "order at \(node)" }
            if n[node].right != Self.none, !Self.precedes(node, n[node].right, n) { problem = problem ?? "order at \(node)" }
            let minStart = l?.minStart ?? n[node].start
            let maxLast = max(n[node].last, l?.maxLast ?? 0, r?.maxLast ?? 0)
            if minStart != n[node].minStart || maxLast != n[node].maxLast { problem = problem ?? "augmentation at \(node)" }
            return (h, minStart, maxLast)
        }
        _ = check(root)
        return problem
    }
}
