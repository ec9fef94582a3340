#include "PccpsPage.h"

#include "WorkspaceController.h"
#include "commands/PccpCommands.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "identity/Authority.h"
#include "package/ExportDocumentDialog.h"
#include "pccp/PccpEditor.h"
#include "queries/PccpQuery.h"
#include "queries/RegistryQuery.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cs::ui {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString signaturesText(const PccpStanding& s)
{
    QStringList parts;
    for (const PccpStanding::Signed& g : s.signatures) {
        parts.append(PccpsPage::tr("%1 by %2").arg(g.meaning, g.signer));
    }
    for (const QString& m : s.missing) {
        parts.append(PccpsPage::tr("%1: missing").arg(m));
    }
    return parts.join(QStringLiteral("; "));
}

QString contentHtml(const PccpStanding& s)
{
    const Pccp& p = s.pccp.content;
    QString html = PccpsPage::tr("<h3>%1</h3><p>PCCP of <b>%2</b>, version %3: <b>%4</b>. Saved by %5 on %6 from %7; "
                                 "content SHA-256 <code>%8</code>.</p>")
                       .arg(esc(p.title), esc(s.pccp.model))
                       .arg(s.pccp.version)
                       .arg(esc(displayNameOf(s.status)), esc(s.pccp.author),
                            esc(UtcTime::formatMsString(s.pccp.createdAtMs).left(10)), esc(s.pccp.source),
                            esc(s.pccp.contentSha256));
    if (!p.summary.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(p.summary));
    }
    for (const PccpModification& m : p.modifications) {
        html += PccpsPage::tr("<h4>%1 — %2</h4><p>%3; %4, %5%6.</p>")
                    .arg(esc(m.id), esc(m.title), esc(displayNameOf(m.type)),
                         m.automatic ? PccpsPage::tr("automatic") : PccpsPage::tr("manual"),
                         m.global ? PccpsPage::tr("global") : PccpsPage::tr("local"),
                         m.frequency.isEmpty() ? QString() : QStringLiteral(", ") + esc(m.frequency));
        html += PccpsPage::tr("<p><b>Acceptance criteria</b></p><table cellpadding='2'>");
        for (const PccpRule& r : m.rules) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(r.id), esc(r.text()));
        }
        html += QStringLiteral("</table>");
    }
    if (!p.monitoring.isEmpty()) {
        html += PccpsPage::tr("<h4>Real-world monitoring</h4><table cellpadding='2'>");
        for (const PccpRule& r : p.monitoring) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(r.id), esc(r.text()));
        }
        html += QStringLiteral("</table>");
    }
    html += PccpsPage::tr("<h4>Traceability</h4><table cellpadding='2'><tr><th align='left'>Modification</th>"
                          "<th align='left'>Protocol part</th><th align='left'>Described</th>"
                          "<th align='left'>Rules</th></tr>");
    for (const Pccp::Trace& t : p.traceability()) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(t.modification), esc(t.part),
                         t.described ? PccpsPage::tr("yes") : PccpsPage::tr("<b>MISSING</b>"),
                         esc(t.rules.join(QStringLiteral(", "))));
    }
    return html + QStringLiteral("</table>");
}
} // namespace

PccpsPage::PccpsPage(WorkspaceController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_detail(new QTextBrowser(this))
    , m_import(new QPushButton(tr("&Import PCCP…"), this))
    , m_sign(new QPushButton(tr("&Sign…"), this))
    , m_export(new QPushButton(tr("&Export PDF…"), this))
    , m_newVersion(new QPushButton(tr("&New Version…"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>PCCPs</h2>"), this));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setHorizontalHeaderLabels(
        {tr("Model"), tr("Version"), tr("Status"), tr("Saved"), tr("Signatures"), tr("Title")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("PCCP versions"));
    auto* buttons = new QHBoxLayout;
    m_import->setToolTip(tr("Save a PCCP written in YAML as the next version of its model's PCCP (regulatory "
                            "affairs)"));
    m_sign->setToolTip(tr("Sign the selected version: its author as authored, then a QA officer as approved"));
    m_newVersion->setToolTip(tr("Write the next version of a model's PCCP in a form (regulatory affairs)"));
    buttons->addWidget(m_newVersion);
    buttons->addWidget(m_import);
    buttons->addWidget(m_sign);
    m_export->setToolTip(tr("The selected version as a signed PDF document in the structure of FDA's PCCP guidance"));
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PccpsPage::showSelected);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("PCCP"), tr("YAML files (*.yaml *.yml)"));
        if (!path.isEmpty()) {
            importFile(path);
        }
    });
    connect(m_sign, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_shown.size()) {
            emit signRequested(QStringLiteral("pccp"), m_shown.at(row).pccp.reference());
        }
    });
    connect(m_export, &QPushButton::clicked, this, [this] { exportDocument(); });
    connect(m_newVersion, &QPushButton::clicked, this, [this] { newVersion(); });
    connect(controller, &WorkspaceController::workspaceChanged, this, &PccpsPage::refresh);
    connect(controller, &WorkspaceController::contentChanged, this, &PccpsPage::refresh);
}

void PccpsPage::refresh()
{
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    m_detail->setAccessibleName(tr("PCCP version details"));
    m_detail->clear();
    m_shown.clear();
    Workspace* ws = m_controller->workspace();
    m_import->setEnabled(false);
    m_newVersion->setEnabled(false);
    m_sign->setEnabled(false);
    m_export->setEnabled(false);
    if (ws == nullptr) {
        return;
    }
    const auto user = ws->currentUser();
    m_import->setEnabled(!ws->isReadOnly() && user && Authority::allows(user->roles, Action::WritePccp));
    m_newVersion->setEnabled(m_import->isEnabled());
    auto all = PccpQuery(*ws).all();
    if (!all) {
        m_summary->setText(all.error().message);
        return;
    }
    m_shown = all.value();
    if (m_shown.isEmpty()) {
        m_summary->setText(tr("No PCCP yet. Regulatory affairs import one written in YAML (Import PCCP…); it is in "
                              "force once its author signs it as authored and a QA officer approves it."));
        return;
    }
    m_summary->setText(tr("%n PCCP version(s). Only an approved version is in force; every change request of its "
                          "model is checked against it.",
                          nullptr, int(m_shown.size())));
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const PccpStanding& s = m_shown.at(row);
        const QStringList cells = {s.pccp.model,
                                   QString::number(s.pccp.version),
                                   displayNameOf(s.status),
                                   UtcTime::formatMsString(s.pccp.createdAtMs).left(10),
                                   signaturesText(s),
                                   s.pccp.content.title};
        for (int c = 0; c < ColumnCount; ++c) {
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->selectRow(std::clamp(current, 0, int(m_shown.size()) - 1));
}

void PccpsPage::showSelected()
{
    const int row = m_table->currentRow();
    Workspace* ws = m_controller->workspace();
    if (row < 0 || row >= m_shown.size() || ws == nullptr) {
        m_detail->clear();
        m_sign->setEnabled(false);
        m_export->setEnabled(false);
        return;
    }
    const PccpStanding& s = m_shown.at(row);
    m_detail->setHtml(contentHtml(s));
    const auto user = ws->currentUser();
    m_sign->setEnabled(!ws->isReadOnly() && !s.missing.isEmpty() && user &&
                       Authority::allows(user->roles, Action::SignRecord));
    m_export->setEnabled(!ws->isReadOnly() && user && Authority::allows(user->roles, Action::SignRecord));
}

PccpEditor* PccpsPage::newVersion()
{
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr || !m_newVersion->isEnabled()) {
        return nullptr;
    }
    QStringList models;
    if (auto all = RegistryQuery(*ws).models()) {
        for (const Model& m : all.value()) {
            models.append(m.name);
        }
    }
    const int row = m_table->currentRow();
    const Pccp start = row >= 0 && row < m_shown.size() ? m_shown.at(row).pccp.content : Pccp();
    auto* editor = new PccpEditor(m_controller, start, models, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        m_summary->setText(tr("Saved version %1. It is in force once you sign it as authored and a QA officer "
                              "approves it.")
                               .arg(editor->savedVersion()));
    });
    editor->show();
    return editor;
}

ExportDocumentDialog* PccpsPage::exportDocument()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size() || !m_export->isEnabled()) {
        return nullptr;
    }
    auto* dialog = new ExportDocumentDialog(m_controller, ExportDocumentDialog::Kind::Pccp,
                                            m_shown.at(row).pccp.reference(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_summary->setText(dialog->result()); });
    dialog->show();
    return dialog;
}

bool PccpsPage::importFile(const QString& path)
{
    auto content = Pccp::fromYamlFile(path);
    if (!content) {
        MessageBox::critical(this, tr("Import PCCP"), content.error().message);
        return false;
    }
    SavePccpCommand command(content.value(), QFileInfo(path).fileName());
    if (auto r = m_controller->execute(command); !r) {
        MessageBox::critical(this, tr("Import PCCP"), r.error().message);
        return false;
    }
    MessageBox::information(this, tr("Import PCCP"),
                            tr("Saved version %1 of the PCCP of %2. It is in force once you sign it as authored and "
                               "a QA officer approves it.")
                                .arg(command.version())
                                .arg(content->model));
    return true;
}

} // namespace cs::ui
