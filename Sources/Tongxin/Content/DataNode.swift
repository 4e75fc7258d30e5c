/// A value read from JSON or YAML that remembers where it was written, so that every
/// later check can point at the exact line and column.
public struct DataNode: Sendable {
    public indirect enum Value: Sendable {
        case string(String)
        case number(String)
        case bool(Bool)
        case null
        case array([DataNode])
        case object([DataMember])
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, _ location: SourceLocation) {
        self.value = value
        self.location = location
    }

    var typeName: String {
        switch value {
        case .string: L("type.string")
        case .number: L("type.number")
        case .bool: L("type.bool")
        case .null: L("type.null")
        case .array: L("type.list")
        case .object: L("type.object")
        }
    }

    /// Text of a scalar; numbers and booleans read as text too, since YAML writers do
    /// not quote `number: 2026031` or `term: 10`.
    var scalarText: String? {
        switch value {
        case .string(let s), .number(let s): s
        case .bool(let b): b ? "true" : "false"
        default: nil
        }
    }
}

public struct DataMember: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: DataNode
}

/// A value together with the place it came from.
public struct Located<T: Sendable>: Sendable {
    public var value: T
    public var location: SourceLocation

    public init(_ value: T, _ location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where T: Equatable {}
extension Located: Hashable where T: Hashable {}
