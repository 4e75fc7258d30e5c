import Foundation

/// A value made by whichever of its users asks first, then shared: a report's page and
/// its Word file are drawn from the same context, on different threads, and making a
/// big report's context twice showed in the profile.
final class Once<Value>: @unchecked Sendable {
    // `value` is written once, under `lock`, and only read after.
    private let lock = NSLock()
    private var value: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var get: Value {
        lock.withLock {
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }
}

/// A value two users share, made by whichever asks first and let go once both have it
/// (a record's page and its Word file: ten thousand contexts kept to the end of the build
/// would only take memory). A later user makes it again.
final class Shared<Value>: @unchecked Sendable {
    // Under `lock`.
    private let lock = NSLock()
    private var value: Value?
    private var left: Int
    private let make: @Sendable () -> Value

    init(users: Int, _ make: @escaping @Sendable () -> Value) {
        left = users
        self.make = make
    }

    var get: Value {
        lock.withLock {
            let made = value ?? make()
            left -= 1
            value = left > 0 ? made : nil
            return made
        }
    }
}
