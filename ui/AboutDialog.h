#pragma once

#include <QDialog>

class QLabel;

namespace hd {

// Name, purpose, and the versions a support request needs: this program, Qt, OpenSSL.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString versionReport(); // "Qt 6.4.2 (built with 6.4.2)\nOpenSSL 3.0.x ..."

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_versions;
};

} // namespace hd
