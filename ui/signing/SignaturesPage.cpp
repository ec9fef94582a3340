#include "SignaturesPage.h"

#include "WorkspaceController.h"
#include "identity/Authority.h"
#include "queries/SignatureQuery.h"
#include "signing/SignableRecords.h"
#include "util/DisplayText.h"
#include "util/UtcTime.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cs::ui {

SignaturesPage::SignaturesPage(WorkspaceController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_sign(new QPushButton(tr("&Sign a Record…"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_detail(new QTextBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Signatures</h2>"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    auto* verify = new QPushButton(tr("&Verify All"), this);
    top->addWidget(verify);
    top->addWidget(m_sign);
    layout->addLayout(top);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setHorizontalHeaderLabels(
        {tr("Record"), tr("Meaning"), tr("Signed by"), tr("Date and time"), tr("UTC"), tr("Verification")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(verify, &QPushButton::clicked, this, &SignaturesPage::refresh);
    connect(m_sign, &QPushButton::clicked, this, &SignaturesPage::signRequested);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SignaturesPage::showDetail);
    connect(controller, &WorkspaceController::workspaceChanged, this, &SignaturesPage::refresh);
    connect(controller, &WorkspaceController::contentChanged, this, &SignaturesPage::refresh);
}

void SignaturesPage::refresh()
{
    m_checks.clear();
    m_table->setRowCount(0);
    m_detail->setAccessibleName(tr("Signature details"));
    m_table->setAccessibleName(tr("Signatures"));
    m_detail->clear();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        return;
    }
    auto user = ws->currentUser();
    m_sign->setEnabled(user && !ws->isReadOnly() && Authority::allows(user->roles, Action::SignRecord));
    auto checks = SignatureQuery(*ws).verifyAll();
    if (!checks) {
        m_summary->setText(checks.error().message);
        return;
    }
    m_checks = checks.value();
    int bad = 0;
    m_table->setRowCount(int(m_checks.size()));
    for (int row = 0; row < m_checks.size(); ++row) {
        const SignatureCheck& c = m_checks.at(row);
        bad += c.valid ? 0 : 1;
        const QString name = c.manifest ? c.manifest->signerName : c.stored.signer;
        const auto meaning = enumFromName<Meaning>(c.stored.meaning);
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(c.stored.signedAtMs).toLocalTime();
        const SignableRecordType* type = SignableRecords::find(c.stored.recordType);
        const QStringList cells = {
            (type ? type->displayName : c.stored.recordType) + u' ' + c.stored.recordId,
            meaning ? displayNameOf(*meaning) : c.stored.meaning,
            name,
            QLocale().toString(local, QLocale::ShortFormat) + u' ' + local.timeZoneAbbreviation(),
            UtcTime::formatMsString(c.stored.signedAtMs).left(16).replace(u'T', u' ') + QStringLiteral(" UTC"),
            c.valid ? tr("Valid") : tr("INVALID: %1").arg(c.problem),
        };
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(DisplayText::escaped(cells.at(col)));
            if (col == StatusColumn) {
                item->setForeground(c.valid ? QColor(0x1a, 0x7f, 0x37) : QColor(0xa4, 0x00, 0x00));
                item->setToolTip(c.valid ? tr("The signature, its certificate and the signed record all verify")
                                         : c.problem);
            }
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (m_checks.isEmpty()) {
        m_summary->setText(tr("No record has been signed yet."));
    } else if (bad == 0) {
        m_summary->setText(tr("All %n signature(s) verify: each was made with a trusted certificate valid at the "
                              "time, and each signed record is unchanged.",
                              nullptr, int(m_checks.size())));
    } else {
        m_summary->setText(tr("<b style='color:#a40000'>%1 of %2 signatures fail verification.</b> Select one to see "
                              "why.")
                               .arg(bad)
                               .arg(m_checks.size()));
    }
}

void SignaturesPage::showDetail()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_checks.size()) {
        m_detail->clear();
        return;
    }
    const SignatureCheck& c = m_checks.at(row);
    QString html;
    if (c.manifest) {
        const SignatureManifest& m = *c.manifest;
        const auto role = enumFromName<Role>(m.signerRole);
        html += tr("<p><b>%1</b> (%2), %3<br>%4 — %5</p>")
                    .arg(m.signerName.toHtmlEscaped(), m.signerUsername.toHtmlEscaped(),
                         role ? displayNameOf(*role) : m.signerRole, displayNameOf(m.meaning),
                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.signedAtMs).toLocalTime(),
                                            QLocale::LongFormat) +
                             QStringLiteral(" (") + UtcTime::formatMsString(m.signedAtMs) + u')');
        html += tr("<p><i>%1</i></p>").arg(m.statement.toHtmlEscaped());
        html += tr("<p>Reason: %1</p>").arg(m.reason.isEmpty() ? tr("(none given)") : m.reason.toHtmlEscaped());
        html += tr("<p>Record %1 %2, SHA-256 <code>%3</code><br>Audit trail at signing: %4 events, chain head "
                   "<code>%5</code></p>")
                    .arg(m.recordType, m.recordId, m.recordSha256)
                    .arg(m.auditLogSize)
                    .arg(m.auditChainHead.left(16) + QStringLiteral("…"));
    }
    html += tr("<p>Certificate: %1</p>").arg(c.certificateSubject.toHtmlEscaped());
    html += c.valid ? tr("<p style='color:#1a7f37'><b>Valid.</b></p>")
                    : tr("<p style='color:#a40000'><b>Invalid:</b> %1</p>").arg(c.problem.toHtmlEscaped());
    m_detail->setHtml(html);
}

} // namespace cs::ui
