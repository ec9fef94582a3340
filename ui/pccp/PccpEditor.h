#pragma once

#include "pccp/Pccp.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace cs::ui {

class WorkspaceController;

/// New PCCP Version…: a model's PCCP written in a form (docs/pccp.md): the title and summary; the modifications, each
/// with its description, the four parts of its protocol, its acceptance criteria in a table (every choice from the
/// rule language's own lists) and its impact assessment; and the real-world monitoring rules. It starts from the
/// newest version when there is one. Save stores the next version through the same command as `pccp import`
/// (SavePccpCommand), which names every problem by its field.
class PccpEditor : public QDialog
{
    Q_OBJECT
public:
    /// Starts on `start` (the newest version of a model's PCCP), or empty for `model`.
    PccpEditor(WorkspaceController* controller, const Pccp& start, const QStringList& models,
               QWidget* parent = nullptr);

    /// The PCCP as the form describes it now.
    Pccp content();
    /// Saves the form as the next version; on a problem shows it and returns false.
    bool save();
    int savedVersion() const { return m_saved; }

    enum RuleColumn
    {
        IdColumn,
        TitleColumn,
        MetricColumn,
        StatisticColumn,
        DatasetColumn,
        ScopeColumn,
        SubgroupColumn,
        MinimumColumn,
        ComparatorColumn,
        OperatorColumn,
        BoundColumn,
        SeverityColumn,
        FeatureColumn,
        RuleColumnCount,
    };
    QComboBox* model() const { return m_model; }
    QLineEdit* titleEdit() const { return m_title; }
    QListWidget* modifications() const { return m_modifications; }
    QTableWidget* rules() const { return m_rules; }
    QTableWidget* monitoring() const { return m_monitoring; }
    /// Appends a modification (selected) or a rule row to the selected modification's rules or the monitoring rules.
    void addModification();
    void addRule(QTableWidget* table, const PccpRule& rule = {});
    QLineEdit* field(const QString& name) const;
    QPlainTextEdit* text(const QString& name) const;
    QLabel* message() const { return m_message; }

private:
    void showModification(int row);
    void storeModification(int row);
    void fillRules(QTableWidget* table, const QList<PccpRule>& rules);
    /// Each row as a rule; every problem is appended to `problems`, named by its field under `where`.
    static QList<PccpRule> readRules(const QTableWidget* table, const QString& where, QStringList* problems);
    QTableWidget* makeRules(const QString& name);

    WorkspaceController* m_controller;
    Pccp m_pccp;
    int m_current = -1;
    QList<QStringList> m_ruleProblems; ///< per modification: what its rules table held that is not a rule
    int m_saved = 0;
    QComboBox* m_model;
    QLineEdit* m_title;
    QPlainTextEdit* m_summary;
    QListWidget* m_modifications;
    QComboBox* m_type;
    QComboBox* m_automatic;
    QComboBox* m_global;
    QTableWidget* m_rules;
    QTableWidget* m_monitoring;
    QLabel* m_message;
    QMap<QString, QLineEdit*> m_lines;
    QMap<QString, QPlainTextEdit*> m_texts;
};

} // namespace cs::ui
