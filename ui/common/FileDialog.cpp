#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace cs::ui {

namespace {
std::optional<QString> g_next;
} // namespace

bool FileDialog::takeNext(QString& fileName)
{
    if (!g_next) {
        return false;
    }
    fileName = *g_next;
    g_next.reset();
    return true;
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    QString name;
    return takeNext(name) ? name : QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    QString name;
    return takeNext(name) ? name : QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::existingDirectory(QWidget* parent, const QString& caption)
{
    QString name;
    return takeNext(name) ? name : QFileDialog::getExistingDirectory(parent, caption);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    g_next = fileName;
}

} // namespace cs::ui
