/// Walks a checked ``Schema`` in source order, the way QEMU's generator backends
/// do (`QAPISchemaVisitor`): one callback per kind of definition, module
/// boundaries and free-form documentation interleaved where they were written.
///
/// Every method has an empty default, so a backend implements only what it emits.
public protocol SchemaVisitor {
    /// Entering schema module `module` (a file, named relative to the main schema).
    mutating func visitModule(_ module: String)
    /// A free-form documentation block (section headings and prose).
    mutating func visitFreeDoc(_ doc: DocComment)
    mutating func visitEnum(_ type: EnumType)
    mutating func visitStruct(_ type: ObjectType)
    mutating func visitUnion(_ type: ObjectType)
    mutating func visitAlternate(_ type: AlternateType)
    mutating func visitCommand(_ command: Command)
    mutating func visitEvent(_ event: Event)
    /// After the last definition.
    mutating func visitEnd()
}

extension SchemaVisitor {
    public mutating func visitModule(_ module: String) {}
    public mutating func visitFreeDoc(_ doc: DocComment) {}
    public mutating func visitEnum(_ type: EnumType) {}
    public mutating func visitStruct(_ type: ObjectType) {}
    public mutating func visitUnion(_ type: ObjectType) {}
    public mutating func visitAlternate(_ type: AlternateType) {}
    public mutating func visitCommand(_ command: Command) {}
    public mutating func visitEvent(_ event: Event) {}
    public mutating func visitEnd() {}
}

extension Schema {
    /// Calls `visitor` for every written definition and free-form doc block, in
    /// source order, announcing each module before its first item.
    public func visit<V: SchemaVisitor>(_ visitor: inout V) {
        var currentModule: String? = nil
        var docIndex = 0
        func enter(_ module: String) {
            if module != currentModule {
                currentModule = module
                visitor.visitModule(module)
            }
        }
        func flushDocs(upTo index: Int) {
            while docIndex < freeDocs.count, freeDocs[docIndex].before <= index {
                enter(freeDocs[docIndex].module)
                visitor.visitFreeDoc(freeDocs[docIndex].doc)
                docIndex += 1
            }
        }
        for (index, entity) in entities.enumerated() {
            flushDocs(upTo: index)
            enter(entity.module ?? "")
            switch entity {
            case let t as EnumType: visitor.visitEnum(t)
            case let t as ObjectType where t.variants != nil: visitor.visitUnion(t)
            case let t as ObjectType: visitor.visitStruct(t)
            case let t as AlternateType: visitor.visitAlternate(t)
            case let c as Command: visitor.visitCommand(c)
            case let e as Event: visitor.visitEvent(e)
            default: break
            }
        }
        flushDocs(upTo: Int.max)
        visitor.visitEnd()
    }
}
