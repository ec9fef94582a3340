#pragma once

class QAbstractItemView;
class QString;

namespace cs::ui {

/// Copying from tables: Ctrl+C (the platform's Copy key) and a context menu copy the selected cells as
/// tab-separated text, with the column headers first, so a reviewer can paste figures into a spreadsheet or a
/// report.
namespace TableCopy {
/// Adds the Copy action to `view` (a shortcut of the view only, so it does not steal Copy from other widgets).
void enable(QAbstractItemView* view);
/// The selected cells of `view` as tab-separated lines, the header row first (empty without a selection).
QString selectedText(const QAbstractItemView* view);
} // namespace TableCopy

} // namespace cs::ui
