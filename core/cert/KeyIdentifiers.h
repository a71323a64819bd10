#pragma once

#include <QByteArray>
#include <QString>

namespace hd {

// A certificate's key identifiers, colon-separated hex; empty without the extension. They
// link a certificate to its issuer when names are ambiguous, so a reader can match an
// intermediate to the leaf that needs it.
struct KeyIdentifiers
{
    QString subject;   // subjectKeyIdentifier
    QString authority; // authorityKeyIdentifier: the issuer's subjectKeyIdentifier
};

KeyIdentifiers keyIdentifiersOf(const QByteArray &der);

} // namespace hd
