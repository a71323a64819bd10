#pragma once

#include "OpenSslPtr.h"

#include <QString>

namespace hd {

// The anchors a diagnosis trusts: the operating system's store (through Qt, which knows
// where each OS keeps it) or a replacement file, plus the user's extra CA file.
class TrustStore
{
public:
    static TrustStore load(const QString &replacementFile, const QString &extraCaFile);
    // Reads the operating system's store once per process where it must be read whole
    // (~0.1 s; not where OpenSSL looks anchors up in a hashed directory); call early, on any thread.
    static void preloadSystemAnchors();

    X509_STORE *store() const { return m_store.get(); }
    bool contains(X509 *cert) const;           // is this exact certificate an anchor?
    bool isFromExtraFile(X509 *cert) const;    // added by the user for this run
    int anchorCount() const;
    QString extraFileError() const { return m_extraFileError; }

private:
    void add(X509 *cert, bool fromExtraFile);

    X509StorePtr m_store;
    X509List m_anchors;
    X509List m_extraAnchors;
    QString m_systemDirectory;  // OpenSSL's hashed directory, when the system's anchors are read from it
    QString m_extraFileError;
};

X509List readCertificates(const QByteArray &pemOrDer); // PEM bundle, DER, or PKCS#7 (certs-only)

} // namespace hd
