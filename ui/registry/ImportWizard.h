#pragma once

#include <QWizard>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace cs::ui {

class WorkspaceController;

/// File > Import: brings evidence in from where the ML team keeps it, through the same importers and commands as
/// the command line. Sources: an MLflow tracking folder or database (registered versions with their runs), a
/// dvc.lock (data lineage of a version), a prediction file (per-sample scores of versions on a dataset, with the
/// column mapping and a preview of the first rows). Long imports show progress and can be cancelled; nothing of a
/// failed or cancelled import is stored.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Source
    {
        MlflowStore,
        MlflowDatabase,
        DvcLockFile,
        PredictionFile,
    };
    enum PageId
    {
        SourcePage,
        MlflowPage,
        DvcPage,
        PredictionsPage,
    };

    explicit ImportWizard(WorkspaceController* controller, QWidget* parent = nullptr);

    void setSource(Source source, const QString& path);
    Source source() const;
    QString path() const;

    /// Runs the import the pages describe. Shows what went wrong and returns false if nothing was stored.
    bool runImport();
    /// What the last successful import stored, in a sentence.
    const QString& summary() const { return m_summary; }

    int nextId() const override;
    /// Import runs the import; the wizard closes only when it succeeded.
    void accept() override;

signals:
    void imported(const QString& summary);

private:
    QWizardPage* buildSourcePage();
    QWizardPage* buildMlflowPage();
    QWizardPage* buildDvcPage();
    QWizardPage* buildPredictionsPage();
    void enterPage(int id);
    void loadMlflow();
    void loadMlflowVersions();
    void loadDvcVersions();
    void loadPreview();
    void fillScoreRows();
    bool importMlflow();
    bool importDvc();
    bool importPredictions();
    bool failed(const QString& message);

    WorkspaceController* m_controller;
    QString m_summary;
    // Source
    QButtonGroup* m_sourceGroup;
    QLineEdit* m_path;
    // MLflow
    QComboBox* m_mlflowModel;
    QListWidget* m_mlflowVersions;
    QLabel* m_mlflowNote;
    // DVC
    QComboBox* m_dvcModel;
    QComboBox* m_dvcVersion;
    QLabel* m_dvcPreview;
    // Predictions
    QLabel* m_previewNote;
    QTableWidget* m_preview;
    QComboBox* m_dataset;
    QComboBox* m_role;
    QComboBox* m_model;
    QComboBox* m_idColumn;
    QComboBox* m_labelColumn;
    QListWidget* m_groups;
    QListWidget* m_features; ///< feature columns for drift monitoring (a new dataset's file only)
    QTableWidget* m_scores;
    QStringList m_columns;
};

} // namespace cs::ui
