#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace hd {

namespace {

struct Installed
{
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::systemDefault()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString name = QLocale(ui).name(); // "zh_CN", "en_US"
        if (name.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool Translations::install(const QString &language)
{
    if (!available().contains(language))
        return false;
    Installed &state = installed();
    if (state.program)
        QCoreApplication::removeTranslator(state.program.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.program.reset();
    state.qt.reset();

    auto program = std::make_unique<QTranslator>();
    if (program->load(QStringLiteral(":/i18n/handshake-doctor_%1.qm").arg(language)))
        QCoreApplication::installTranslator(program.get());
    state.program = std::move(program);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    state.qt = std::move(qt);
    state.language = language;
    QLocale::setDefault(QLocale(language));
    return true;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace hd
