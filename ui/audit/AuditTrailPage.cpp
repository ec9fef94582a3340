#include "AuditTrailPage.h"

#include "AuditEventDetail.h"
#include "AuditTrailModel.h"
#include "ReviewDialog.h"
#include "VerificationBanner.h"
#include "VerificationTask.h"
#include "WorkspaceController.h"
#include "commands/RecordAuditReviewCommand.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "queries/AuditQuery.h"
#include "records/AuditAction.h"
#include "util/AtomicFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cs::ui {

AuditTrailPage::AuditTrailPage(WorkspaceController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new AuditTrailModel(this))
    , m_task(new VerificationTask(this))
    , m_banner(new VerificationBanner(this))
    , m_search(new QLineEdit(this))
    , m_actor(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_dates(new QCheckBox(tr("&Dates"), this))
    , m_fromDate(new QDateEdit(this))
    , m_toDate(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new AuditEventDetail(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_search->setAccessibleName(tr("Search events"));
    m_search->setPlaceholderText(tr("Search events (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Finds text in the actor, action, entity, reason and the values before and after"));
    m_actor->setMinimumContentsLength(12);
    m_action->setMinimumContentsLength(18);
    for (QDateEdit* edit : {m_fromDate, m_toDate}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        edit->setDate(QDate::currentDate());
    }
    m_fromDate->setToolTip(tr("First day shown (local time)"));
    m_toDate->setToolTip(tr("Last day shown (local time)"));
    auto* clear = new QPushButton(tr("C&lear filters"), this);
    auto* review = new QPushButton(tr("Record &review…"), this);
    review->setToolTip(tr("Record that you reviewed a range of the audit trail, with your finding (Ctrl+R)"));
    auto* checkpoint = new QPushButton(tr("Write &checkpoint…"), this);
    checkpoint->setToolTip(tr("Sign the current state of the audit trail with the workspace key and save it to a "
                              "file kept outside the workspace"));

    auto* actorLabel = new QLabel(tr("&Actor:"), this);
    actorLabel->setBuddy(m_actor);
    auto* actionLabel = new QLabel(tr("Ac&tion:"), this);
    actionLabel->setBuddy(m_action);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(actorLabel);
    filters->addWidget(m_actor, 1);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_dates);
    filters->addWidget(m_fromDate);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_toDate);
    filters->addWidget(clear);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(review);
    actions->addWidget(checkpoint);

    m_table->setAccessibleName(tr("Audit events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(AuditTrailModel::SeqColumn, 70);
    m_table->setColumnWidth(AuditTrailModel::TimeColumn, 160);
    m_table->setColumnWidth(AuditTrailModel::ActorColumn, 120);
    // Wide enough for the longest action name in the window's language ("Änderungsantrag weitergeführt").
    int actionWidth = 160;
    for (const AuditAction action : enumValues<AuditAction>()) {
        actionWidth = std::max(actionWidth, m_table->fontMetrics().horizontalAdvance(displayNameOf(action)) + 16);
    }
    m_table->setColumnWidth(AuditTrailModel::ActionColumn, std::min(actionWidth, 320));
    m_table->setColumnWidth(AuditTrailModel::EntityColumn, 280);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_splitter, 1);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(&m_filterDelay, &QTimer::timeout, this, &AuditTrailPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditTrailPage::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditTrailPage::applyFilter);
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_fromDate->setEnabled(on);
        m_toDate->setEnabled(on);
        applyFilter();
    });
    connect(m_fromDate, &QDateEdit::dateChanged, this, &AuditTrailPage::applyFilter);
    connect(m_toDate, &QDateEdit::dateChanged, this, &AuditTrailPage::applyFilter);
    connect(clear, &QPushButton::clicked, this, &AuditTrailPage::clearFilter);
    connect(review, &QPushButton::clicked, this, &AuditTrailPage::requestReview);
    connect(checkpoint, &QPushButton::clicked, this, &AuditTrailPage::writeCheckpoint);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditTrailPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        m_detail->showEvent(std::nullopt);
    });
    connect(m_model, &AuditTrailModel::readFailed, this,
            [this](const QString& message) { m_count->setText(tr("Cannot read the audit trail: %1").arg(message)); });

    connect(m_banner, &VerificationBanner::verifyRequested, this, &AuditTrailPage::verify);
    connect(m_banner, &VerificationBanner::cancelRequested, m_task, &VerificationTask::cancel);
    connect(m_banner, &VerificationBanner::showEventRequested, this, &AuditTrailPage::selectSeq);
    connect(m_task, &VerificationTask::progress, m_banner, &VerificationBanner::showRunning);
    connect(m_task, &VerificationTask::finished, m_banner, &VerificationBanner::showReport);
    connect(m_task, &VerificationTask::failed, m_banner, &VerificationBanner::showFailure);

    connect(m_controller, &WorkspaceController::workspaceChanged, this, &AuditTrailPage::reloadWorkspace);
    connect(m_controller, &WorkspaceController::contentChanged, this, [this] {
        reloadFilterChoices();
        m_model->refresh();
    });
    reloadWorkspace();
}

void AuditTrailPage::reloadWorkspace()
{
    m_banner->showNotVerified();
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    reloadFilterChoices();
    m_model->setWorkspace(m_controller->workspace());
    applyFilter();
    if (m_model->rowCount() > 0) {
        m_table->scrollToBottom();
    }
}

void AuditTrailPage::reloadFilterChoices()
{
    const QSignalBlocker blockActor(m_actor);
    const QSignalBlocker blockAction(m_action);
    const QString actor = m_actor->currentData().toString();
    const QString action = m_action->currentData().toString();
    m_actor->clear();
    m_action->clear();
    m_actor->addItem(tr("All actors"), QString());
    m_action->addItem(tr("All actions"), QString());
    if (Workspace* ws = m_controller->workspace()) {
        AuditQuery table(*ws);
        for (const QString& a : table.actors().value_or(QStringList())) {
            m_actor->addItem(a, a);
        }
        for (const QString& a : table.actions().value_or(QStringList())) {
            m_action->addItem(AuditTrailModel::actionName(a), a);
        }
    }
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
}

void AuditTrailPage::applyFilter()
{
    AuditFilter filter;
    filter.text = m_search->text().trimmed();
    filter.actor = m_actor->currentData().toString();
    filter.action = m_action->currentData().toString();
    if (m_dates->isChecked()) {
        filter.fromMs = m_fromDate->date().startOfDay().toMSecsSinceEpoch();
        filter.toMs = m_toDate->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    m_model->setFilter(filter);
    updateCount();
}

void AuditTrailPage::clearFilter()
{
    const QSignalBlocker b1(m_search), b2(m_actor), b3(m_action), b4(m_dates);
    m_search->clear();
    m_actor->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_dates->setChecked(false);
    m_fromDate->setEnabled(false);
    m_toDate->setEnabled(false);
    applyFilter();
}

void AuditTrailPage::updateCount()
{
    if (m_controller->workspace() == nullptr) {
        m_count->clear();
        return;
    }
    const QLocale locale;
    m_count->setText(m_model->filter().isEmpty()
                         ? tr("%1 events").arg(locale.toString(m_model->rowCount()))
                         : tr("%1 events match the filters").arg(locale.toString(m_model->rowCount())));
}

void AuditTrailPage::showCurrent()
{
    m_detail->showEvent(m_model->eventAt(m_table->currentIndex().row()));
}

void AuditTrailPage::verify()
{
    if (Workspace* ws = m_controller->workspace(); ws != nullptr && !m_task->isRunning()) {
        m_banner->showRunning(0, ws->eventCount().value_or(0));
        m_task->start(ws->path());
    }
}

void AuditTrailPage::requestReview()
{
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        return;
    }
    const auto range = AuditQuery(*ws).unreviewed().value_or(std::nullopt);
    const qint64 last = ws->eventCount().value_or(1);
    ReviewDialog dialog(range ? range->first : 1, range ? range->second : last, last, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (auto r = recordReview(dialog.from(), dialog.to(), dialog.finding()); !r) {
        MessageBox::critical(this, tr("Review not recorded"), r.error().message);
    }
}

Status AuditTrailPage::recordReview(qint64 from, qint64 to, const QString& finding)
{
    RecordAuditReviewCommand command(from, to, finding);
    return m_controller->execute(command);
}

void AuditTrailPage::writeCheckpoint()
{
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        return;
    }
    const QString file =
        FileDialog::saveFileName(this, tr("Save checkpoint"), ws->path() + QStringLiteral(".checkpoint.txt"),
                                 tr("Checkpoints (*.txt);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    auto cp = ws->writeCheckpoint();
    if (!cp) {
        MessageBox::critical(this, tr("No checkpoint written"), cp.error().message);
        return;
    }
    m_controller->notifyChanged();
    if (auto r = AtomicFile::write(file, cp->note, AtomicFile::ordinaryPermissions(), true); !r) {
        MessageBox::critical(this, tr("Checkpoint not saved"), r.error().message);
        return;
    }
    MessageBox::information(this, tr("Checkpoint saved"),
                            tr("A checkpoint of %1 events was signed and saved to %2.\n\nKeep it outside the "
                               "workspace (for example with the QA records): verifying the workspace against it later "
                               "proves that none of those events was changed or removed.")
                                .arg(cp->size)
                                .arg(file));
}

void AuditTrailPage::selectSeq(qint64 seq)
{
    int row = m_model->rowOfSeq(seq);
    if (row < 0 && !m_model->filter().isEmpty()) {
        clearFilter();
        row = m_model->rowOfSeq(seq);
    }
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
}

void AuditTrailPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace cs::ui
