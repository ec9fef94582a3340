#pragma once

#include "records/ChangeRequest.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace cs::ui {

class WorkspaceController;

/// New Change Request…: opens a draft for a candidate version through the same core command as `cr create`. The
/// baseline, the datasets, the subgroup columns and the protocol's thresholds and margins come filled in from the
/// workspace (ChangeRequestQuery::draft); the last page says what the plan can show (the counts and its power if
/// the two versions were equally good) and what is still to be written before it can be submitted.
class NewChangeRequestWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        CandidatePage,
        ReasonsPage,
        PlanPage,
        CheckPage,
    };
    /// Starts on `model` and `candidate` when given (from a version on the Models page).
    NewChangeRequestWizard(WorkspaceController* controller, const QString& model = QString(),
                           const QString& candidate = QString(), QWidget* parent = nullptr);
    /// Edit… a draft or a returned request (its author): the pages show `request` as it stands, model and candidate
    /// fixed; Finish stores the change with what changed (EditChangeRequestCommand, as `cr edit`).
    void editRequest(const ChangeRequestRecord& request);
    /// Roll Back…: a rollback request for the implemented request `implemented`, its candidate the version to
    /// return to (`cr create --rollback-of`), approved and implemented like any other request.
    void rollBack(const ChangeRequestRecord& implemented);

    /// Fills in what triggered the request (a drift alert: drift-alert and "DA-N"); the core links the alert to the
    /// request when it is stored.
    void setTrigger(ChangeTrigger trigger, const QString& reference);

    /// The request as the pages describe it now.
    ChangeRequestContent content() const;
    /// The new (or edited) request's id, once stored.
    const QString& createdId() const { return m_created; }

    QComboBox* model() const { return m_model; }
    QComboBox* candidate() const { return m_candidate; }
    QLineEdit* titleEdit() const { return m_title; }
    QListWidget* datasets() const { return m_datasets; }
    QListWidget* subgroups() const { return m_subgroups; }
    QDoubleSpinBox* candidateThreshold() const { return m_candidateThreshold; }
    QDoubleSpinBox* baselineThreshold() const { return m_baselineThreshold; }
    /// The originally cleared version ("" for none) and its threshold.
    QComboBox* cleared() const { return m_cleared; }
    QComboBox* pccpModification() const { return m_pccpModification; }
    QDoubleSpinBox* clearedThreshold() const { return m_clearedThreshold; }
    QLabel* check() const { return m_check; }
    QLineEdit* editReason() const { return m_editReason; }

    /// Finish creates the draft; the wizard closes only when it was stored.
    void accept() override;

private:
    QWizardPage* buildCandidatePage();
    QWizardPage* buildReasonsPage();
    QWizardPage* buildPlanPage();
    QWizardPage* buildCheckPage();
    void fillVersions();
    /// The modifications of the model's PCCP in force, "outside", and `named` when the PCCP lacks it.
    void fillModifications(const QString& model, const QString& named);
    /// Fills the plan from the workspace for the chosen model and candidate (when they changed).
    void fillPlan();
    void fillPlanFrom(const ChangeRequestContent& c);
    void showCheck();
    /// Shows `c` in the pages.
    void load(const ChangeRequestContent& c);

    WorkspaceController* m_controller;
    QComboBox* m_model;
    QComboBox* m_candidate;
    QLabel* m_baseline;
    QLineEdit* m_title;
    QComboBox* m_trigger;
    QLineEdit* m_triggerReference;
    QRadioButton* m_minor;
    QRadioButton* m_major;
    QLineEdit* m_classificationReason;
    QComboBox* m_pccpModification;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_rationale;
    QPlainTextEdit* m_benefits;
    QPlainTextEdit* m_risks;
    QPlainTextEdit* m_mitigations;
    QLineEdit* m_residualRisk;
    QLineEdit* m_rollbackCriteria;
    QListWidget* m_datasets;
    QListWidget* m_subgroups;
    QDoubleSpinBox* m_candidateThreshold;
    QDoubleSpinBox* m_baselineThreshold;
    QComboBox* m_cleared;
    QDoubleSpinBox* m_clearedThreshold;
    QDoubleSpinBox* m_alpha;
    QDoubleSpinBox* m_margins[4]; ///< sensitivity, specificity, accuracy, AUC
    QSpinBox* m_minimumPositives;
    QLabel* m_check;
    QLineEdit* m_editReason; ///< what changed (editing only)
    QString m_editId; ///< the request being edited (empty for a new one)
    ChangeRequestContent m_draft; ///< what the workspace filled in for the chosen model and candidate
    QString m_created;
};

} // namespace cs::ui
