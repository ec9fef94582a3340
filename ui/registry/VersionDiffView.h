#pragma once

#include "registry/VersionDiff.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace cs::ui {

/// One version diff as the Compare dialog and a change request's What changed tab show it: a summary line, the
/// differences key by key (section, key, change, before, after; copyable) and the line diff of the selected
/// configuration file.
class VersionDiffView : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        SectionColumn,
        KeyColumn,
        ChangeColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount,
    };
    explicit VersionDiffView(QWidget* parent = nullptr);

    /// Shows `diff`; `note` follows the summary line (where the diff comes from, when it is not the registry's now).
    void show(const VersionDiff& diff, const QString& note = {});
    /// Shows no diff, only `message` (an error, or why there is nothing to compare).
    void showMessage(const QString& message);

    QTableWidget* table() const { return m_table; }
    QPlainTextEdit* lineDiff() const { return m_lineDiff; }
    const VersionDiff& diff() const { return m_diff; }

private:
    void showLineDiff();

    QLabel* m_summary;
    QTableWidget* m_table;
    QPlainTextEdit* m_lineDiff;
    VersionDiff m_diff;
};

} // namespace cs::ui
