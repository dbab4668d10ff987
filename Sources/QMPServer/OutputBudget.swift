import Synchronization

// The output budget: replies and events queued for clients that do not read
// them, counted across every client. Each client may hold
// `Options.maxQueuedOutputBytes`; all together `Options.maxTotalQueuedOutputBytes`.
// When the total is over budget, the client with the largest backlog that is
// not reading is disconnected, then the next, until the total fits again.

extension QMPServer {
    /// Bytes of replies and events queued for all clients together (those
    /// the sockets have not taken yet).
    public var queuedOutputBytes: Int { queuedOutput.load(ordering: .relaxed) }

    /// A connection's backlog grew or shrank by `delta` bytes (any worker).
    func queuedOutputChanged(by delta: Int) {
        queuedOutput.add(delta, ordering: .relaxed)
    }

    /// Whether the total backlog exceeds the budget.
    var isOverOutputBudget: Bool { queuedOutputBytes > options.maxTotalQueuedOutputBytes }

    /// Over budget: asks the worker holding the largest stalled backlog to
    /// disconnect that client. One eviction is under way at a time; it checks
    /// again when done. Safe from any worker.
    func enforceOutputBudget() {
        guard isOverOutputBudget else { return }
        guard evictionPending.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
        else { return }
        var target: Worker? = nil
        var largest = 0
        for worker in workers {
            let backlog = worker.largestStalledBacklog.load(ordering: .relaxed)
            if backlog > largest {
                largest = backlog
                target = worker
            }
        }
        guard let target else {
            evictionPending.store(false, ordering: .releasing)
            return
        }
        // Always through the loop: the caller may be in the middle of a
        // connection's write, possibly the one to go.
        target.loop.execute { target.evictLargestStalled() }
    }
}

extension Worker {
    /// `connection` has output the socket would not take: it is a candidate
    /// for eviction, and the budget is checked.
    func outputStalled(_ connection: Connection) {
        stalled[connection.fd] = connection
        publishLargestStalledBacklog()
        if server.isOverOutputBudget { server.enforceOutputBudget() }
    }

    /// `connection` wrote everything, or is closing.
    func outputDrained(_ connection: Connection) {
        guard stalled.removeValue(forKey: connection.fd) != nil else { return }
        publishLargestStalledBacklog()
    }

    private func publishLargestStalledBacklog() {
        let largest = stalled.values.map(\.queuedBytes).max() ?? 0
        largestStalledBacklog.store(largest, ordering: .relaxed)
    }

    /// Disconnects this worker's client with the largest backlog if the
    /// server is still over budget, then lets the next check run.
    func evictLargestStalled() {
        if server.isOverOutputBudget, let victim = stalled.values.max(by: { $0.queuedBytes < $1.queuedBytes }) {
            server.log(
                "disconnecting the client with the largest backlog that is not reading: \(victim.queuedBytes) bytes queued for it, \(server.queuedOutputBytes) for all clients (limit \(server.options.maxTotalQueuedOutputBytes), --max-queued-output)")
            connectionClosed(victim)
        } else {
            publishLargestStalledBacklog()
        }
        server.evictionPending.store(false, ordering: .releasing)
        server.enforceOutputBudget()
    }
}
