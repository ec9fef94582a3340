#include "TableCopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QMap>
#include <QSet>

namespace cs::ui::TableCopy {

QString selectedText(const QAbstractItemView* view)
{
    const QAbstractItemModel* model = view->model();
    if (model == nullptr || view->selectionModel() == nullptr) {
        return QString();
    }
    QMap<int, QMap<int, QString>> cells; // row -> column -> text, in order
    QSet<int> columnSet;
    for (const QModelIndex& index : view->selectionModel()->selectedIndexes()) {
        cells[index.row()][index.column()] = index.data(Qt::DisplayRole).toString();
        columnSet.insert(index.column());
    }
    if (cells.isEmpty()) {
        return QString();
    }
    QList<int> columns = columnSet.values();
    std::sort(columns.begin(), columns.end());
    const auto clean = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\n', u' ');
    };
    QStringList header;
    for (int c : columns) {
        header.append(clean(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));
    }
    QString text = header.join(u'\t') + u'\n';
    for (auto row = cells.cbegin(); row != cells.cend(); ++row) {
        QStringList line;
        for (int c : columns) {
            line.append(clean(row.value().value(c)));
        }
        text += line.join(u'\t') + u'\n';
    }
    return text;
}

void enable(QAbstractItemView* view)
{
    auto* copy = new QAction(QCoreApplication::translate("cs::ui::TableCopy", "&Copy"), view);
    copy->setObjectName(QStringLiteral("copyCells"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = selectedText(view);
        if (!text.isEmpty()) {
            QApplication::clipboard()->setText(text);
        }
    });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace cs::ui::TableCopy
