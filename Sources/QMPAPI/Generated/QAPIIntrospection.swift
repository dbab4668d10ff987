// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

/// The answer to `query-qmp-schema`, in QEMU's `SchemaInfo` format.
public enum QAPIIntrospection {
    /// The SchemaInfo list as JSON text, one entity per line.
    public static let json: String = #"""
        [
        {"name": "qmp_capabilities", "meta-type": "command", "arg-type": "0", "ret-type": "1"},
        {"name": "query-version", "meta-type": "command", "arg-type": "1", "ret-type": "2"},
        {"name": "query-commands", "meta-type": "command", "arg-type": "1", "ret-type": "[3]"},
        {"name": "quit", "meta-type": "command", "arg-type": "1", "ret-type": "1"},
        {"name": "query-qmp-schema", "meta-type": "command", "arg-type": "1", "ret-type": "[4]"},
        {"name": "SHUTDOWN", "meta-type": "event", "arg-type": "5"},
        {"name": "x-oob-test", "meta-type": "command", "features": ["unstable"], "arg-type": "6", "ret-type": "1", "allow-oob": true},
        {"name": "0", "meta-type": "object", "members": [{"name": "enable", "type": "[7]", "default": null}]},
        {"name": "1", "meta-type": "object", "members": []},
        {"name": "2", "meta-type": "object", "members": [{"name": "qemu", "type": "8"}, {"name": "package", "type": "str"}]},
        {"name": "3", "meta-type": "object", "members": [{"name": "name", "type": "str"}]},
        {"name": "[3]", "meta-type": "array", "element-type": "3"},
        {"name": "4", "meta-type": "object", "members": [{"name": "name", "type": "str"}, {"name": "meta-type", "type": "9"}, {"name": "features", "type": "[str]", "default": null}], "tag": "meta-type", "variants": [{"case": "builtin", "type": "10"}, {"case": "enum", "type": "11"}, {"case": "array", "type": "12"}, {"case": "object", "type": "13"}, {"case": "alternate", "type": "14"}, {"case": "command", "type": "15"}, {"case": "event", "type": "16"}]},
        {"name": "[4]", "meta-type": "array", "element-type": "4"},
        {"name": "5", "meta-type": "object", "members": [{"name": "guest", "type": "bool"}, {"name": "reason", "type": "17"}]},
        {"name": "6", "meta-type": "object", "members": [{"name": "lock", "type": "bool"}]},
        {"name": "7", "meta-type": "enum", "members": [{"name": "oob"}], "values": ["oob"]},
        {"name": "[7]", "meta-type": "array", "element-type": "7"},
        {"name": "8", "meta-type": "object", "members": [{"name": "major", "type": "int"}, {"name": "minor", "type": "int"}, {"name": "micro", "type": "int"}]},
        {"name": "str", "meta-type": "builtin", "json-type": "string"},
        {"name": "9", "meta-type": "enum", "members": [{"name": "builtin"}, {"name": "enum"}, {"name": "array"}, {"name": "object"}, {"name": "alternate"}, {"name": "command"}, {"name": "event"}], "values": ["builtin", "enum", "array", "object", "alternate", "command", "event"]},
        {"name": "[str]", "meta-type": "array", "element-type": "str"},
        {"name": "10", "meta-type": "object", "members": [{"name": "json-type", "type": "18"}]},
        {"name": "11", "meta-type": "object", "members": [{"name": "members", "type": "[19]"}, {"name": "values", "type": "[str]", "features": ["deprecated"]}]},
        {"name": "12", "meta-type": "object", "members": [{"name": "element-type", "type": "str"}]},
        {"name": "13", "meta-type": "object", "members": [{"name": "members", "type": "[20]"}, {"name": "tag", "type": "str", "default": null}, {"name": "variants", "type": "[21]", "default": null}]},
        {"name": "14", "meta-type": "object", "members": [{"name": "members", "type": "[22]"}]},
        {"name": "15", "meta-type": "object", "members": [{"name": "arg-type", "type": "str"}, {"name": "ret-type", "type": "str"}, {"name": "allow-oob", "type": "bool", "default": null}]},
        {"name": "16", "meta-type": "object", "members": [{"name": "arg-type", "type": "str"}]},
        {"name": "bool", "meta-type": "builtin", "json-type": "boolean"},
        {"name": "17", "meta-type": "enum", "members": [{"name": "host-qmp-quit"}, {"name": "host-signal"}], "values": ["host-qmp-quit", "host-signal"]},
        {"name": "int", "meta-type": "builtin", "json-type": "int"},
        {"name": "18", "meta-type": "enum", "members": [{"name": "string"}, {"name": "number"}, {"name": "int"}, {"name": "boolean"}, {"name": "null"}, {"name": "object"}, {"name": "array"}, {"name": "value"}], "values": ["string", "number", "int", "boolean", "null", "object", "array", "value"]},
        {"name": "19", "meta-type": "object", "members": [{"name": "name", "type": "str"}, {"name": "features", "type": "[str]", "default": null}]},
        {"name": "[19]", "meta-type": "array", "element-type": "19"},
        {"name": "20", "meta-type": "object", "members": [{"name": "name", "type": "str"}, {"name": "type", "type": "str"}, {"name": "default", "type": "any", "default": null}, {"name": "features", "type": "[str]", "default": null}]},
        {"name": "[20]", "meta-type": "array", "element-type": "20"},
        {"name": "21", "meta-type": "object", "members": [{"name": "case", "type": "str"}, {"name": "type", "type": "str"}]},
        {"name": "[21]", "meta-type": "array", "element-type": "21"},
        {"name": "22", "meta-type": "object", "members": [{"name": "type", "type": "str"}]},
        {"name": "[22]", "meta-type": "array", "element-type": "22"},
        {"name": "any", "meta-type": "builtin", "json-type": "value"}
        ]
        """#
}
