// Generated from Tests/Fixtures/qapi/good/all-features.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// Every event of the schema, numbered in schema order as QEMU's `QAPIEvent`
/// enum numbers them (the number the `monitor_protocol_event_*` trace events show).
public enum QAPIEventIndex {
    /// Event names in schema order.
    public static let names: [String] = ["HEARTBEAT", "COLOR_CHANGED", "RECORD_CHANGED", "RECORD_ADDED", "EXTRA_ADDED"]

    /// The number of event `name`, if the schema has it.
    public static func index(of name: String) -> UInt32? {
        names.firstIndex(of: name).map { UInt32($0) }
    }
}

extension QMPCommandTable {
    /// The table of every command in the schema, each entry decoding its
    /// arguments strictly and calling the module's handler.
    public static func make<H0: AllFeaturesCommands, H1: SubExtraCommands>(
        allFeatures allFeaturesHandlers: H0, subExtra subExtraHandlers: H1
    ) -> QMPCommandTable<Context> where H0.Context == Context, H1.Context == Context {
        QMPCommandTable(entries: [
            QMPCommandEntry(name: "ping", options: QMPCommandOptions(allowOOB: true, allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                try allFeaturesHandlers.ping(context: context)
                return .object(JSONObject())
            },
            QMPCommandEntry(name: "set-options", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let `in`: String = try QAPIDecoding.member(arguments, "in", at: .root)
                let `case`: Int64 = try QAPIDecoding.member(arguments, "case", at: .root)
                let `default`: Color? = try QAPIDecoding.optional(arguments, "default", at: .root)
                let values: [Value]? = try QAPIDecoding.optional(arguments, "values", at: .root)
                let extra: JSONValue? = try QAPIDecoding.optional(arguments, "extra", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["in", "case", "default", "values", "extra"], at: .root)
                try allFeaturesHandlers.setOptions(in: `in`, case: `case`, default: `default`, values: values, extra: extra, context: context)
                return .object(JSONObject())
            },
            QMPCommandEntry(name: "describe-record", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let args = try DetailedRecord(qapi: .object(arguments), at: .root)
                return try allFeaturesHandlers.describeRecord(id: args.id, note: args.note, colors: args.colors, children: args.children, default: args.default, case: args.case, longMemberName: args.longMemberName, oldField: args.oldField, linuxOnly: args.linuxOnly, context: context).qapiJSON
            },
            QMPCommandEntry(name: "draw", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let args = try Shape(qapi: .object(arguments), at: .root)
                return try allFeaturesHandlers.draw(args, context: context).qapiJSON
            },
            QMPCommandEntry(name: "list-records", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let filter: String? = try QAPIDecoding.optional(arguments, "filter", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["filter"], at: .root)
                return try allFeaturesHandlers.listRecords(filter: filter, context: context).qapiJSON
            },
            QMPCommandEntry(name: "check-builtins", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let builtins: Builtins = try QAPIDecoding.member(arguments, "builtins", at: .root)
                let legacy: LegacyRecord? = try QAPIDecoding.optional(arguments, "legacy", at: .root)
                let empty: Empty? = try QAPIDecoding.optional(arguments, "empty", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["builtins", "legacy", "empty"], at: .root)
                return try allFeaturesHandlers.checkBuiltins(builtins: builtins, legacy: legacy, empty: empty, context: context).qapiJSON
            },
            QMPCommandEntry(name: "query-counter", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                return try allFeaturesHandlers.queryCounter(context: context).qapiJSON
            },
            QMPCommandEntry(name: "echo", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let value: JSONValue = try QAPIDecoding.member(arguments, "value", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["value"], at: .root)
                return try allFeaturesHandlers.echo(value: value, context: context).qapiJSON
            },
            QMPCommandEntry(name: "legacy_reset", options: QMPCommandOptions(allowPreconfig: true, deprecated: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                try allFeaturesHandlers.legacyReset(context: context)
                return .object(JSONObject())
            },
            QMPCommandEntry(name: "x-frobnicate", options: QMPCommandOptions(unstable: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let level: ColorOrLevel = try QAPIDecoding.member(arguments, "level", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["level"], at: .root)
                try allFeaturesHandlers.xFrobnicate(level: level, context: context)
                return .object(JSONObject())
            },
            QMPCommandEntry(name: "legacy-add", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                return try allFeaturesHandlers.legacyAdd(arguments: arguments, context: context)
            },
            QMPCommandEntry(name: "add-device", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let args = try Device(qapi: .object(arguments), at: .root)
                try subExtraHandlers.addDevice(args, context: context)
                return .object(JSONObject())
            },
            QMPCommandEntry(name: "query-extra", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let color: Color? = try QAPIDecoding.optional(arguments, "color", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["color"], at: .root)
                return try subExtraHandlers.queryExtra(color: color, context: context).qapiJSON
            },
            QMPCommandEntry(name: "update-extra", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let args = try ExtraInfo(qapi: .object(arguments), at: .root)
                try subExtraHandlers.updateExtra(args, context: context)
                return .object(JSONObject())
            },
        ])
    }
}
