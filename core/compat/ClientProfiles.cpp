#include "ClientProfiles.h"

#include "tls/CipherSuiteTraits.h"
#include "tls/TlsNames.h"

namespace hd {

namespace {

const QStringList kModernGroups{QStringLiteral("x25519"), QStringLiteral("secp256r1"), QStringLiteral("secp384r1")};
const QStringList kNistGroups{QStringLiteral("secp256r1"), QStringLiteral("secp384r1"), QStringLiteral("secp521r1")};

QList<ClientProfile> makeProfiles()
{
    return {
        {"current-browsers", QT_TRANSLATE_NOOP("Compatibility", "Current browsers (Chrome, Edge, Firefox, Safari)"),
         0x0303, 0x0304,
         {0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC013, 0xC014, 0x009C, 0x009D, 0x002F, 0x0035},
         {0x1301, 0x1302, 0x1303}, kModernGroups, 0, true},
        {"openssl-3", QT_TRANSLATE_NOOP("Compatibility", "curl, Python… with OpenSSL 3 (Ubuntu 22.04 and later)"),
         0x0303, 0x0304,
         {0xC02C, 0xC030, 0x009F, 0xCCA9, 0xCCA8, 0xCCAA, 0xC02B, 0xC02F, 0x009E, 0xC024, 0xC028, 0x006B, 0xC023,
          0xC027, 0x0067, 0xC00A, 0xC014, 0x0039, 0xC009, 0xC013, 0x0033, 0x009D, 0x009C, 0x003D, 0x003C, 0x0035, 0x002F},
         {0x1302, 0x1303, 0x1301},
         {QStringLiteral("x25519"), QStringLiteral("secp256r1"), QStringLiteral("x448"), QStringLiteral("secp521r1"),
          QStringLiteral("secp384r1")},
         2048, true}, // security level 2
        {"safari-12", QT_TRANSLATE_NOOP("Compatibility", "Safari 12 (iOS 12, macOS 10.14)"), 0x0301, 0x0303,
         {0xC02C, 0xC02B, 0xC024, 0xC023, 0xC00A, 0xC009, 0xCCA9, 0xC030, 0xC02F, 0xC028, 0xC027, 0xC014, 0xC013,
          0xCCA8, 0x009D, 0x009C, 0x003D, 0x003C, 0x0035, 0x002F, 0xC008, 0xC012, 0x000A},
         {}, kModernGroups + QStringList{QStringLiteral("secp521r1")}, 0, false},
        {"android-7", QT_TRANSLATE_NOOP("Compatibility", "Android 7"), 0x0301, 0x0303,
         {0xC02B, 0xC02C, 0xCCA9, 0xC02F, 0xC030, 0xCCA8, 0xC009, 0xC00A, 0xC013, 0xC014, 0x009C, 0x009D, 0x002F, 0x0035},
         {}, kModernGroups, 0, false},
        {"java-8", QT_TRANSLATE_NOOP("Compatibility", "Java 8"), 0x0301, 0x0303,
         {0xC02C, 0xC02B, 0xC030, 0x009D, 0x009F, 0x00A3, 0xC02F, 0x009C, 0x009E, 0x00A2, 0xC024, 0xC028, 0x003D,
          0x006B, 0x006A, 0xC00A, 0xC014, 0x0035, 0x0039, 0x0038, 0xC023, 0xC027, 0x003C, 0x0067, 0x0040, 0xC009,
          0xC013, 0x002F, 0x0033, 0x0032},
         {}, kNistGroups, 1024, false},
        // No ECDHE with AES-GCM on Windows 7: servers offering only those lose IE 11 there.
        {"windows-7-ie-11", QT_TRANSLATE_NOOP("Compatibility", "Windows 7 / Internet Explorer 11"), 0x0301, 0x0303,
         {0xC028, 0xC027, 0xC014, 0xC013, 0x009F, 0x009E, 0x0039, 0x0033, 0x009D, 0x009C, 0x003D, 0x003C, 0x0035,
          0x002F, 0xC02C, 0xC02B, 0xC024, 0xC023, 0xC00A, 0xC009, 0x006A, 0x0040, 0x0038, 0x0032, 0x000A, 0x0013},
         {}, {QStringLiteral("secp256r1"), QStringLiteral("secp384r1")}, 1024, false},
        // No ChaCha20 and no X25519 yet; RC4 and 3DES still offered.
        {"curl-openssl-1.0.2", QT_TRANSLATE_NOOP("Compatibility", "curl with OpenSSL 1.0.2"), 0x0301, 0x0303,
         {0xC030, 0xC02C, 0xC028, 0xC024, 0xC014, 0xC00A, 0x00A3, 0x009F, 0x006B, 0x006A, 0x0039, 0x0038, 0x0088,
          0x0087, 0x009D, 0x003D, 0x0035, 0x0084, 0xC02F, 0xC02B, 0xC027, 0xC023, 0xC013, 0xC009, 0x00A2, 0x009E,
          0x0067, 0x0040, 0x0033, 0x0032, 0x009A, 0x0099, 0x0045, 0x0044, 0x009C, 0x003C, 0x002F, 0x0096, 0x0041,
          0xC012, 0xC008, 0x0016, 0x0013, 0x000A, 0xC011, 0xC007, 0x0005, 0x0004},
         {}, kNistGroups, 768, false},
    };
}

QStringList versionNames(const QList<int> &versions)
{
    QStringList names;
    for (const int version : versions)
        names << tls::versionName(version);
    return names;
}

void fail(CompatibilityRow *row, const char *reason)
{
    row->outcome = CompatibilityRow::Outcome::Fails;
    row->reason = QLatin1String(reason);
}

void unknown(CompatibilityRow *row)
{
    row->outcome = CompatibilityRow::Outcome::Unknown;
    row->reason = QStringLiteral("not-enough-data");
}

void assessTls13(const ClientProfile &client, const ServerCapabilities &server, CompatibilityRow *row)
{
    const QList<quint16> serverSuites = server.suites.value(0x0304);
    for (const quint16 suite : client.tls13Suites) {
        if (!serverSuites.contains(suite))
            continue;
        switch (server.groupSupport(client.groups)) {
        case Support::Rejected: return fail(row, "no-common-group");
        case Support::Unknown: return unknown(row);
        case Support::Accepted: break;
        }
        row->outcome = CompatibilityRow::Outcome::Connects;
        row->cipher = tls::suiteName(suite);
        return;
    }
    if (server.completeSuites.contains(0x0304))
        fail(row, "no-common-suite");
    else
        unknown(row);
}

// The suite the server would pick from this client's offer, as it picks: by its own order
// or by the client's, skipping ECDHE suites when no curve is shared. Clients do not retry
// with other suites when they dislike the pick (a small DH group, say): they fail. When
// the pick hinges on a group the probes could not judge, so does the outcome.
void assessUpToTls12(const ClientProfile &client, const ServerCapabilities &server, int version, CompatibilityRow *row)
{
    const QList<quint16> serverSuites = server.suites.value(version);
    QList<quint16> inPickOrder;
    const QList<quint16> &order = server.serverOrder.contains(version) ? serverSuites : client.suites;
    const QList<quint16> &other = server.serverOrder.contains(version) ? client.suites : serverSuites;
    for (const quint16 suite : order) {
        if (other.contains(suite))
            inPickOrder << suite;
    }
    bool skippedForGroup = false;
    const Support groups = server.groupSupport(client.groups);
    for (const quint16 suite : inPickOrder) {
        const std::optional<tls::CipherSuiteTraits> traits = tls::cipherSuiteTraits(suite);
        if (traits && traits->ecdhe && groups == Support::Unknown)
            return unknown(row);
        if (traits && traits->ecdhe && groups == Support::Rejected) {
            skippedForGroup = true;
            continue;
        }
        row->cipher = tls::suiteName(suite);
        if (traits && traits->dhe && server.dhBits > 0 && server.dhBits < client.minDhBits) {
            row->facts.insert(QStringLiteral("dhBits"), server.dhBits);
            row->facts.insert(QStringLiteral("minDhBits"), client.minDhBits);
            return fail(row, "dh-too-small");
        }
        row->outcome = CompatibilityRow::Outcome::Connects;
        return;
    }
    if (skippedForGroup)
        fail(row, "no-common-group");
    else if (server.completeSuites.contains(version))
        fail(row, "no-common-suite");
    else
        unknown(row);
}

CompatibilityRow assess(const ClientProfile &client, const ServerCapabilities &server)
{
    CompatibilityRow row;
    row.clientId = QLatin1String(client.id);
    row.current = client.current;
    QList<int> clientVersions;
    for (int version = client.minVersion; version <= client.maxVersion; ++version)
        clientVersions << version;
    row.facts.insert(QStringLiteral("clientVersions"), versionNames(clientVersions));
    row.facts.insert(QStringLiteral("serverVersions"), versionNames(server.accepted()));
    row.facts.insert(QStringLiteral("clientGroups"), client.groups);
    row.facts.insert(QStringLiteral("serverGroups"), server.groups);

    // The client gets the highest version both speak, if the server's answer for every
    // version above it within the client's range is a definite no.
    int version = 0;
    for (auto it = clientVersions.crbegin(); it != clientVersions.crend() && version == 0; ++it) {
        const Support support = server.support(*it);
        if (support == Support::Unknown) {
            unknown(&row);
            return row;
        }
        if (support == Support::Accepted)
            version = *it;
    }
    if (version == 0) {
        fail(&row, "no-common-version");
        return row;
    }
    row.version = tls::versionName(version);
    if (version == 0x0304)
        assessTls13(client, server, &row);
    else
        assessUpToTls12(client, server, version, &row);
    return row;
}

} // namespace

const QList<ClientProfile> &clientProfiles()
{
    static const QList<ClientProfile> profiles = makeProfiles();
    return profiles;
}

QList<CompatibilityRow> assessCompatibility(const ServerCapabilities &server)
{
    QList<CompatibilityRow> rows;
    if (server.accepted().isEmpty())
        return rows;
    for (const ClientProfile &client : clientProfiles())
        rows << assess(client, server);
    return rows;
}

QString Compatibility::clientName(const QString &clientId)
{
    for (const ClientProfile &client : clientProfiles()) {
        if (clientId == QLatin1String(client.id))
            return tr(client.name);
    }
    return clientId;
}

QString Compatibility::explain(const CompatibilityRow &row)
{
    const QVariantMap &f = row.facts;
    const auto joined = [&f](const char *key) { return f.value(QLatin1String(key)).toStringList().join(QStringLiteral(", ")); };
    if (row.reason == QLatin1String("no-common-version"))
        return tr("Speaks %1; the server accepts only %2.").arg(joined("clientVersions"), joined("serverVersions"));
    if (row.reason == QLatin1String("no-common-suite"))
        return tr("No cipher suite in common at %1.").arg(row.version);
    if (row.reason == QLatin1String("no-common-group"))
        return tr("No key exchange group in common: the client offers %1, the server accepts %2.")
            .arg(joined("clientGroups"), joined("serverGroups"));
    if (row.reason == QLatin1String("dh-too-small"))
        return tr("The server picks %1 with a %2-bit DH group; this client refuses groups under %3 bits.")
            .arg(row.cipher, f.value(QStringLiteral("dhBits")).toString(), f.value(QStringLiteral("minDhBits")).toString());
    if (row.reason == QLatin1String("not-enough-data"))
        return tr("The probes could not tell.");
    return {};
}

} // namespace hd
