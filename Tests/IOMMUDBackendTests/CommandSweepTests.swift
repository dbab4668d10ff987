@testable import IOMMUDBackend
import JSON
import Testing

/// Every command of the daemon is all-or-nothing, proved by a fault sweep
/// generated from the daemon's own command table.
///
/// The commands come from `query-commands` on a fresh daemon, so a new
/// command fails ``everyCommandHasAScenario()`` until the table below has a
/// scenario for it. Each scenario brings a fresh daemon to where its
/// command can succeed, then fails the command's kernel and system calls
/// one at a time with the simulated kernel's fault injection
/// (``FaultSweep``): each failure must carry the injected errno and leave
/// the kernel, iommud's model, the named descriptors and the fd sets
/// exactly as before; once the command runs without reaching the injected
/// failure, it must have been failed by exactly the number of calls the
/// table states, each of which a comment beside it names.
///
/// The scenarios are split by area: ``iommufdScenarios``
/// (`CommandSweepTests+IOMMUFD.swift`), ``vfioScenarios``
/// (`CommandSweepTests+VFIO.swift`), ``deviceScenarios``
/// (`CommandSweepTests+Device.swift`, with `+VIOMMU.swift`'s device_add
/// scenarios), ``viommuScenarios`` (`CommandSweepTests+VIOMMU.swift`) and
/// ``monitorScenarios``
/// (`CommandSweepTests+Monitor.swift`: monitor, descriptors, QOM, objects,
/// tracing and the simulation's hooks).
@Suite struct CommandSweepTests {
    /// The areas' tables.
    static let areas: [[String: [Scenario]]] = [
        iommufdScenarios, vfioScenarios, deviceScenarios, monitorScenarios, viommuScenarios,
    ]

    /// Every scenario, keyed by its command.
    static let table: [String: [Scenario]] = areas.reduce(into: [:]) { table, area in
        table.merge(area) { first, second in first + second }
    }

    /// Every scenario with its command filled in, in command order.
    static let scenarios: [Scenario] = table.keys.sorted().flatMap { name in
        (table[name] ?? []).map { scenario in
            var named = scenario
            named.command = name
            return named
        }
    }

    /// The names `query-commands` lists on a fresh daemon.
    static func daemonCommands() -> [String] {
        Daemon().ok("query-commands")?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
    }

    @Test func everyCommandHasAScenario() {
        let commands = Self.daemonCommands()
        #expect(commands.count >= 44, "query-commands lists \(commands.count) commands")
        for name in commands where (Self.table[name] ?? []).isEmpty {
            Issue.record("command '\(name)' has no scenario in the fault sweep: add one to CommandSweepTests' table")
        }
        for name in Self.table.keys where !commands.contains(name) {
            Issue.record("the fault sweep's table names '\(name)', which is not a command of the daemon")
        }
        let areas = Self.areas.flatMap(\.keys)
        #expect(areas.count == Set(areas).count, "a command is in more than one area's table")
    }

    /// The command table is the schema's: every command `query-qmp-schema`
    /// describes (generated from schema/*.json) is in `query-commands`, and
    /// nothing else.
    @Test func theCommandTableIsTheSchemas() {
        let d = Daemon()
        let schema = d.ok("query-qmp-schema")?.arrayValue?
            .filter { $0["meta-type"] == "command" }.compactMap { $0["name"]?.stringValue } ?? []
        #expect(Set(Self.daemonCommands()) == Set(schema))
        #expect(schema.count == Set(schema).count)
    }

    @Test(arguments: scenarios)
    func failingAnyCallChangesNothing(_ scenario: Scenario) {
        FaultSweep.run(scenario)
    }
}
