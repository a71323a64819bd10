#pragma once

#include "DiagnosisOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace hd {

// Timeout, an extra trusted CA file (internal networks), an address override, and the
// proxy (the system's, none, or one given for this session).
// Problems are explained inline while typing; OK stays disabled until they are fixed.
class OptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OptionsDialog(const DiagnosisOptions &options, QWidget *parent = nullptr);

    DiagnosisOptions options() const; // valid once accepted

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    void browseCaFile();
    void restoreDefaults();
    QString problem() const;

    DiagnosisOptions m_options;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QLabel *m_caFileLabel;
    QLineEdit *m_caFile;
    QToolButton *m_browse;
    QLabel *m_caFileHint;
    QLabel *m_overrideLabel;
    QLineEdit *m_override;
    QLabel *m_overrideHint;
    QCheckBox *m_fetchIssuers;
    QLabel *m_proxyLabel;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxy;
    QLabel *m_proxyHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace hd
