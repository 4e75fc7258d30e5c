import Foundation

/// Measures the time a render spends inside cmark-gfm. While a watchdog handler is
/// installed, a render still running past its budget is reported at once: cmark
/// cannot be interrupted, so the command line uses this to stop the process instead
/// of hanging on an input that is slow in a way nobody foresaw.
/// What to report when a render runs past its budget. The message is written only then:
/// building its text for every render was 2 % of a large build's CPU.
struct RenderOverrun: Sendable {
    let location: SourceLocation
    let budgetMilliseconds: Int
    /// The caller's language, kept because the watchdog reports from its own thread.
    let language: Language

    var diagnostic: Diagnostic {
        .error(location, Catalogue.text("markdown.overBudget", [String(budgetMilliseconds)], language: language))
    }
}

struct CmarkClock {
    let budgetNanoseconds: UInt64
    let overrun: RenderOverrun
    private(set) var elapsed: UInt64 = 0
    private var startedAt: UInt64?
    private var ticket: Int?

    init(budgetMilliseconds: Int, overrun: RenderOverrun) {
        budgetNanoseconds = UInt64(budgetMilliseconds) * 1_000_000
        self.overrun = overrun
    }

    mutating func start() {
        let now = DispatchTime.now().uptimeNanoseconds
        startedAt = now
        let remaining = budgetNanoseconds > elapsed ? budgetNanoseconds - elapsed : 0
        ticket = RenderWatchdog.shared.watch(deadline: now + remaining, overrun)
    }

    mutating func pause() {
        guard let startedAt else { return }
        elapsed += DispatchTime.now().uptimeNanoseconds - startedAt
        self.startedAt = nil
        if let ticket { RenderWatchdog.shared.unwatch(ticket) }
        ticket = nil
    }
}

public final class RenderWatchdog: @unchecked Sendable {
    public static let shared = RenderWatchdog()

    private let lock = NSLock()
    private var handler: (@Sendable (Diagnostic) -> Void)?
    private var watched: [Int: (deadline: UInt64, overrun: RenderOverrun)] = [:]
    private var nextTicket = 0
    private var thread: Thread?

    /// Called (once, from the watchdog's thread) with the first render found running
    /// past its budget.
    public func install(_ handler: @escaping @Sendable (Diagnostic) -> Void) {
        lock.withLock {
            self.handler = handler
            if thread == nil {
                let thread = Thread { [unowned self] in self.poll() }
                thread.name = "tongxin-render-watchdog"
                self.thread = thread
                thread.start()
            }
        }
    }

    func watch(deadline: UInt64, _ overrun: RenderOverrun) -> Int? {
        lock.withLock {
            guard handler != nil else { return nil }
            nextTicket += 1
            watched[nextTicket] = (deadline, overrun)
            return nextTicket
        }
    }

    func unwatch(_ ticket: Int) {
        _ = lock.withLock { watched.removeValue(forKey: ticket) }
    }

    private func poll() {
        while true {
            Thread.sleep(forTimeInterval: 0.05)
            let now = DispatchTime.now().uptimeNanoseconds
            let late: (RenderOverrun, @Sendable (Diagnostic) -> Void)? = lock.withLock {
                guard let handler, let entry = watched.values.first(where: { $0.deadline < now }) else { return nil }
                self.handler = nil
                return (entry.overrun, handler)
            }
            if let (overrun, handler) = late { handler(overrun.diagnostic) }
        }
    }
}
