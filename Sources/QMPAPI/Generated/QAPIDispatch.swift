// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

extension QMPCommandTable {
    /// The table of every command in the schema, each entry decoding its
    /// arguments strictly and calling the module's handler.
    public static func make<H0: ControlCommands, H1: IntrospectCommands, H2: MiscCommands>(
        control: H0, introspect: H1, misc: H2
    ) -> QMPCommandTable<Context> where H0.Context == Context, H1.Context == Context, H2.Context == Context {
        QMPCommandTable(entries: [
            QMPCommandEntry(name: "qmp_capabilities", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let enable: [QMPCapability]? = try QAPIDecoding.optional(arguments, "enable", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["enable"], at: .root)
                try control.qmpCapabilities(enable: enable, context: context)
                return .object(JSONObject())
            },
            QMPCommandEntry(name: "query-version", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                return try control.queryVersion(context: context).qapiJSON
            },
            QMPCommandEntry(name: "query-commands", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                return try control.queryCommands(context: context).qapiJSON
            },
            QMPCommandEntry(name: "quit", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                try control.quit(context: context)
                return .object(JSONObject())
            },
            QMPCommandEntry(name: "query-qmp-schema", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                return try introspect.queryQmpSchema(context: context).qapiJSON
            },
            QMPCommandEntry(name: "x-oob-test", options: QMPCommandOptions(allowOOB: true, unstable: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let lock: Bool = try QAPIDecoding.member(arguments, "lock", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["lock"], at: .root)
                try misc.xOobTest(lock: lock, context: context)
                return .object(JSONObject())
            },
            QMPCommandEntry(name: "getfd", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let fdname: String = try QAPIDecoding.member(arguments, "fdname", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["fdname"], at: .root)
                try misc.getfd(fdname: fdname, context: context)
                return .object(JSONObject())
            },
            QMPCommandEntry(name: "closefd", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let fdname: String = try QAPIDecoding.member(arguments, "fdname", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["fdname"], at: .root)
                try misc.closefd(fdname: fdname, context: context)
                return .object(JSONObject())
            },
            QMPCommandEntry(name: "add-fd", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let fdsetId: Int64? = try QAPIDecoding.optional(arguments, "fdset-id", at: .root)
                let opaque: String? = try QAPIDecoding.optional(arguments, "opaque", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["fdset-id", "opaque"], at: .root)
                return try misc.addFd(fdsetId: fdsetId, opaque: opaque, context: context).qapiJSON
            },
            QMPCommandEntry(name: "remove-fd", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                let fdsetId: Int64 = try QAPIDecoding.member(arguments, "fdset-id", at: .root)
                let fd: Int64? = try QAPIDecoding.optional(arguments, "fd", at: .root)
                try QAPIDecoding.rejectUnexpected(arguments, known: ["fdset-id", "fd"], at: .root)
                try misc.removeFd(fdsetId: fdsetId, fd: fd, context: context)
                return .object(JSONObject())
            },
            QMPCommandEntry(name: "query-fdsets", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                return try misc.queryFdsets(context: context).qapiJSON
            },
        ])
    }
}
