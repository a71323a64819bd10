#pragma once

#include <cstddef>

namespace hd {

// Every public finding id, once. Checks and the catalogue name a cause only through
// HD_CAUSE("id"), which looks the id up here at compile time: a mistyped id does not build.
inline constexpr const char *kCauseIds[] = {
    "dns-failure", "connection-refused", "network-unreachable", "timeout", "not-tls",
    "handshake-aborted", "sni-unknown", "client-cert-required", "handshake-alert", "tls-failed",
    "self-signed", "untrusted-root", "incomplete-chain", "cert-invalid", "cert-expired",
    "cert-not-yet-valid", "hostname-mismatch", "missing-san", "wrong-purpose", "weak-signature",
    "weak-key", "ca-file-unusable", "trust-store-unusable", "http-no-answer", "sni-required", "revoked",
    "ocsp-staple-invalid", "ocsp-stapling-missing", "revocation-unreachable", "hsts-missing",
    "mixed-content", "clock-skew", "interception", "protocol-too-old", "tls13-only", "connections-limited",
    "cipher-mismatch", "weak-cipher", "weak-dh", "hsts-weak", "validity-too-long", "must-staple-missing", "chain-order", "https-downgrade-redirect",
    "version-interference", "no-common-group",
    "proxy-unreachable", "proxy-auth-required", "proxy-refused", "proxy-failed",
    "starttls-not-offered", "starttls-refused", "proxy-script-unusable",
};
inline constexpr int kCauseCount = int(sizeof(kCauseIds) / sizeof(kCauseIds[0]));

constexpr bool sameText(const char *a, const char *b)
{
    for (; *a && *a == *b; ++a, ++b) {
    }
    return *a == *b;
}

constexpr int causeIndex(const char *id)
{
    for (int i = 0; i < kCauseCount; ++i) {
        if (sameText(kCauseIds[i], id))
            return i;
    }
    return -1;
}

// A cause id known to be in kCauseIds. Made only by HD_CAUSE (or from a known index).
class CauseId
{
public:
    constexpr explicit CauseId(int index) : m_index(index) {}
    constexpr int index() const { return m_index; }
    constexpr const char *text() const { return kCauseIds[m_index]; }
    constexpr bool operator==(CauseId other) const { return m_index == other.m_index; }

private:
    int m_index;
};

template <int Index>
constexpr CauseId checkedCause()
{
    static_assert(Index >= 0, "unknown cause id: add it to kCauseIds in core/CauseIds.h (README: Adding a cause)");
    return CauseId(Index);
}

} // namespace hd

#define HD_CAUSE(id) (::hd::checkedCause<::hd::causeIndex(id)>())
