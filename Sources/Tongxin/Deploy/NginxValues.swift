/// Values from the command line that end up in nginx's configuration: each is checked
/// for the shape it must have, so that none can end a directive or open a block
/// (a `;`, a brace, a quote or white space would change what the file means).
enum NginxValues {
    static func check(_ config: NginxConfig) throws {
        for site in [config.internalSite, config.publicSite] {
            try path(site.root, option: "--internal/--public")
            try listen(site.listen)
            guard site.serverName.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter || ".-_*".contains($0)) }), !site.serverName.isEmpty else {
                throw DeployError.badValue("--server-name", site.serverName)
            }
        }
        if config.internalSite.listen == config.publicSite.listen && config.internalSite.serverName == config.publicSite.serverName {
            throw DeployError.sameAddress(config.internalSite.listen, config.internalSite.serverName)
        }
        // The HTTPS redirect answers the internal name on its own address: it must not
        // take the public site's place there.
        if config.tlsCertificate != nil, config.redirectListen == config.publicSite.listen, config.internalSite.serverName == config.publicSite.serverName {
            throw DeployError.sameAddress(config.redirectListen, config.internalSite.serverName)
        }
        try listen(config.redirectListen)
        try path(config.htpasswd, option: "--htpasswd")
        for address in config.allow where !isAddress(address) { throw DeployError.badValue("--allow", address) }
        if (config.tlsCertificate == nil) != (config.tlsKey == nil) { throw DeployError.halfTLS }
        for file in [config.tlsCertificate, config.tlsKey].compactMap({ $0 }) { try path(file, option: "--tls-certificate/--tls-key") }
    }

    static func listen(_ value: String) throws {
        guard value.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter || ".:[]".contains($0)) }), !value.isEmpty else {
            throw DeployError.badValue("--listen", value)
        }
    }

    /// nginx reads paths relative to its prefix, which differs between machines.
    static func path(_ value: String, option: String) throws {
        guard value.hasPrefix("/"), !value.contains(where: { $0.isWhitespace || ";{}\"'$#\\".contains($0) }) else {
            throw DeployError.badValue(option, value)
        }
    }

    /// An IPv4 or IPv6 address, with an optional /prefix length.
    static func isAddress(_ value: String) -> Bool {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = parts.first else { return false }
        let ipv4 = address.split(separator: ".", omittingEmptySubsequences: false)
        let isIPv4 = ipv4.count == 4 && ipv4.allSatisfy { $0.count <= 3 && Int($0).map { $0 <= 255 } == true }
        let isIPv6 = !isIPv4 && address.contains(":") && address.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        guard isIPv4 || isIPv6 else { return false }
        guard parts.count == 2 else { return true }
        guard let length = Int(parts[1]), parts[1].allSatisfy(\.isNumber) else { return false }
        return length >= 0 && length <= (isIPv4 ? 32 : 128)
    }
}

public enum DeployError: Error, CustomStringConvertible {
    case badValue(String, String)
    case sameAddress(String, String)
    case halfTLS
    case templatedStyle(String)
    case badUserName(String)
    case emptyPassword
    case passwordsDiffer
    case hashFailed
    case passwordFile(String, String)

    public var description: String {
        switch self {
        case .badValue(let option, let value): L("deploy.error.badValue", option, value)
        case .sameAddress(let listen, let name): L("deploy.error.sameAddress", listen, name)
        case .halfTLS: L("deploy.error.halfTLS")
        case .templatedStyle(let file): L("deploy.error.templatedStyle", file)
        case .badUserName(let name): L("deploy.error.badUserName", name)
        case .emptyPassword: L("deploy.error.emptyPassword")
        case .passwordsDiffer: L("deploy.error.passwordsDiffer")
        case .hashFailed: L("deploy.error.hashFailed")
        case .passwordFile(let path, let reason): L("deploy.error.passwordFile", path, reason)
        }
    }
}
