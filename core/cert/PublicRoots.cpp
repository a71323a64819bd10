#include "PublicRoots.h"

#include <QFile>
#include <QSet>

namespace hd {

namespace {

QString normalized(const QString &fingerprint)
{
    QString hex = fingerprint.toUpper();
    hex.remove(QLatin1Char(':'));
    return hex;
}

// Lines of "FINGERPRINT subject", '#' for comments (scripts/refresh-mozilla-roots.sh).
const QSet<QString> &fingerprints()
{
    static const QSet<QString> all = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/hd/mozilla-roots.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return set;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                set.insert(normalized(line.section(QLatin1Char(' '), 0, 0)));
        }
        return set;
    }();
    return all;
}

} // namespace

bool PublicRoots::isAvailable()
{
    return !fingerprints().isEmpty();
}

int PublicRoots::count()
{
    return int(fingerprints().size());
}

bool PublicRoots::contains(const QString &sha256Fingerprint)
{
    return fingerprints().contains(normalized(sha256Fingerprint));
}

} // namespace hd
