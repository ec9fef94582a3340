#pragma once

#include <QList>
#include <QString>

namespace cs {

/// The languages Countersign speaks and the translators that make it speak them. The window follows the system's
/// locale unless the person chose a language; countersign-cli follows its environment (LANGUAGE, LC_ALL, LC_MESSAGES,
/// LANG), its JSON output staying the same in every language. Regulated records never change with it (what is stored,
/// signed or hashed is written once, in the language it was written in).
namespace Languages {

struct Language
{
    QString code; ///< "en", "de", "fr"
    QString nativeName; ///< "English", "Deutsch", "Français": each in its own language
};

/// English first (the source language), then the translations built in.
QList<Language> available();

/// The name of `code` in its own language ("Deutsch"); `code` itself when Countersign does not have it.
QString nativeName(const QString& code);

/// The language `choice` means: itself when Countersign has it, the system's first language it has when `choice` is
/// empty, and English otherwise.
QString resolve(const QString& choice);

/// Installs Countersign's translator (and Qt's own, for standard buttons and dialogs) for `choice` on the running
/// application, replacing any installed before; returns the code now in use. English installs none.
QString install(const QString& choice);

/// The code of the language installed last ("en" before any).
QString current();

/// While one lives, Countersign's own words on this thread are in English, the records' language, whatever language
/// is installed: for content that is computed to be stored and hashed (frozen evidence, drift runs and their
/// alerts), which must be the same whoever computes it. Qt's own translations are not affected.
class RecordWording
{
public:
    RecordWording();
    ~RecordWording();
    RecordWording(const RecordWording&) = delete;
    RecordWording& operator=(const RecordWording&) = delete;

private:
    bool m_previous;
};

} // namespace Languages

} // namespace cs
