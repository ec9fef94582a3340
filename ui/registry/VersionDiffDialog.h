#pragma once

#include "registry/VersionDiff.h"
#include "registry/VersionDiffView.h"

#include <QDialog>

class QComboBox;

namespace cs::ui {

class WorkspaceController;

/// What differs between any two versions of a model: parameters and configuration key by key, metrics, tags,
/// registry stage and aliases, code commit, artifacts and data, with the line diff of a configuration file shown
/// for the selected row. The same core diff as `countersign-cli diff`.
class VersionDiffDialog : public QDialog
{
    Q_OBJECT
public:
    VersionDiffDialog(WorkspaceController* controller, const QString& model, const QString& from, const QString& to,
                      QWidget* parent = nullptr);

    QComboBox* fromVersion() const { return m_from; }
    QComboBox* toVersion() const { return m_to; }
    QTableWidget* table() const { return m_view->table(); }
    QPlainTextEdit* lineDiff() const { return m_view->lineDiff(); }
    const VersionDiff& diff() const { return m_view->diff(); }

private:
    void compare();

    WorkspaceController* m_controller;
    QString m_model;
    QComboBox* m_from;
    QComboBox* m_to;
    VersionDiffView* m_view;
};

} // namespace cs::ui
