#pragma once

#include "ServerCapabilities.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace hd {

// What a well-known client offers in its ClientHello, from published handshake captures
// (SSL Labs' client simulations, the browsers' own source). All of them send SNI, so SNI
// is not modelled.
struct ClientProfile
{
    const char *id;               // stable key for JSON, e.g. "java-8"
    const char *name;             // QT_TRANSLATE_NOOP'd in context "Compatibility"
    int minVersion;
    int maxVersion;
    QList<quint16> suites;        // TLS 1.2 and older, in the client's order
    QList<quint16> tls13Suites;   // in the client's order
    QStringList groups;           // elliptic-curve groups, TlsNames spelling
    int minDhBits;                // smallest finite-field DH group it accepts (0: offers no DHE)
    bool current;                 // what people use today: a server must work with it
};

const QList<ClientProfile> &clientProfiles();

// Whether one client would connect, computed from the probed versions and suites.
struct CompatibilityRow
{
    enum class Outcome { Connects, Fails, Unknown };
    QString clientId;             // ClientProfile::id; Compatibility::clientName gives its name
    Outcome outcome = Outcome::Unknown;
    QString version;              // what it would negotiate ("TLS 1.2"), also when the suites then fail
    QString cipher;               // IANA name, when it connects
    // When it does not connect: "no-common-version", "no-common-suite", "no-common-group",
    // "dh-too-small"; "not-enough-data" when the probes could not tell.
    QString reason;
    QVariantMap facts;            // for the reason's words: clientVersions, serverVersions, dhBits, minDhBits
    bool current = false;
};

// One row per profile, in the table's order; empty when nothing is known about the server.
QList<CompatibilityRow> assessCompatibility(const ServerCapabilities &server);

// The rows in words, in the language currently installed.
class Compatibility
{
    Q_DECLARE_TR_FUNCTIONS(Compatibility)
public:
    static QString clientName(const QString &clientId);
    static QString explain(const CompatibilityRow &row); // why it fails; empty when it connects
};

} // namespace hd
