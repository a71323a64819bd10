#include "TrustStore.h"

#include "PlatformAnchors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>

namespace hd {

namespace {

// Where the system keeps its anchors as OpenSSL's hashed directory (Linux and the BSDs):
// OpenSSL then reads only the few certificates a chain needs, instead of this process
// parsing the whole store up front (0.15 s and more, most of a command-line run). Empty
// where there is none: macOS and Windows keep their stores elsewhere.
const QString &systemHashedDirectory()
{
    static const QString directory = [] {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        const QByteArray fromEnvironment = qgetenv(X509_get_default_cert_dir_env());
        const QString candidate = fromEnvironment.isEmpty() ? QString::fromLocal8Bit(X509_get_default_cert_dir())
                                                            : QString::fromLocal8Bit(fromEnvironment).section(QDir::listSeparator(), 0, 0);
        // A hashed directory has links named after subject hashes: 5ad8a5d6.0
        const QStringList hashed = QDir(candidate).entryList({QStringLiteral("????????.[0-9]")}, QDir::Files);
        if (!hashed.isEmpty())
            return candidate;
#endif
        return QString();
    }();
    return directory;
}

int hashedDirectoryCount(const QString &directory)
{
    static const QRegularExpression hashName(QStringLiteral("^[0-9a-f]{8}\\.[0-9]+$"));
    int count = 0;
    for (const QString &name : QDir(directory).entryList(QDir::Files))
        count += hashName.match(name).hasMatch() ? 1 : 0;
    return count;
}

// Reading the OS store through Qt costs tens of milliseconds; it does not change while we run.
const X509List &systemAnchors()
{
    static const X509List anchors = [] {
        X509List list;
        if (loadPlatformAnchors(&list))
            return list;
        for (const QSslCertificate &cert : QSslConfiguration::systemCaCertificates()) {
            const QByteArray der = cert.toDer();
            const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
            if (X509 *x = d2i_X509(nullptr, &data, der.size()))
                list.emplace_back(x);
        }
        return list;
    }();
    return anchors;
}

bool sameCertificate(X509 *a, X509 *b)
{
    return X509_cmp(a, b) == 0;
}

} // namespace

X509List readCertificates(const QByteArray &data)
{
    X509List certs;
    if (data.contains("-----BEGIN")) {
        BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
        while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
            certs.emplace_back(cert);
        ERR_clear_error(); // the loop ends on "no start line"
        return certs;
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    if (X509 *cert = d2i_X509(nullptr, &bytes, data.size())) {
        certs.emplace_back(cert);
        return certs;
    }
    bytes = reinterpret_cast<const unsigned char *>(data.constData());
    if (PKCS7 *p7 = d2i_PKCS7(nullptr, &bytes, data.size())) {
        if (PKCS7_type_is_signed(p7) && p7->d.sign && p7->d.sign->cert) {
            for (int i = 0; i < sk_X509_num(p7->d.sign->cert); ++i)
                certs.push_back(shareX509(sk_X509_value(p7->d.sign->cert, i)));
        }
        PKCS7_free(p7);
    }
    ERR_clear_error();
    return certs;
}

CaFile readCaFile(const QString &path, const CancelToken &cancel)
{
    CaFile result;
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        result.error = TrustStore::tr("it is not a regular file");
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    constexpr qint64 kPiece = 256 * 1024;
    QByteArray data;
    while (!cancel.isCancelled() && data.size() <= CaFile::kMaxBytes) {
        const QByteArray piece = file.read(kPiece);
        if (piece.isEmpty())
            break;
        data += piece;
    }
    if (cancel.isCancelled()) {
        result.error = TrustStore::tr("reading it was cancelled");
    } else if (data.size() > CaFile::kMaxBytes) {
        result.error = TrustStore::tr("it is larger than %n MB", nullptr, int(CaFile::kMaxBytes / (1024 * 1024)));
    } else {
        result.certificates = readCertificates(data);
        if (result.certificates.empty())
            result.error = TrustStore::tr("no certificate found");
    }
    return result;
}

void TrustStore::preloadSystemAnchors()
{
    if (systemHashedDirectory().isEmpty())
        systemAnchors();
}

TrustStore TrustStore::load(const QString &replacementFile, const QString &extraCaFile, const CancelToken &cancel)
{
    TrustStore trust;
    trust.m_store.reset(X509_STORE_new());
    if (replacementFile.isEmpty() && !systemHashedDirectory().isEmpty()) {
        trust.m_systemDirectory = systemHashedDirectory();
        X509_STORE_load_path(trust.m_store.get(), trust.m_systemDirectory.toLocal8Bit().constData());
    } else if (replacementFile.isEmpty()) {
        for (const X509Ptr &cert : systemAnchors())
            trust.add(cert.get(), false);
    } else {
        const CaFile replacement = readCaFile(replacementFile, cancel);
        trust.m_replacementFileError = replacement.error;
        for (const X509Ptr &cert : replacement.certificates)
            trust.add(cert.get(), false);
    }
    if (!extraCaFile.isEmpty()) {
        const CaFile extra = readCaFile(extraCaFile, cancel);
        trust.m_extraFileError = extra.error;
        for (const X509Ptr &cert : extra.certificates)
            trust.add(cert.get(), true);
    }
    return trust;
}

void TrustStore::add(X509 *cert, bool fromExtraFile)
{
    X509_STORE_add_cert(m_store.get(), cert);
    m_anchors.push_back(shareX509(cert));
    if (fromExtraFile)
        m_extraAnchors.push_back(shareX509(cert));
}

bool TrustStore::contains(X509 *cert) const
{
    for (const X509Ptr &anchor : m_anchors) {
        if (sameCertificate(anchor.get(), cert))
            return true;
    }
    if (m_systemDirectory.isEmpty())
        return false;
    // Ask the directory for every anchor with this subject, as chain building does.
    const X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), m_store.get(), nullptr, nullptr) != 1)
        return false;
    STACK_OF(X509) *candidates = X509_STORE_CTX_get1_certs(context.get(), X509_get_subject_name(cert));
    bool found = false;
    for (int i = 0; i < sk_X509_num(candidates) && !found; ++i)
        found = sameCertificate(sk_X509_value(candidates, i), cert);
    sk_X509_pop_free(candidates, X509_free);
    ERR_clear_error();
    return found;
}

int TrustStore::anchorCount() const
{
    return int(m_anchors.size()) + (m_systemDirectory.isEmpty() ? 0 : hashedDirectoryCount(m_systemDirectory));
}

bool TrustStore::isFromExtraFile(X509 *cert) const
{
    for (const X509Ptr &anchor : m_extraAnchors) {
        if (sameCertificate(anchor.get(), cert))
            return true;
    }
    return false;
}

} // namespace hd
