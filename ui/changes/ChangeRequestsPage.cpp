#include "ChangeRequestsPage.h"

#include "ChangeRequestActionDialog.h"
#include "ChangeRequestSummary.h"
#include "NewChangeRequestWizard.h"
#include "ValidationView.h"
#include "WorkspaceController.h"
#include "commands/ChangeRequestCommands.h"
#include "common/LongWork.h"
#include "common/MessageBox.h"
#include "common/TableCopy.h"
#include "identity/AdminDialogs.h"
#include "identity/Authority.h"
#include "package/ExportDocumentDialog.h"
#include "queries/ChangeRequestQuery.h"
#include "queries/RegistryQuery.h"
#include "queries/SignatureQuery.h"
#include "registry/ChangeRequestFlow.h"
#include "registry/VersionDiff.h"
#include "registry/VersionDiffView.h"
#include "util/DisplayText.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cs::ui {

namespace {
/// How long ago `ms` was, in the largest whole unit: "3 d", "5 h", "12 min".
QString age(qint64 ms, qint64 nowMs)
{
    const qint64 minutes = std::max<qint64>(0, (nowMs - ms) / 60000);
    if (minutes >= 2 * 24 * 60) {
        return ChangeRequestsPage::tr("%1 d").arg(minutes / (24 * 60));
    }
    if (minutes >= 120) {
        return ChangeRequestsPage::tr("%1 h").arg(minutes / 60);
    }
    return ChangeRequestsPage::tr("%1 min").arg(minutes);
}

/// The steps a person takes from this page, in the order of the buttons.
const struct
{
    ChangeRequestAction action;
    const char* label;
    const char* name;
} kButtons[] = {
    {ChangeRequestAction::Edit, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "&Edit…"), "edit"},
    {ChangeRequestAction::Submit, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "&Submit…"), "submit"},
    {ChangeRequestAction::Evaluate, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "E&valuate"), "evaluate"},
    {ChangeRequestAction::Approve, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "&Approve…"), "approve"},
    {ChangeRequestAction::Reject, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "Re&ject…"), "reject"},
    {ChangeRequestAction::Return, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "Re&turn…"), "return"},
    {ChangeRequestAction::Justify, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "J&ustify…"), "justify"},
    {ChangeRequestAction::Implement, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "&Implement…"), "implement"},
    {ChangeRequestAction::EmergencyRollback, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "Emergency &Rollback…"),
     "rollback"},
    {ChangeRequestAction::Review, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "Re&view Rollback…"), "review"},
    {ChangeRequestAction::Withdraw, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "&Withdraw…"), "withdraw"},
};

} // namespace

ChangeRequestsPage::ChangeRequestsPage(WorkspaceController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_new(new QPushButton(tr("&New Change Request…"), this))
    , m_rollbackRequest(new QPushButton(tr("Rollback Re&quest…"), this))
    , m_exportPackage(new QPushButton(tr("Export &Package…"), this))
    , m_tabs(new QTabWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_changes(new VersionDiffView(this))
    , m_validation(new ValidationView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Change requests</h2>"), this));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* filters = new QHBoxLayout;
    auto* textLabel = new QLabel(tr("&Find:"), this);
    textLabel->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Request, model, version, person or title"));
    m_text->setClearButtonEnabled(true);
    auto* stateLabel = new QLabel(tr("&Show:"), this);
    stateLabel->setBuddy(m_state);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItems({tr("All requests"), tr("Waiting for me"), tr("Open"), tr("Finished")});
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);
    filters->addSpacing(12);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    layout->addLayout(filters);
    m_table->setHorizontalHeaderLabels({tr("Request"), tr("Model"), tr("Candidate vs baseline"), tr("State"),
                                        tr("Trigger"), tr("Author"), tr("Age"), tr("Next step (from whom)"),
                                        tr("Title")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Change requests"));
    TableCopy::enable(m_table);

    auto* actions = new QHBoxLayout;
    m_new->setObjectName(QStringLiteral("newChangeRequest"));
    m_new->setEnabled(false);
    connect(m_new, &QPushButton::clicked, this, [this] { newRequest(); });
    actions->addWidget(m_new);
    actions->addSpacing(12);
    for (const auto& b : kButtons) {
        auto* button = new QPushButton(tr(b.label), this);
        button->setObjectName(QLatin1String(b.name));
        button->setEnabled(false);
        button->hide(); // shown when the step is available (a row of every step would not fit a 1280-pixel screen)
        actions->addWidget(button);
        m_buttons.insert(b.action, button);
        connect(button, &QPushButton::clicked, this, [this, action = b.action] { act(action); });
    }
    m_rollbackRequest->setObjectName(QStringLiteral("rollbackRequest"));
    m_rollbackRequest->setToolTip(tr("Open a request that puts the rollback version back into production, approved "
                                     "and implemented like any other"));
    m_rollbackRequest->setEnabled(false);
    m_rollbackRequest->hide();
    connect(m_rollbackRequest, &QPushButton::clicked, this, [this] { requestRollback(); });
    actions->addWidget(m_rollbackRequest);
    m_exportPackage->setObjectName(QStringLiteral("exportPackage"));
    m_exportPackage->setToolTip(tr("Save the change-control package (PDF/A), signed with your certificate"));
    m_exportPackage->setEnabled(false);
    m_exportPackage->hide();
    connect(m_exportPackage, &QPushButton::clicked, this, [this] { exportPackage(); });
    actions->addWidget(m_exportPackage);
    actions->addStretch(1);

    m_detail->setOpenLinks(false);
    m_detail->setAccessibleName(tr("Summary of the request"));
    m_tabs->addTab(m_detail, tr("S&ummary"));
    m_tabs->addTab(m_changes, tr("What c&hanged"));
    m_tabs->addTab(m_validation, tr("Va&lidation"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(actions);
    lowerLayout->addWidget(m_tabs, 1);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    // Room for five requests before the list scrolls.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              5 * m_table->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(split, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ChangeRequestsPage::showRequest);
    connect(m_text, &QLineEdit::textChanged, this, &ChangeRequestsPage::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ChangeRequestsPage::applyFilter);
    connect(controller, &WorkspaceController::workspaceChanged, this, &ChangeRequestsPage::refresh);
    connect(controller, &WorkspaceController::contentChanged, this, &ChangeRequestsPage::refresh);
}

QComboBox* ChangeRequestsPage::dataset() const
{
    return m_validation->dataset();
}

QCustomPlot* ChangeRequestsPage::rocChart() const
{
    return m_validation->rocChart();
}

QCustomPlot* ChangeRequestsPage::calibrationChart() const
{
    return m_validation->calibrationChart();
}

QCustomPlot* ChangeRequestsPage::subgroupChart() const
{
    return m_validation->subgroupChart();
}

void ChangeRequestsPage::refresh()
{
    const QString current = m_table->currentRow() >= 0 && m_table->currentRow() < m_shown.size()
        ? m_shown.at(m_table->currentRow()).id
        : QString();
    m_table->setRowCount(0);
    m_shown.clear();
    m_mine.clear();
    Workspace* ws = m_controller->workspace();
    m_new->setEnabled(false);
    if (ws == nullptr) {
        showRequest();
        return;
    }
    auto user = ws->currentUser();
    m_new->setEnabled(user && Authority::allows(user->roles, Action::CreateChangeRequest));
    ChangeRequestQuery query(*ws);
    auto all = query.all();
    if (!all) {
        m_summary->setText(all.error().message);
        return;
    }
    m_shown = all.value();
    int waiting = 0;
    int mine = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_table->setRowCount(int(m_shown.size()));
    int select = -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        const ChangeRequestRecord& r = m_shown.at(row);
        waiting += r.state == ChangeRequestState::Evaluated ? 1 : 0;
        m_mine.append(!query.available(r.id).value_or({}).isEmpty());
        mine += m_mine.last() ? 1 : 0;
        const auto next = query.nextStep(r).value_or({});
        const QString versions =
            tr("%1 vs %2").arg(r.content.candidate, r.content.baseline.isEmpty() ? tr("none") : r.content.baseline);
        const QStringList cells = {r.id,
                                   r.content.model,
                                   versions,
                                   displayNameOf(r.state),
                                   displayNameOf(r.content.trigger),
                                   r.author,
                                   age(r.createdAtMs, now),
                                   next.what.isEmpty() ? QString() : tr("%1 (%2)").arg(next.what, next.who),
                                   r.content.title};
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(DisplayText::escaped(cells.at(col)));
            item->setToolTip(cells.at(col));
            m_table->setItem(row, col, item);
        }
        select = r.id == current ? row : select;
    }
    m_summary->setText(m_shown.isEmpty()
                           ? tr("No change requests yet. A data scientist opens one for a candidate version "
                                "(countersign-cli cr create).")
                           : tr("Requests: %1. Waiting for a QA decision: %2. Waiting for you: %3. A version "
                                "reaches production only through an approved and implemented request.")
                                 .arg(m_shown.size())
                                 .arg(waiting)
                                 .arg(mine));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(NextColumn, std::min(m_table->columnWidth(NextColumn), 300));
    applyFilter();
    if (select >= 0 && !m_table->isRowHidden(select)) {
        m_table->selectRow(select);
    }
    showRequest();
}

void ChangeRequestsPage::applyFilter()
{
    const QString text = m_text->text().trimmed();
    const Filter filter = Filter(std::max(0, m_state->currentIndex()));
    int firstShown = -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        const ChangeRequestRecord& r = m_shown.at(row);
        bool show = filter == AllRequests || (filter == WaitingForMe && m_mine.value(row)) ||
            (filter == OpenRequests && !ChangeRequestFlow::isFinal(r.state)) ||
            (filter == FinishedRequests && ChangeRequestFlow::isFinal(r.state));
        if (show && !text.isEmpty()) {
            bool found = false;
            for (int col = 0; col < ColumnCount && !found; ++col) {
                found = m_table->item(row, col)->text().contains(text, Qt::CaseInsensitive);
            }
            show = found;
        }
        m_table->setRowHidden(row, !show);
        firstShown = show && firstShown < 0 ? row : firstShown;
    }
    const int current = m_table->currentRow();
    if (current < 0 || m_table->isRowHidden(current)) {
        if (firstShown >= 0) {
            m_table->selectRow(firstShown);
        } else {
            m_table->clearSelection();
            m_table->setCurrentCell(-1, -1);
        }
    }
    showRequest();
}

bool ChangeRequestsPage::select(const QString& id)
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == id && !m_table->isRowHidden(row)) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void ChangeRequestsPage::showRequest()
{
    const int row = m_table->currentRow();
    Workspace* ws = m_controller->workspace();
    for (QPushButton* b : std::as_const(m_buttons)) {
        b->setEnabled(false);
    }
    m_rollbackRequest->setEnabled(false);
    m_exportPackage->setEnabled(false);
    showAvailableOnly();
    m_json = {};
    if (ws == nullptr || row < 0 || row >= m_shown.size() || m_table->isRowHidden(row)) {
        m_detail->clear();
        m_changes->showMessage(QString());
        m_validation->show({});
        return;
    }
    const ChangeRequestRecord& r = m_shown.at(row);
    ChangeRequestQuery query(*ws);
    auto json = query.toJson(r.id);
    if (!json) {
        m_detail->setPlainText(json.error().message);
        return;
    }
    m_json = json.value();
    for (const ChangeRequestAction a : query.available(r.id).value_or({})) {
        if (QPushButton* b = m_buttons.value(a)) {
            b->setEnabled(true);
        }
    }
    m_rollbackRequest->setEnabled(r.state == ChangeRequestState::Implemented && m_new->isEnabled());
    // A package once there is evidence to print, for anyone who may sign (the exporter signs the PDF).
    const auto user = ws->currentUser();
    m_exportPackage->setEnabled(m_json.contains(u"evidence") && !ws->isReadOnly() && user &&
                                Authority::allows(user->roles, Action::SignRecord));
    showAvailableOnly();
    QList<SignatureCheck> signatures;
    SignatureQuery signatureQuery(*ws);
    for (const QJsonValue& m : m_json[u"moves"].toArray()) {
        if (const qint64 id = m[u"signature"].toInteger(); id > 0) {
            if (auto check = signatureQuery.verify(id)) {
                signatures.append(check.value());
            }
        }
    }
    m_detail->setHtml(ChangeRequestSummary::html(r, m_json, signatures));
    showChanges(r);
    m_validation->show(m_json);
}

void ChangeRequestsPage::showChanges(const ChangeRequestRecord& r)
{
    // Once evaluated, the difference frozen with the evidence: what the reviewers saw and the package prints.
    const QJsonObject frozen = m_json[u"evidence"][u"changes"].toObject();
    if (!frozen.isEmpty() && !r.content.baseline.isEmpty()) {
        m_changes->show(
            VersionDiff::fromJson(frozen),
            tr("As frozen with the evidence when the request was evaluated (the package prints the same)."));
        return;
    }
    Workspace* ws = m_controller->workspace();
    if (r.content.baseline.isEmpty()) {
        m_changes->showMessage(
            tr("A first release: version %1 has no baseline to compare with.").arg(r.content.candidate));
        return;
    }
    auto diff = RegistryQuery(*ws).diff(r.content.model, r.content.baseline, r.content.candidate);
    if (!diff) {
        m_changes->showMessage(diff.error().message);
        return;
    }
    m_changes->show(diff.value());
}

NewChangeRequestWizard* ChangeRequestsPage::newRequest(const QString& model, const QString& candidate)
{
    if (m_controller->workspace() == nullptr) {
        return nullptr;
    }
    auto* wizard = new NewChangeRequestWizard(m_controller, model, candidate, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        m_text->clear();
        m_state->setCurrentIndex(AllRequests);
        select(wizard->createdId());
    });
    wizard->show();
    return wizard;
}

void ChangeRequestsPage::showAvailableOnly()
{
    // Only the steps the signed-in person may take on this request now: the row stays short and says what to do.
    for (QPushButton* b : std::as_const(m_buttons)) {
        b->setVisible(b->isEnabled());
    }
    m_rollbackRequest->setVisible(m_rollbackRequest->isEnabled());
    m_exportPackage->setVisible(m_exportPackage->isEnabled());
}

ExportDocumentDialog* ChangeRequestsPage::exportPackage()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size() || !m_exportPackage->isEnabled()) {
        return nullptr;
    }
    auto* dialog =
        new ExportDocumentDialog(m_controller, ExportDocumentDialog::Kind::Package, m_shown.at(row).id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_summary->setText(dialog->result()); });
    dialog->show();
    return dialog;
}

NewChangeRequestWizard* ChangeRequestsPage::requestRollback()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size() || m_shown.at(row).state != ChangeRequestState::Implemented) {
        return nullptr;
    }
    NewChangeRequestWizard* wizard = newRequest();
    if (wizard != nullptr) {
        wizard->rollBack(m_shown.at(row));
    }
    return wizard;
}

QDialog* ChangeRequestsPage::act(ChangeRequestAction action)
{
    const int row = m_table->currentRow();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr || row < 0 || row >= m_shown.size()) {
        return nullptr;
    }
    const ChangeRequestRecord request = m_shown.at(row);
    if (action == ChangeRequestAction::Edit) {
        NewChangeRequestWizard* wizard = newRequest();
        wizard->editRequest(request);
        return wizard;
    }
    if (ChangeRequestFlow::signedRecord(request.id, request.revision, action)) {
        auto* dialog = new ChangeRequestActionDialog(m_controller, request, action, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->show();
        return dialog;
    }
    Status done;
    if (action == ChangeRequestAction::Evaluate) {
        EvaluateChangeRequestCommand command(request.id);
        done = LongWork::run(
            this, *m_controller, tr("Computing the evidence of %1…").arg(request.id),
            [this, &command](const Progress& progress) { return m_controller->execute(command, progress); });
        if (!done && done.error().code == ErrorCode::Cancelled) {
            return nullptr; // the person stopped it: nothing was stored, nothing to say
        }
    } else {
        QString reason;
        const QString title =
            action == ChangeRequestAction::Return ? tr("Return %1").arg(request.id) : tr("Withdraw %1").arg(request.id);
        if (!ReasonPrompt::ask(this, title, tr("Reason (recorded in the audit trail):"), reason)) {
            return nullptr;
        }
        MoveChangeRequestCommand command(request.id, action, reason);
        done = m_controller->execute(command);
    }
    if (!done) {
        MessageBox::critical(this, tr("Change request"), done.error().message);
    }
    return nullptr;
}

} // namespace cs::ui
