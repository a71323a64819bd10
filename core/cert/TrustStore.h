#pragma once

#include "CancelToken.h"
#include "OpenSslPtr.h"

#include <QCoreApplication>
#include <QString>

namespace hd {

// A CA file the user named, read with care: only a regular file, at most kMaxCaFileBytes
// (a device such as /dev/zero never ends), in pieces so that a cancel stops it.
struct CaFile
{
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024; // a full public bundle is ~0.2 MB
    X509List certificates;
    QString error; // localized; empty when the file gave at least one certificate
};
CaFile readCaFile(const QString &path, const CancelToken &cancel);

// The anchors a diagnosis trusts: the operating system's store (through Qt, which knows
// where each OS keeps it) or a replacement file, plus the user's extra CA file.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)
public:
    static TrustStore load(const QString &replacementFile, const QString &extraCaFile,
                           const CancelToken &cancel = CancelToken());
    // Reads the operating system's store once per process where it must be read whole
    // (~0.1 s; not where OpenSSL looks anchors up in a hashed directory); call early, on any thread.
    static void preloadSystemAnchors();

    X509_STORE *store() const { return m_store.get(); }
    bool contains(X509 *cert) const;           // is this exact certificate an anchor?
    bool isFromExtraFile(X509 *cert) const;    // added by the user for this run
    int anchorCount() const;
    QString extraFileError() const { return m_extraFileError; }
    QString replacementFileError() const { return m_replacementFileError; } // then nothing is trusted

private:
    void add(X509 *cert, bool fromExtraFile);

    X509StorePtr m_store;
    X509List m_anchors;
    X509List m_extraAnchors;
    QString m_systemDirectory;  // OpenSSL's hashed directory, when the system's anchors are read from it
    QString m_extraFileError;
    QString m_replacementFileError;
};

X509List readCertificates(const QByteArray &pemOrDer); // PEM bundle, DER, or PKCS#7 (certs-only)

} // namespace hd
