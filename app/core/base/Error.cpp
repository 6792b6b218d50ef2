#include "Error.h"

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::FlowMisconfigured:
        return QStringLiteral("flow-misconfigured");
    case Kind::UnknownUser:
        return QStringLiteral("unknown-user");
    case Kind::WrongCode:
        return QStringLiteral("wrong-code");
    case Kind::SessionExpired:
        return QStringLiteral("session-expired");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::ServiceUnavailable:
        return QStringLiteral("service-unavailable");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::ResponseTooLarge:
        return QStringLiteral("response-too-large");
    case Kind::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    case Kind::KeychainLocked:
        return QStringLiteral("keychain-locked");
    case Kind::KeychainDenied:
        return QStringLiteral("keychain-denied");
    case Kind::KeychainTimeout:
        return QStringLiteral("keychain-timeout");
    case Kind::NotSignedIn:
        return QStringLiteral("not-signed-in");
    case Kind::SignedOut:
        return QStringLiteral("signed-out");
    case Kind::SessionLost:
        return QStringLiteral("session-lost");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Installation:
        return QStringLiteral("installation");
    }
    return QStringLiteral("unknown");
}

int Error::exitCode() const
{
    switch (m_kind) {
    case Kind::None:
        return 0;
    case Kind::UnknownUser:
    case Kind::WrongCode:
    case Kind::SessionExpired:
    case Kind::Unauthorized:
    case Kind::NotSignedIn:
    case Kind::SignedOut:
    case Kind::SessionLost:
        return 4;
    default:
        return 1;
    }
}
