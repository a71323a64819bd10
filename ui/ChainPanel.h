#pragma once

#include "DiagnosisResult.h"

#include <QWidget>

class QPushButton;
class QSplitter;
class QTextBrowser;
class QTreeView;

namespace hd {

class ChainModel;

// The certificate chain tree beside the selected certificate's details, with save-as-PEM.
class ChainPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChainPanel(QWidget *parent = nullptr);

    ChainModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void clear();
    void setResult(const DiagnosisResult &result); // selects the leaf
    bool hasProblem() const;
    bool saveSelectedCertificate(const QString &path); // false with errorOccurred emitted

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void statusMessage(const QString &text);
    void errorOccurred(const QString &title, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetails();
    void askAndSaveSelected();
    void retranslateUi();

    ChainModel *m_model;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_savePem;
    QSplitter *m_splitter;
    QDateTime m_at;
};

} // namespace hd
