#pragma once

#include "DiagnosisResult.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace hd {

// What the extra connections found, as one compact summary instead of timeline rows: each
// protocol version accepted, refused or could not tell (with the suites it accepts), the
// key exchange, and whether common clients would connect.
class ExtraChecksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExtraChecksPanel(QWidget *parent = nullptr);

    void clear();
    void setResult(const DiagnosisResult &result);
    bool hasProblem() const; // a finding is tied to one of these checks

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderVersions();
    void renderKeyExchange();
    void renderCompatibility();
    void setStatusIcon(QLabel *icon, const QStringList &probes);

    std::optional<DiagnosisResult> m_result;
    QLabel *m_note;
    QLabel *m_versionsHeading;
    QTableWidget *m_versions;
    QLabel *m_keyExchangeHeading;
    QLabel *m_keyExchange;
    QLabel *m_versionsIcon;
    QLabel *m_keyExchangeIcon;
    QLabel *m_compatibilityHeading;
    QTableWidget *m_compatibility;
};

} // namespace hd
