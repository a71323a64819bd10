#include "FileDialog.h"

#include <QFileDialog>

namespace hd {

std::optional<QString> FileDialog::s_nextAnswer;

void FileDialog::setNextAnswer(const QString &path)
{
    s_nextAnswer = path;
}

std::optional<QString> FileDialog::takeNextAnswer()
{
    std::optional<QString> answer;
    answer.swap(s_nextAnswer);
    return answer;
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                 const QString &filter)
{
    if (const auto answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter)
{
    if (const auto answer = takeNextAnswer())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

} // namespace hd
