#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace hd {

// File dialogs go through here so tests can answer them without a modal dialog: a
// prepared answer is used once, instead of opening the dialog.
class FileDialog
{
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);

    // For tests: the next dialog returns `path` at once (an empty path: the user cancelled).
    static void setNextAnswer(const QString &path);

private:
    static std::optional<QString> takeNextAnswer();
    static std::optional<QString> s_nextAnswer;
};

} // namespace hd
