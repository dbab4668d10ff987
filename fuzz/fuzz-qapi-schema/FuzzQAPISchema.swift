/// fuzz-qapi-schema: the QAPI schema language (``SchemaParser`` and
/// ``SchemaChecker``: comments, doc blocks, single-quoted strings,
/// `include` and `pragma` directives, then every definition checked and the
/// model built), fed an arbitrary file `main.json`.
///
/// The files live in memory: `main.json` is the input (as UTF-8, invalid
/// sequences replaced), `inc.json` a small valid module so that includes
/// resolve, and any other path is missing. The generator backends are not
/// run.
///
/// A crash means a schema file (one in the tree, or an author's mistake)
/// makes `qapi-gen` trap instead of printing a diagnostic.
import QAPISchema

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQAPISchema(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let included = """
        ##
        # @Included:
        #
        # @one: the only value
        #
        # Since: 1.0
        ##
        { 'enum': 'Included', 'data': [ 'one' ] }

        """
    _ = try? SchemaChecker.load(path: "schema/main.json") { path in
        switch path {
        case "schema/main.json": return text
        case "schema/inc.json": return included
        default: throw SchemaReadError(message: "\(path): No such file or directory")
        }
    }
    return 0
}
