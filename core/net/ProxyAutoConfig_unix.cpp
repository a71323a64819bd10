#include "ProxyAutoConfig.h"

#include <QProcess>
#include <QStandardPaths>

namespace hd {

namespace {

constexpr int kSettingsWaitMs = 2000;

// The desktops that keep their proxy settings in GNOME's schema (org.gnome.system.proxy).
bool gnomeLikeDesktop()
{
    const QByteArray desktop = qgetenv("XDG_CURRENT_DESKTOP").toLower();
    for (const char *name : {"gnome", "unity", "budgie", "cinnamon", "pantheon", "mate"}) {
        if (desktop.contains(name))
            return true;
    }
    return false;
}

// One key of org.gnome.system.proxy as gsettings prints it, without GVariant's quotes.
QString gnomeProxySetting(const QString &gsettings, const char *key)
{
    QProcess process;
    process.start(gsettings, {QStringLiteral("get"), QStringLiteral("org.gnome.system.proxy"), QLatin1String(key)});
    if (!process.waitForFinished(kSettingsWaitMs) || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(kSettingsWaitMs);
        return {};
    }
    QString value = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

SystemPac systemProxyAutoConfig()
{
    // Only where the desktop keeps GNOME's settings: elsewhere there is nothing to read, and
    // a diagnosis should not start a process for nothing.
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (!gnomeLikeDesktop() || gsettings.isEmpty() || gnomeProxySetting(gsettings, "mode") != QLatin1String("auto"))
        return {};
    return {QUrl(gnomeProxySetting(gsettings, "autoconfig-url")), false};
}

} // namespace hd
