#include "ImportWizard.h"

#include "WorkspaceController.h"
#include "commands/PredictionCommands.h"
#include "commands/RegistryCommands.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "importers/CsvReader.h"
#include "importers/DvcLock.h"
#include "importers/MlflowSource.h"
#include "queries/RegistryQuery.h"
#include "util/DisplayText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs::ui {

namespace {
constexpr int kPreviewRows = 20;

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

/// The column that most likely holds `what`, or -1.
int guessColumn(const QStringList& columns, const QStringList& exact, const QStringList& contains)
{
    for (const QString& e : exact) {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].compare(e, Qt::CaseInsensitive) == 0) {
                return i;
            }
        }
    }
    for (const QString& c : contains) {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].contains(c, Qt::CaseInsensitive)) {
                return i;
            }
        }
    }
    return -1;
}
/// The column that most likely holds the scores of version `label`: score_v3, p3, ..._v3; or -1.
int scoreGuess(const QStringList& columns, const QString& label)
{
    for (int i = 0; i < columns.size(); ++i) {
        const QString c = columns[i].toLower();
        if (c == u"score_v" + label || c == u"p" + label || c.endsWith(u"_v" + label) || c == u"v" + label) {
            return i;
        }
    }
    return -1;
}
} // namespace

ImportWizard::ImportWizard(WorkspaceController* controller, QWidget* parent)
    : QWizard(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SourcePage, buildSourcePage());
    setPage(MlflowPage, buildMlflowPage());
    setPage(DvcPage, buildDvcPage());
    setPage(PredictionsPage, buildPredictionsPage());
    setStartId(SourcePage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(900, 640);
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::enterPage);
}

QWizardPage* ImportWizard::buildSourcePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("What to import"));
    page->setSubTitle(tr("Countersign reads the source and copies what it needs into the workspace; it never "
                         "changes the source."));
    auto* layout = new QVBoxLayout(page);
    m_sourceGroup = new QButtonGroup(page);
    const QList<std::pair<Source, QString>> kinds = {
        {MlflowStore, tr("&MLflow tracking folder (mlruns): registered model versions with their runs")},
        {MlflowDatabase, tr("MLflow &database (mlflow.db): the same, from MLflow's SQL store")},
        {DvcLockFile, tr("D&VC lock file (dvc.lock): the data lineage of a version")},
        {PredictionFile, tr("&Prediction file (CSV): per-sample scores of versions on a dataset")},
    };
    for (const auto& [kind, text] : kinds) {
        auto* button = new QRadioButton(text, page);
        m_sourceGroup->addButton(button, kind);
        layout->addWidget(button);
    }
    m_sourceGroup->button(MlflowStore)->setChecked(true);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("path"));
    auto* label = new QLabel(tr("&Location:"), page);
    label->setBuddy(m_path);
    auto* browse = new QPushButton(tr("&Browse…"), page);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, [this] {
        QString chosen;
        switch (source()) {
        case MlflowStore:
            chosen = FileDialog::existingDirectory(this, tr("MLflow tracking folder"));
            break;
        case MlflowDatabase:
            chosen = FileDialog::openFileName(this, tr("MLflow database"), tr("SQLite databases (*.db *.sqlite)"));
            break;
        case DvcLockFile:
            chosen = FileDialog::openFileName(this, tr("DVC lock file"), tr("DVC lock files (dvc.lock *.lock)"));
            break;
        case PredictionFile:
            chosen = FileDialog::openFileName(this, tr("Prediction file"), tr("CSV files (*.csv)"));
            break;
        }
        if (!chosen.isEmpty()) {
            m_path->setText(chosen);
        }
    });
    return page;
}

QWizardPage* ImportWizard::buildMlflowPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Registered model versions"));
    page->setSubTitle(tr("Each checked version is imported with its parameters, metric histories, tags, run and the "
                         "SHA-256 of every readable artifact. Imported evidence is frozen."));
    auto* form = new QFormLayout(page);
    m_mlflowModel = new QComboBox(page);
    m_mlflowModel->setObjectName(QStringLiteral("mlflowModel"));
    m_mlflowVersions = new QListWidget(page);
    m_mlflowVersions->setObjectName(QStringLiteral("mlflowVersions"));
    m_mlflowVersions->setAccessibleName(tr("Versions to import"));
    m_mlflowNote = note(QString(), page);
    form->addRow(tr("&Model:"), m_mlflowModel);
    form->addRow(tr("&Versions:"), m_mlflowVersions);
    form->addRow(m_mlflowNote);
    connect(m_mlflowModel, &QComboBox::currentTextChanged, this, &ImportWizard::loadMlflowVersions);
    return page;
}

QWizardPage* ImportWizard::buildDvcPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Data lineage"));
    page->setSubTitle(tr("The lock file's stages (command, dependencies and outputs with their digests, parameters) "
                         "are attached to the version as its data lineage."));
    auto* form = new QFormLayout(page);
    m_dvcModel = new QComboBox(page);
    m_dvcVersion = new QComboBox(page);
    m_dvcModel->setObjectName(QStringLiteral("dvcModel"));
    m_dvcVersion->setObjectName(QStringLiteral("dvcVersion"));
    m_dvcPreview = note(QString(), page);
    m_dvcPreview->setTextFormat(Qt::PlainText);
    form->addRow(tr("&Model:"), m_dvcModel);
    form->addRow(tr("&Version:"), m_dvcVersion);
    form->addRow(m_dvcPreview);
    connect(m_dvcModel, &QComboBox::currentTextChanged, this, &ImportWizard::loadDvcVersions);
    return page;
}

QWizardPage* ImportWizard::buildPredictionsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Prediction file"));
    page->setSubTitle(tr("Map the file's columns. A new dataset needs a role; validation and challenge sets are "
                         "locked, so later files must carry exactly the same samples. Files with patient "
                         "identifiers are refused."));
    auto* layout = new QVBoxLayout(page);
    m_previewNote = note(QString(), page);
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    layout->addWidget(m_previewNote);
    layout->addWidget(m_preview, 2);

    auto* columns = new QHBoxLayout;
    auto* form = new QFormLayout;
    m_dataset = new QComboBox(page);
    m_dataset->setEditable(true);
    m_dataset->setObjectName(QStringLiteral("dataset"));
    m_role = new QComboBox(page);
    m_role->setObjectName(QStringLiteral("role"));
    for (const QString& r : enumNames<DatasetRole>()) {
        m_role->addItem(displayNameOf(*enumFromName<DatasetRole>(r)), r);
    }
    m_model = new QComboBox(page);
    m_model->setObjectName(QStringLiteral("model"));
    m_idColumn = new QComboBox(page);
    m_idColumn->setObjectName(QStringLiteral("idColumn"));
    m_labelColumn = new QComboBox(page);
    m_labelColumn->setObjectName(QStringLiteral("labelColumn"));
    form->addRow(tr("&Dataset:"), m_dataset);
    form->addRow(tr("&Role (new dataset):"), m_role);
    form->addRow(tr("Sample &ID column:"), m_idColumn);
    form->addRow(tr("&Label column:"), m_labelColumn);
    form->addRow(tr("Mo&del:"), m_model);
    columns->addLayout(form, 2);
    m_groups = new QListWidget(page);
    m_groups->setObjectName(QStringLiteral("groups"));
    auto* groupBox = new QVBoxLayout;
    auto* groupLabel = new QLabel(tr("&Subgroup columns:"), page);
    groupLabel->setBuddy(m_groups);
    groupBox->addWidget(groupLabel);
    groupBox->addWidget(m_groups);
    columns->addLayout(groupBox, 1);
    m_features = new QListWidget(page);
    m_features->setObjectName(QStringLiteral("features"));
    m_features->setToolTip(tr("Columns to monitor for drift, stored with a new dataset (production windows and their "
                              "reference): numeric, or categorical when any value is text"));
    auto* featureBox = new QVBoxLayout;
    auto* featureLabel = new QLabel(tr("&Features (drift):"), page);
    featureLabel->setBuddy(m_features);
    featureBox->addWidget(featureLabel);
    featureBox->addWidget(m_features);
    columns->addLayout(featureBox, 1);
    m_scores = new QTableWidget(0, 2, page);
    m_scores->setObjectName(QStringLiteral("scores"));
    m_scores->setHorizontalHeaderLabels({tr("Version"), tr("Score column")});
    m_scores->verticalHeader()->hide();
    m_scores->horizontalHeader()->setStretchLastSection(true);
    auto* scoreBox = new QVBoxLayout;
    auto* scoreLabel = new QLabel(tr("S&cores of each version:"), page);
    scoreLabel->setBuddy(m_scores);
    scoreBox->addWidget(scoreLabel);
    scoreBox->addWidget(m_scores);
    columns->addLayout(scoreBox, 2);
    layout->addLayout(columns, 1);
    connect(m_model, &QComboBox::currentTextChanged, this, &ImportWizard::fillScoreRows);
    connect(m_dataset, &QComboBox::currentTextChanged, this, [this](const QString& name) {
        Workspace* ws = m_controller->workspace();
        const bool exists = ws && RegistryQuery(*ws).dataset(name).value_or(std::nullopt).has_value();
        m_role->setEnabled(!exists);
    });
    return page;
}

void ImportWizard::setSource(Source source, const QString& path)
{
    m_sourceGroup->button(source)->setChecked(true);
    m_path->setText(path);
}

ImportWizard::Source ImportWizard::source() const
{
    return Source(m_sourceGroup->checkedId());
}

QString ImportWizard::path() const
{
    return m_path->text().trimmed();
}

int ImportWizard::nextId() const
{
    if (currentId() != SourcePage) {
        return -1;
    }
    switch (source()) {
    case MlflowStore:
    case MlflowDatabase:
        return MlflowPage;
    case DvcLockFile:
        return DvcPage;
    case PredictionFile:
        return PredictionsPage;
    }
    return -1;
}

void ImportWizard::enterPage(int id)
{
    switch (id) {
    case MlflowPage:
        loadMlflow();
        break;
    case DvcPage: {
        m_dvcModel->clear();
        if (Workspace* ws = m_controller->workspace()) {
            for (const Model& m : RegistryQuery(*ws).models().value_or({})) {
                m_dvcModel->addItem(m.name);
            }
        }
        auto lock = DvcLock::read(path());
        if (!lock) {
            m_dvcPreview->setText(lock.error().message);
            break;
        }
        QStringList stages;
        for (const auto& stage : lock->stages) {
            stages.append(tr("%1: %2 (%3 dependencies, %4 outputs)")
                              .arg(stage.name, stage.cmd)
                              .arg(stage.deps.size())
                              .arg(stage.outs.size()));
        }
        m_dvcPreview->setText(tr("Stages in %1:\n%2").arg(path(), stages.join(u'\n')));
        break;
    }
    case PredictionsPage:
        loadPreview();
        break;
    default:
        break;
    }
}

void ImportWizard::loadMlflow()
{
    m_mlflowModel->clear();
    m_mlflowVersions->clear();
    auto source =
        this->source() == MlflowStore ? MlflowSource::openFileStore(path()) : MlflowSource::openDatabase(path());
    if (!source) {
        m_mlflowNote->setText(source.error().message);
        return;
    }
    auto models = source.value()->models();
    if (!models) {
        m_mlflowNote->setText(models.error().message);
        return;
    }
    if (models->isEmpty()) {
        m_mlflowNote->setText(tr("%1 has no registered models.").arg(path()));
        return;
    }
    m_mlflowNote->clear();
    m_mlflowModel->addItems(models.value());
}

void ImportWizard::loadMlflowVersions()
{
    m_mlflowVersions->clear();
    const QString model = m_mlflowModel->currentText();
    if (model.isEmpty()) {
        return;
    }
    auto source =
        this->source() == MlflowStore ? MlflowSource::openFileStore(path()) : MlflowSource::openDatabase(path());
    auto labels = source ? source.value()->versions(model) : Result<QStringList>(source.error());
    if (!labels) {
        m_mlflowNote->setText(labels.error().message);
        return;
    }
    Workspace* ws = m_controller->workspace();
    for (const QString& label : labels.value()) {
        const bool known = ws && RegistryQuery(*ws).version(model, label).value_or(std::nullopt);
        auto* item = new QListWidgetItem(known ? tr("Version %1 (already in the workspace)").arg(label)
                                               : tr("Version %1").arg(label),
                                         m_mlflowVersions);
        item->setData(Qt::UserRole, label);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(known ? Qt::Unchecked : Qt::Checked);
    }
}

void ImportWizard::loadDvcVersions()
{
    m_dvcVersion->clear();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        return;
    }
    for (const ModelVersion& v : RegistryQuery(*ws).versions(m_dvcModel->currentText()).value_or({})) {
        m_dvcVersion->addItem(v.label);
    }
    m_dvcVersion->setCurrentIndex(m_dvcVersion->count() - 1);
}

void ImportWizard::loadPreview()
{
    m_columns.clear();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    auto reader = CsvReader::open(path());
    QList<QStringList> rows;
    QString problem;
    if (!reader) {
        problem = reader.error().message;
    } else {
        while (rows.size() <= kPreviewRows) {
            auto more = reader.value()->next();
            if (!more) {
                problem = more.error().message;
                break;
            }
            if (!more.value()) {
                break;
            }
            QStringList fields;
            for (qsizetype i = 0; i < reader.value()->fieldCount(); ++i) {
                fields.append(reader.value()->fieldString(i));
            }
            rows.append(fields);
        }
    }
    if (!rows.isEmpty()) {
        m_columns = rows.takeFirst();
    }
    m_preview->setColumnCount(int(m_columns.size()));
    m_preview->setHorizontalHeaderLabels(m_columns);
    m_preview->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < m_columns.size(); ++c) {
            m_preview->setItem(r, c, new QTableWidgetItem(DisplayText::escaped(rows[r][c])));
        }
    }
    m_preview->resizeColumnsToContents();
    const qint64 size = QFileInfo(path()).size();
    m_previewNote->setText(
        problem.isEmpty()
            ? tr("The first %n row(s) of %1 (%2). Every row is checked when you import.", nullptr, int(rows.size()))
                  .arg(QFileInfo(path()).fileName(), QLocale().formattedDataSize(size))
            : problem);

    for (QComboBox* box : {m_idColumn, m_labelColumn}) {
        box->clear();
    }
    m_labelColumn->addItem(tr("(no labels)"));
    m_idColumn->addItems(m_columns);
    m_labelColumn->addItems(m_columns);
    m_idColumn->setCurrentIndex(std::max(
        0,
        guessColumn(m_columns, {QStringLiteral("sample_id"), QStringLiteral("encounter_id"), QStringLiteral("id")},
                    {QStringLiteral("_id"), QStringLiteral("id")})));
    const int label = guessColumn(m_columns, {QStringLiteral("label"), QStringLiteral("y"), QStringLiteral("target")},
                                  {QStringLiteral("label"), QStringLiteral("outcome"), QStringLiteral("within")});
    m_labelColumn->setCurrentIndex(label + 1);
    m_groups->clear();
    for (const QString& c : std::as_const(m_columns)) {
        auto* item = new QListWidgetItem(c, m_groups);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool likelyGroup = c.contains(u"sex", Qt::CaseInsensitive) || c.contains(u"age", Qt::CaseInsensitive) ||
            c.contains(u"site", Qt::CaseInsensitive);
        item->setCheckState(likelyGroup ? Qt::Checked : Qt::Unchecked);
    }
    m_features->clear();
    for (const QString& c : std::as_const(m_columns)) {
        auto* item = new QListWidgetItem(c, m_features);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked); // chosen, never guessed: stored once, with the dataset
    }

    Workspace* ws = m_controller->workspace();
    const QString dataset = m_dataset->currentText();
    m_dataset->clear();
    m_model->clear();
    if (ws) {
        for (const Dataset& d : RegistryQuery(*ws).datasets().value_or({})) {
            m_dataset->addItem(d.name);
        }
        // The model whose versions the file's columns name most often comes first in the guess.
        RegistryQuery registry(*ws);
        int best = 0;
        int bestMatches = 0;
        for (const Model& m : registry.models().value_or({})) {
            int matches = 0;
            for (const ModelVersion& v : registry.versions(m.name).value_or({})) {
                matches += scoreGuess(m_columns, v.label) >= 0 ? 1 : 0;
            }
            if (matches > bestMatches) {
                bestMatches = matches;
                best = m_model->count();
            }
            m_model->addItem(m.name);
        }
        m_model->setCurrentIndex(best);
    }
    m_dataset->setEditText(dataset.isEmpty() ? QFileInfo(path()).completeBaseName() : dataset);
    fillScoreRows();
}

void ImportWizard::fillScoreRows()
{
    m_scores->setRowCount(0);
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        return;
    }
    const QList<ModelVersion> versions = RegistryQuery(*ws).versions(m_model->currentText()).value_or({});
    m_scores->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const QString label = versions[row].label;
        auto* item = new QTableWidgetItem(tr("Version %1").arg(label));
        item->setData(Qt::UserRole, label);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_scores->setItem(row, 0, item);
        auto* column = new QComboBox(m_scores);
        column->setObjectName(QStringLiteral("score-") + label);
        column->addItem(tr("(not in this file)"));
        column->addItems(m_columns);
        column->setCurrentIndex(scoreGuess(m_columns, label) + 1);
        m_scores->setCellWidget(row, 1, column);
    }
    m_scores->resizeColumnToContents(0);
}

void ImportWizard::accept()
{
    if (runImport()) {
        emit imported(m_summary);
        QWizard::accept();
    }
}

bool ImportWizard::failed(const QString& message)
{
    MessageBox::critical(this, tr("Nothing was imported"), message);
    return false;
}

bool ImportWizard::runImport()
{
    m_summary.clear();
    if (m_controller->workspace() == nullptr) {
        return failed(tr("Open a workspace first."));
    }
    switch (source()) {
    case MlflowStore:
    case MlflowDatabase:
        return importMlflow();
    case DvcLockFile:
        return importDvc();
    case PredictionFile:
        return importPredictions();
    }
    return false;
}

bool ImportWizard::importMlflow()
{
    const QString model = m_mlflowModel->currentText();
    QStringList labels;
    for (int i = 0; i < m_mlflowVersions->count(); ++i) {
        if (m_mlflowVersions->item(i)->checkState() == Qt::Checked) {
            labels.append(m_mlflowVersions->item(i)->data(Qt::UserRole).toString());
        }
    }
    if (model.isEmpty() || labels.isEmpty()) {
        return failed(tr("Choose a model and at least one version."));
    }
    auto source =
        this->source() == MlflowStore ? MlflowSource::openFileStore(path()) : MlflowSource::openDatabase(path());
    if (!source) {
        return failed(source.error().message);
    }
    QProgressDialog progress(tr("Reading %1 and hashing its artifacts…").arg(model), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QStringList notes;
    auto versions = ImportModelVersionsCommand::readMlflow(*source.value(), model, labels, &notes, [&progress] {
        QCoreApplication::processEvents();
        return progress.wasCanceled();
    });
    progress.reset();
    if (!versions) {
        return failed(versions.error().message);
    }
    ImportModelVersionsCommand command(model, versions.value());
    if (auto r = m_controller->execute(command); !r) {
        return failed(r.error().message);
    }
    m_summary = tr("Imported version(s) %1 of %2.").arg(command.imported().join(u", "), model);
    if (!notes.isEmpty()) {
        m_summary += u' ' + tr("Not read: %1.").arg(notes.join(u"; "));
    }
    return true;
}

bool ImportWizard::importDvc()
{
    auto lock = DvcLock::read(path());
    if (!lock) {
        return failed(lock.error().message);
    }
    if (m_dvcVersion->currentText().isEmpty()) {
        return failed(tr("Choose the version the lineage belongs to."));
    }
    AttachEvidenceCommand command(m_dvcModel->currentText(), m_dvcVersion->currentText(), QStringLiteral("dvc-lock"),
                                  QFileInfo(path()).absoluteFilePath(), lock->toJson());
    if (auto r = m_controller->execute(command); !r) {
        return failed(r.error().message);
    }
    m_summary = tr("Attached the data lineage of %n DVC stage(s) to %1 version %2.", nullptr, int(lock->stages.size()))
                    .arg(m_dvcModel->currentText(), m_dvcVersion->currentText());
    return true;
}

bool ImportWizard::importPredictions()
{
    PredictionImportRequest request;
    request.dataset = m_dataset->currentText().trimmed();
    request.file = path();
    if (m_role->isEnabled()) {
        request.role = enumFromName<DatasetRole>(m_role->currentData().toString());
    }
    request.mapping.idColumn = m_idColumn->currentText();
    request.mapping.labelColumn = m_labelColumn->currentIndex() > 0 ? m_labelColumn->currentText() : QString();
    for (int i = 0; i < m_groups->count(); ++i) {
        const QString c = m_groups->item(i)->text();
        if (m_groups->item(i)->checkState() == Qt::Checked && c != request.mapping.idColumn &&
            c != request.mapping.labelColumn) {
            request.mapping.groupColumns.append(c);
        }
    }
    for (int i = 0; i < m_features->count(); ++i) {
        if (m_features->item(i)->checkState() == Qt::Checked) {
            request.mapping.features.append(m_features->item(i)->text());
        }
    }
    for (int row = 0; row < m_scores->rowCount(); ++row) {
        auto* column = qobject_cast<QComboBox*>(m_scores->cellWidget(row, 1));
        if (column && column->currentIndex() > 0) {
            request.mapping.scores.append(
                {m_model->currentText(), m_scores->item(row, 0)->data(Qt::UserRole).toString(), column->currentText()});
        }
    }
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path()).fileName()), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    // Runs on this thread (the workspace connection belongs to it) while the command's reader thread parses; the
    // progress dialog keeps the window responsive and offers Cancel between batches.
    ImportPredictionsCommand command(request, [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    const auto r = m_controller->execute(command);
    progress.reset();
    if (!r) {
        if (r.error().code == ErrorCode::Cancelled) {
            MessageBox::information(this, tr("Import cancelled"), r.error().message);
            return false;
        }
        return failed(r.error().message);
    }
    const auto& o = command.outcome();
    m_summary = tr("%1: %2 row(s) read, %3 sample(s) added; predictions of %4 stored.")
                    .arg(request.dataset)
                    .arg(o.rows)
                    .arg(o.samplesAdded)
                    .arg(o.imported.isEmpty() ? tr("no new version") : o.imported.join(u", "));
    return true;
}

} // namespace cs::ui
