// The window's proxy option: the system's, none, or one given (checked while typing).
#include "OptionsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

class TestProxyOptions : public QObject
{
    Q_OBJECT

private slots:
    void chooseAProxy()
    {
        hd::OptionsDialog dialog{hd::DiagnosisOptions{}};
        dialog.show();
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("proxyModeComboBox"));
        auto *proxy = dialog.findChild<QLineEdit *>(QStringLiteral("proxyLineEdit"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("optionsErrorLabel"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(mode && proxy && error);
        QCOMPARE(mode->count(), 3);
        QCOMPARE(mode->currentIndex(), int(hd::ProxyMode::System));
        QVERIFY(!proxy->isEnabled());
        QVERIFY(ok->isEnabled());

        mode->setCurrentIndex(int(hd::ProxyMode::Given));
        QVERIFY(proxy->isEnabled());
        QVERIFY(!ok->isEnabled()); // nothing given yet
        proxy->setText(QStringLiteral("socks5://proxy.example:1080"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("HTTP proxy")));
        QVERIFY(!ok->isEnabled());
        proxy->setText(QStringLiteral("http://me:secret@proxy.example:3128"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.options().proxyMode, hd::ProxyMode::Given);
        QCOMPARE(dialog.options().proxyUrl, QStringLiteral("http://me:secret@proxy.example:3128"));

        mode->setCurrentIndex(int(hd::ProxyMode::None));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.options().proxyMode, hd::ProxyMode::None);
        QVERIFY(dialog.options().proxyUrl.isEmpty());
    }

    void reopensWithTheChoice()
    {
        hd::DiagnosisOptions options;
        options.proxyMode = hd::ProxyMode::Given;
        options.proxyUrl = QStringLiteral("http://proxy.example:8080");
        hd::OptionsDialog dialog(options);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("proxyModeComboBox"))->currentIndex(), int(hd::ProxyMode::Given));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("proxyLineEdit"))->text(), options.proxyUrl);
        QCOMPARE(dialog.options().proxyUrl, options.proxyUrl);
    }
};

QTEST_MAIN(TestProxyOptions)
#include "tst_proxyoptions.moc"
