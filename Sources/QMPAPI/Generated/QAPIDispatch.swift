// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime
import Tracing

/// Every event of the schema, numbered in schema order as QEMU's `QAPIEvent`
/// enum numbers them (the number the `monitor_protocol_event_*` trace events show).
public enum QAPIEventIndex {
    /// Event names in schema order.
    public static let names: [String] = ["SHUTDOWN", "DEVICE_DELETED"]

    /// The number of event `name`, if the schema has it.
    public static func index(of name: String) -> UInt32? {
        names.firstIndex(of: name).map { UInt32($0) }
    }
}

extension QMPCommandTable {
    /// The table of every command in the schema, each entry decoding its
    /// arguments strictly and calling the module's handler.
    public static func make<H0: ControlCommands, H1: IntrospectCommands, H2: RunStateCommands, H3: MiscCommands, H4: QomCommands, H5: IommufdCommands, H6: VfioCommands, H7: DeviceCommands, H8: ViommuCommands, H9: MigrationCommands, H10: SimCommands, H11: TraceCommands>(
        control controlHandlers: H0, introspect introspectHandlers: H1, runState runStateHandlers: H2, misc miscHandlers: H3, qom qomHandlers: H4, iommufd iommufdHandlers: H5, vfio vfioHandlers: H6, device deviceHandlers: H7, viommu viommuHandlers: H8, migration migrationHandlers: H9, sim simHandlers: H10, trace traceHandlers: H11
    ) -> QMPCommandTable<Context> where H0.Context == Context, H1.Context == Context, H2.Context == Context, H3.Context == Context, H4.Context == Context, H5.Context == Context, H6.Context == Context, H7.Context == Context, H8.Context == Context, H9.Context == Context, H10.Context == Context, H11.Context == Context {
        QMPCommandTable(entries: [
            QMPCommandEntry(name: "qmp_capabilities", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_qmp_capabilities(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let enable: [QMPCapability]? = try QAPIDecoding.optional(arguments, "enable", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["enable"], at: .root)
                        try controlHandlers.qmpCapabilities(enable: enable, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_qmp_capabilities(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_qmp_capabilities(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-version", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_version(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        return try controlHandlers.queryVersion(context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_version(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_version(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-commands", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_commands(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        return try controlHandlers.queryCommands(context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_commands(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_commands(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "quit", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_quit(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        try controlHandlers.quit(context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_quit(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_quit(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-qmp-schema", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_qmp_schema(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        return try introspectHandlers.queryQmpSchema(context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_qmp_schema(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_qmp_schema(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-status", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_status(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        return try runStateHandlers.queryStatus(context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_status(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_status(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "x-exit-preconfig", options: QMPCommandOptions(allowPreconfig: true, unstable: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_x_exit_preconfig(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        try runStateHandlers.xExitPreconfig(context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_x_exit_preconfig(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_x_exit_preconfig(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-state-journal", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_state_journal(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        return try runStateHandlers.queryStateJournal(context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_state_journal(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_state_journal(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "x-oob-test", options: QMPCommandOptions(allowOOB: true, unstable: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_x_oob_test(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let lock: Bool = try QAPIDecoding.member(arguments, "lock", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["lock"], at: .root)
                        try miscHandlers.xOobTest(lock: lock, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_x_oob_test(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_x_oob_test(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "getfd", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_getfd(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let fdname: String = try QAPIDecoding.member(arguments, "fdname", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["fdname"], at: .root)
                        try miscHandlers.getfd(fdname: fdname, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_getfd(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_getfd(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "closefd", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_closefd(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let fdname: String = try QAPIDecoding.member(arguments, "fdname", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["fdname"], at: .root)
                        try miscHandlers.closefd(fdname: fdname, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_closefd(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_closefd(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "add-fd", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_add_fd(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let fdsetId: Int64? = try QAPIDecoding.optional(arguments, "fdset-id", at: .root)
                        let opaque: String? = try QAPIDecoding.optional(arguments, "opaque", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["fdset-id", "opaque"], at: .root)
                        return try miscHandlers.addFd(fdsetId: fdsetId, opaque: opaque, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_add_fd(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_add_fd(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "remove-fd", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_remove_fd(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let fdsetId: Int64 = try QAPIDecoding.member(arguments, "fdset-id", at: .root)
                        let fd: Int64? = try QAPIDecoding.optional(arguments, "fd", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["fdset-id", "fd"], at: .root)
                        try miscHandlers.removeFd(fdsetId: fdsetId, fd: fd, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_remove_fd(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_remove_fd(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-fdsets", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_fdsets(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        return try miscHandlers.queryFdsets(context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_fdsets(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_fdsets(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "qom-list", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_qom_list(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let path: String = try QAPIDecoding.member(arguments, "path", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["path"], at: .root)
                        return try qomHandlers.qomList(path: path, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_qom_list(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_qom_list(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "qom-get", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_qom_get(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let path: String = try QAPIDecoding.member(arguments, "path", at: .root)
                        let property: String = try QAPIDecoding.member(arguments, "property", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["path", "property"], at: .root)
                        return try qomHandlers.qomGet(path: path, property: property, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_qom_get(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_qom_get(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "qom-set", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_qom_set(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let path: String = try QAPIDecoding.member(arguments, "path", at: .root)
                        let property: String = try QAPIDecoding.member(arguments, "property", at: .root)
                        let value: JSONValue = try QAPIDecoding.member(arguments, "value", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["path", "property", "value"], at: .root)
                        try qomHandlers.qomSet(path: path, property: property, value: value, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_qom_set(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_qom_set(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "qom-list-types", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_qom_list_types(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let implements: String? = try QAPIDecoding.optional(arguments, "implements", at: .root)
                        let abstract: Bool? = try QAPIDecoding.optional(arguments, "abstract", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["implements", "abstract"], at: .root)
                        return try qomHandlers.qomListTypes(implements: implements, abstract: abstract, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_qom_list_types(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_qom_list_types(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "qom-list-properties", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_qom_list_properties(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let typename: String = try QAPIDecoding.member(arguments, "typename", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["typename"], at: .root)
                        return try qomHandlers.qomListProperties(typename: typename, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_qom_list_properties(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_qom_list_properties(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "object-add", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_object_add(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let args = try ObjectOptions(qapi: .object(arguments), at: .root)
                        try qomHandlers.objectAdd(args, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_object_add(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_object_add(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "object-del", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_object_del(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let id: String = try QAPIDecoding.member(arguments, "id", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["id"], at: .root)
                        try qomHandlers.objectDel(id: id, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_object_del(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_object_del(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-ioas-alloc", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_ioas_alloc(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd"], at: .root)
                        return try iommufdHandlers.iommufdIoasAlloc(iommufd: iommufd, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_iommufd_ioas_alloc(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_ioas_alloc(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-destroy", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_destroy(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let id: UInt32 = try QAPIDecoding.member(arguments, "id", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "id"], at: .root)
                        try iommufdHandlers.iommufdDestroy(iommufd: iommufd, id: id, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_iommufd_destroy(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_destroy(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-ioas-map", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_ioas_map(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let ioasId: UInt32 = try QAPIDecoding.member(arguments, "ioas-id", at: .root)
                        let memdev: String = try QAPIDecoding.member(arguments, "memdev", at: .root)
                        let offset: UInt64? = try QAPIDecoding.optional(arguments, "offset", at: .root)
                        let size: UInt64 = try QAPIDecoding.member(arguments, "size", at: .root)
                        let iova: UInt64? = try QAPIDecoding.optional(arguments, "iova", at: .root)
                        let readonly: Bool? = try QAPIDecoding.optional(arguments, "readonly", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "ioas-id", "memdev", "offset", "size", "iova", "readonly"], at: .root)
                        return try iommufdHandlers.iommufdIoasMap(iommufd: iommufd, ioasId: ioasId, memdev: memdev, offset: offset, size: size, iova: iova, readonly: readonly, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_iommufd_ioas_map(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_ioas_map(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-ioas-map-file", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_ioas_map_file(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let ioasId: UInt32 = try QAPIDecoding.member(arguments, "ioas-id", at: .root)
                        let memdev: String = try QAPIDecoding.member(arguments, "memdev", at: .root)
                        let offset: UInt64? = try QAPIDecoding.optional(arguments, "offset", at: .root)
                        let size: UInt64 = try QAPIDecoding.member(arguments, "size", at: .root)
                        let iova: UInt64? = try QAPIDecoding.optional(arguments, "iova", at: .root)
                        let readonly: Bool? = try QAPIDecoding.optional(arguments, "readonly", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "ioas-id", "memdev", "offset", "size", "iova", "readonly"], at: .root)
                        return try iommufdHandlers.iommufdIoasMapFile(iommufd: iommufd, ioasId: ioasId, memdev: memdev, offset: offset, size: size, iova: iova, readonly: readonly, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_iommufd_ioas_map_file(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_ioas_map_file(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-ioas-unmap", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_ioas_unmap(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let ioasId: UInt32 = try QAPIDecoding.member(arguments, "ioas-id", at: .root)
                        let iova: UInt64? = try QAPIDecoding.optional(arguments, "iova", at: .root)
                        let size: UInt64? = try QAPIDecoding.optional(arguments, "size", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "ioas-id", "iova", "size"], at: .root)
                        return try iommufdHandlers.iommufdIoasUnmap(iommufd: iommufd, ioasId: ioasId, iova: iova, size: size, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_iommufd_ioas_unmap(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_ioas_unmap(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-ioas-iova-ranges", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_ioas_iova_ranges(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let ioasId: UInt32 = try QAPIDecoding.member(arguments, "ioas-id", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "ioas-id"], at: .root)
                        return try iommufdHandlers.iommufdIoasIovaRanges(iommufd: iommufd, ioasId: ioasId, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_iommufd_ioas_iova_ranges(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_ioas_iova_ranges(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-iommufd", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_iommufd(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        return try iommufdHandlers.queryIommufd(context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_iommufd(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_iommufd(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-ioas-copy", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_ioas_copy(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let srcIoasId: UInt32 = try QAPIDecoding.member(arguments, "src-ioas-id", at: .root)
                        let srcIova: UInt64 = try QAPIDecoding.member(arguments, "src-iova", at: .root)
                        let size: UInt64 = try QAPIDecoding.member(arguments, "size", at: .root)
                        let dstIoasId: UInt32 = try QAPIDecoding.member(arguments, "dst-ioas-id", at: .root)
                        let dstIova: UInt64? = try QAPIDecoding.optional(arguments, "dst-iova", at: .root)
                        let readonly: Bool? = try QAPIDecoding.optional(arguments, "readonly", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "src-ioas-id", "src-iova", "size", "dst-ioas-id", "dst-iova", "readonly"], at: .root)
                        return try iommufdHandlers.iommufdIoasCopy(iommufd: iommufd, srcIoasId: srcIoasId, srcIova: srcIova, size: size, dstIoasId: dstIoasId, dstIova: dstIova, readonly: readonly, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_iommufd_ioas_copy(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_ioas_copy(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-ioas-allow-iovas", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_ioas_allow_iovas(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let ioasId: UInt32 = try QAPIDecoding.member(arguments, "ioas-id", at: .root)
                        let ranges: [IOVARange] = try QAPIDecoding.member(arguments, "ranges", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "ioas-id", "ranges"], at: .root)
                        try iommufdHandlers.iommufdIoasAllowIovas(iommufd: iommufd, ioasId: ioasId, ranges: ranges, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_iommufd_ioas_allow_iovas(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_ioas_allow_iovas(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-option", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_option(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let option: IOMMUFDOptionName = try QAPIDecoding.member(arguments, "option", at: .root)
                        let ioasId: UInt32? = try QAPIDecoding.optional(arguments, "ioas-id", at: .root)
                        let value: UInt64? = try QAPIDecoding.optional(arguments, "value", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "option", "ioas-id", "value"], at: .root)
                        return try iommufdHandlers.iommufdOption(iommufd: iommufd, option: option, ioasId: ioasId, value: value, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_iommufd_option(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_option(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-hwpt-alloc", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_hwpt_alloc(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let devId: UInt32 = try QAPIDecoding.member(arguments, "dev-id", at: .root)
                        let ptId: UInt32 = try QAPIDecoding.member(arguments, "pt-id", at: .root)
                        let flags: [IOMMUFDHWPTAllocFlag]? = try QAPIDecoding.optional(arguments, "flags", at: .root)
                        let vtdS1: IOMMUFDVTdS1Data? = try QAPIDecoding.optional(arguments, "vtd-s1", at: .root)
                        let faultId: UInt32? = try QAPIDecoding.optional(arguments, "fault-id", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "dev-id", "pt-id", "flags", "vtd-s1", "fault-id"], at: .root)
                        return try iommufdHandlers.iommufdHwptAlloc(iommufd: iommufd, devId: devId, ptId: ptId, flags: flags, vtdS1: vtdS1, faultId: faultId, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_iommufd_hwpt_alloc(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_hwpt_alloc(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-hwpt-set-dirty-tracking", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_hwpt_set_dirty_tracking(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let hwptId: UInt32 = try QAPIDecoding.member(arguments, "hwpt-id", at: .root)
                        let enable: Bool = try QAPIDecoding.member(arguments, "enable", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "hwpt-id", "enable"], at: .root)
                        try iommufdHandlers.iommufdHwptSetDirtyTracking(iommufd: iommufd, hwptId: hwptId, enable: enable, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_iommufd_hwpt_set_dirty_tracking(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_hwpt_set_dirty_tracking(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-hwpt-get-dirty-bitmap", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_hwpt_get_dirty_bitmap(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let hwptId: UInt32 = try QAPIDecoding.member(arguments, "hwpt-id", at: .root)
                        let iova: UInt64 = try QAPIDecoding.member(arguments, "iova", at: .root)
                        let size: UInt64 = try QAPIDecoding.member(arguments, "size", at: .root)
                        let pageSize: UInt64? = try QAPIDecoding.optional(arguments, "page-size", at: .root)
                        let noClear: Bool? = try QAPIDecoding.optional(arguments, "no-clear", at: .root)
                        let fd: String? = try QAPIDecoding.optional(arguments, "fd", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "hwpt-id", "iova", "size", "page-size", "no-clear", "fd"], at: .root)
                        return try iommufdHandlers.iommufdHwptGetDirtyBitmap(iommufd: iommufd, hwptId: hwptId, iova: iova, size: size, pageSize: pageSize, noClear: noClear, fd: fd, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_iommufd_hwpt_get_dirty_bitmap(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_hwpt_get_dirty_bitmap(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-hwpt-invalidate", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_hwpt_invalidate(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let hwptId: UInt32 = try QAPIDecoding.member(arguments, "hwpt-id", at: .root)
                        let vtdS1: [IOMMUFDVTdS1Invalidation] = try QAPIDecoding.member(arguments, "vtd-s1", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "hwpt-id", "vtd-s1"], at: .root)
                        return try iommufdHandlers.iommufdHwptInvalidate(iommufd: iommufd, hwptId: hwptId, vtdS1: vtdS1, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_iommufd_hwpt_invalidate(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_hwpt_invalidate(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "iommufd-get-hw-info", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_iommufd_get_hw_info(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let devId: UInt32 = try QAPIDecoding.member(arguments, "dev-id", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "dev-id"], at: .root)
                        return try iommufdHandlers.iommufdGetHwInfo(iommufd: iommufd, devId: devId, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_iommufd_get_hw_info(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_iommufd_get_hw_info(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-vfio-host-devices", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_vfio_host_devices(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        return try vfioHandlers.queryVfioHostDevices(context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_vfio_host_devices(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_vfio_host_devices(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "vfio-device-bind", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_vfio_device_bind(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let host: String? = try QAPIDecoding.optional(arguments, "host", at: .root)
                        let sysfsdev: String? = try QAPIDecoding.optional(arguments, "sysfsdev", at: .root)
                        let fd: String? = try QAPIDecoding.optional(arguments, "fd", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "host", "sysfsdev", "fd"], at: .root)
                        return try vfioHandlers.vfioDeviceBind(iommufd: iommufd, host: host, sysfsdev: sysfsdev, fd: fd, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_vfio_device_bind(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_vfio_device_bind(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "vfio-device-attach", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_vfio_device_attach(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let devId: UInt32 = try QAPIDecoding.member(arguments, "dev-id", at: .root)
                        let ptId: UInt32 = try QAPIDecoding.member(arguments, "pt-id", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "dev-id", "pt-id"], at: .root)
                        return try vfioHandlers.vfioDeviceAttach(iommufd: iommufd, devId: devId, ptId: ptId, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_vfio_device_attach(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_vfio_device_attach(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "vfio-device-detach", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_vfio_device_detach(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let devId: UInt32 = try QAPIDecoding.member(arguments, "dev-id", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "dev-id"], at: .root)
                        try vfioHandlers.vfioDeviceDetach(iommufd: iommufd, devId: devId, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_vfio_device_detach(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_vfio_device_detach(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "vfio-device-unbind", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_vfio_device_unbind(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let devId: UInt32 = try QAPIDecoding.member(arguments, "dev-id", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "dev-id"], at: .root)
                        try vfioHandlers.vfioDeviceUnbind(iommufd: iommufd, devId: devId, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_vfio_device_unbind(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_vfio_device_unbind(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "vfio-device-get-info", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_vfio_device_get_info(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let iommufd: String = try QAPIDecoding.member(arguments, "iommufd", at: .root)
                        let devId: UInt32 = try QAPIDecoding.member(arguments, "dev-id", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["iommufd", "dev-id"], at: .root)
                        return try vfioHandlers.vfioDeviceGetInfo(iommufd: iommufd, devId: devId, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_vfio_device_get_info(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_vfio_device_get_info(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "device_add", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_device_add(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let args = try DeviceOptions(qapi: .object(arguments), at: .root)
                        try deviceHandlers.deviceAdd(args, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_device_add(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_device_add(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "device_del", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_device_del(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let id: String = try QAPIDecoding.member(arguments, "id", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["id"], at: .root)
                        try deviceHandlers.deviceDel(id: id, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_device_del(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_device_del(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-vfio", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_vfio(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        return try deviceHandlers.queryVfio(context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_vfio(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_vfio(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "dirty-tracking-start", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_dirty_tracking_start(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let addressSpace: String? = try QAPIDecoding.optional(arguments, "address-space", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["address-space"], at: .root)
                        try deviceHandlers.dirtyTrackingStart(addressSpace: addressSpace, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_dirty_tracking_start(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_dirty_tracking_start(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "dirty-tracking-stop", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_dirty_tracking_stop(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let addressSpace: String? = try QAPIDecoding.optional(arguments, "address-space", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["address-space"], at: .root)
                        try deviceHandlers.dirtyTrackingStop(addressSpace: addressSpace, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_dirty_tracking_stop(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_dirty_tracking_stop(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-dirty-bitmap", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_dirty_bitmap(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let addr: UInt64 = try QAPIDecoding.member(arguments, "addr", at: .root)
                        let size: UInt64 = try QAPIDecoding.member(arguments, "size", at: .root)
                        let fd: String? = try QAPIDecoding.optional(arguments, "fd", at: .root)
                        let addressSpace: String? = try QAPIDecoding.optional(arguments, "address-space", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["addr", "size", "fd", "address-space"], at: .root)
                        return try deviceHandlers.queryDirtyBitmap(addr: addr, size: size, fd: fd, addressSpace: addressSpace, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_dirty_bitmap(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_dirty_bitmap(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-host-iommu-devices", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_host_iommu_devices(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        return try viommuHandlers.queryHostIommuDevices(context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_host_iommu_devices(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_host_iommu_devices(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "vtd-device-attach-hwpt", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_vtd_device_attach_hwpt(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let device: String = try QAPIDecoding.member(arguments, "device", at: .root)
                        let vtdS1: IOMMUFDVTdS1Data? = try QAPIDecoding.optional(arguments, "vtd-s1", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["device", "vtd-s1"], at: .root)
                        return try viommuHandlers.vtdDeviceAttachHwpt(device: device, vtdS1: vtdS1, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_vtd_device_attach_hwpt(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_vtd_device_attach_hwpt(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "vtd-device-detach-hwpt", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_vtd_device_detach_hwpt(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let device: String = try QAPIDecoding.member(arguments, "device", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["device"], at: .root)
                        try viommuHandlers.vtdDeviceDetachHwpt(device: device, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_vtd_device_detach_hwpt(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_vtd_device_detach_hwpt(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "vtd-device-reattach-def-hwpt", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_vtd_device_reattach_def_hwpt(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let device: String = try QAPIDecoding.member(arguments, "device", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["device"], at: .root)
                        try viommuHandlers.vtdDeviceReattachDefHwpt(device: device, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_vtd_device_reattach_def_hwpt(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_vtd_device_reattach_def_hwpt(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "query-migrate", options: QMPCommandOptions(allowPreconfig: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_query_migrate(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)
                        return try migrationHandlers.queryMigrate(context: context).qapiJSON
                    }()
                    Trace.qmp_exit_query_migrate(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_query_migrate(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "x-sim-dma-write", options: QMPCommandOptions(unstable: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_x_sim_dma_write(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let device: String = try QAPIDecoding.member(arguments, "device", at: .root)
                        let iova: UInt64 = try QAPIDecoding.member(arguments, "iova", at: .root)
                        let size: UInt64 = try QAPIDecoding.member(arguments, "size", at: .root)
                        let fill: UInt8? = try QAPIDecoding.optional(arguments, "fill", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["device", "iova", "size", "fill"], at: .root)
                        try simHandlers.xSimDmaWrite(device: device, iova: iova, size: size, fill: fill, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_x_sim_dma_write(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_x_sim_dma_write(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "x-sim-dma-read", options: QMPCommandOptions(unstable: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_x_sim_dma_read(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let device: String = try QAPIDecoding.member(arguments, "device", at: .root)
                        let iova: UInt64 = try QAPIDecoding.member(arguments, "iova", at: .root)
                        let size: UInt64 = try QAPIDecoding.member(arguments, "size", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["device", "iova", "size"], at: .root)
                        return try simHandlers.xSimDmaRead(device: device, iova: iova, size: size, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_x_sim_dma_read(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_x_sim_dma_read(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "x-sim-inject-fault", options: QMPCommandOptions(unstable: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_x_sim_inject_fault(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let nth: UInt32 = try QAPIDecoding.member(arguments, "nth", at: .root)
                        let errno: String? = try QAPIDecoding.optional(arguments, "errno", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["nth", "errno"], at: .root)
                        try simHandlers.xSimInjectFault(nth: nth, errno: errno, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_x_sim_inject_fault(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_x_sim_inject_fault(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "x-sim-set-memlock-limit", options: QMPCommandOptions(unstable: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_x_sim_set_memlock_limit(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let bytes: UInt64? = try QAPIDecoding.optional(arguments, "bytes", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["bytes"], at: .root)
                        try simHandlers.xSimSetMemlockLimit(bytes: bytes, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_x_sim_set_memlock_limit(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_x_sim_set_memlock_limit(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "x-sim-irq", options: QMPCommandOptions(unstable: true)) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_x_sim_irq(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let device: String = try QAPIDecoding.member(arguments, "device", at: .root)
                        let index: SimIRQIndex = try QAPIDecoding.member(arguments, "index", at: .root)
                        let vector: UInt32? = try QAPIDecoding.optional(arguments, "vector", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["device", "index", "vector"], at: .root)
                        try simHandlers.xSimIrq(device: device, index: index, vector: vector, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_x_sim_irq(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_x_sim_irq(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "trace-event-get-state", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_trace_event_get_state(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let name: String = try QAPIDecoding.member(arguments, "name", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["name"], at: .root)
                        return try traceHandlers.traceEventGetState(name: name, context: context).qapiJSON
                    }()
                    Trace.qmp_exit_trace_event_get_state(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_trace_event_get_state(result: error.desc, succeeded: false)
                    throw error
                }
            },
            QMPCommandEntry(name: "trace-event-set-state", options: QMPCommandOptions()) {
                (arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in
                Trace.qmp_enter_trace_event_set_state(json: JSONWriter.string(.object(arguments)))
                do throws(QMPError) {
                    let result = try { () throws(QMPError) -> JSONValue in
                        let name: String = try QAPIDecoding.member(arguments, "name", at: .root)
                        let enable: Bool = try QAPIDecoding.member(arguments, "enable", at: .root)
                        let ignoreUnavailable: Bool? = try QAPIDecoding.optional(arguments, "ignore-unavailable", at: .root)
                        try QAPIDecoding.rejectUnexpected(arguments, known: ["name", "enable", "ignore-unavailable"], at: .root)
                        try traceHandlers.traceEventSetState(name: name, enable: enable, ignoreUnavailable: ignoreUnavailable, context: context)
                        return .object(JSONObject())
                    }()
                    Trace.qmp_exit_trace_event_set_state(result: JSONWriter.string(result), succeeded: true)
                    return result
                } catch {
                    Trace.qmp_exit_trace_event_set_state(result: error.desc, succeeded: false)
                    throw error
                }
            },
        ])
    }
}
