#pragma once

#include "cert/CertificateInfo.h"

#include <QList>
#include <QVariantMap>

namespace hd {

struct Observations;

struct ChainEntry
{
    const CertificateInfo *cert = nullptr;
    QString position; // "leaf", "intermediate", "root"
};

// Every certificate a client would look at: the chain as built, then anything else the
// server sent that did not fit into it.
QList<ChainEntry> chainEntries(const Observations &obs);
QVariantMap certificateFacts(const ChainEntry &entry); // name + position, for evidence lists

} // namespace hd
