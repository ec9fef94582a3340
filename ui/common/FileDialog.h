#pragma once

#include <QString>

class QWidget;

namespace cs::ui {

/// File choosers, replaceable in GUI tests: setNextFileName() makes the next call return that name at once.
class FileDialog
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
    static QString existingDirectory(QWidget* parent, const QString& caption);
    static void setNextFileName(const QString& fileName);

private:
    static bool takeNext(QString& fileName);
};

} // namespace cs::ui
