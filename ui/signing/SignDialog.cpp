#include "SignDialog.h"

#include "SignerFields.h"
#include "queries/AuditQuery.h"
#include "queries/PccpQuery.h"
#include "queries/SignatureQuery.h"
#include "signing/SignableRecords.h"
#include "signing/SignaturePolicy.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cs::ui {

SignDialog::SignDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_record(new QComboBox(this))
    , m_meaning(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_reason(new QLineEdit(this))
    , m_signer(nullptr)
    , m_message(nullptr)
{
    setWindowTitle(tr("Sign a Record"));
    m_reason->setObjectName(QStringLiteral("reason"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QFormLayout;
    what->addRow(tr("&Record:"), m_record);
    what->addRow(tr("&Meaning:"), m_meaning);
    layout->addLayout(what);
    m_preview->setAccessibleName(tr("What you sign"));
    m_preview->setMinimumHeight(190);
    layout->addWidget(m_preview, 1);
    auto* who = new QFormLayout;
    who->addRow(tr("R&eason:"), m_reason);
    m_signer = new SignerFields(this, who);
    layout->addLayout(who);
    m_message = SignerFields::addFoot(this, layout, tr("Sign"), [this] { attempt(); });

    // The records that can be signed (audit-trail reviews so far), newest first.
    auto reviews = AuditQuery(workspace).reviews();
    if (reviews) {
        for (auto it = reviews->crbegin(); it != reviews->crend(); ++it) {
            m_record->addItem(tr("Audit-trail review %1 (events %2–%3, %4)")
                                  .arg(it->id)
                                  .arg(it->fromSeq)
                                  .arg(it->toSeq)
                                  .arg(it->reviewer),
                              QStringList {QStringLiteral("audit-review"), QString::number(it->id)});
        }
    }
    // And every PCCP version still waiting for a signature.
    for (const PccpStanding& p : PccpQuery(workspace).all().value_or({})) {
        if (!p.missing.isEmpty()) {
            m_record->addItem(
                tr("PCCP of %1, version %2 (%3)").arg(p.pccp.model).arg(p.pccp.version).arg(p.pccp.content.title),
                QStringList {QStringLiteral("pccp"), p.pccp.reference()});
        }
    }
    fillMeanings();
    connect(m_record, &QComboBox::currentIndexChanged, this, &SignDialog::fillMeanings);
    connect(m_record, &QComboBox::currentIndexChanged, this, &SignDialog::updatePreview);
    connect(m_meaning, &QComboBox::currentIndexChanged, this, &SignDialog::updatePreview);
    resize(640, 640);
    updatePreview();
    m_reason->setFocus();
}

void SignDialog::fillMeanings()
{
    const QStringList ref = m_record->currentData().toStringList();
    const QSignalBlocker block(m_meaning);
    m_meaning->clear();
    if (const SignaturePolicy* policy =
            SignaturePolicies::forType(ref.isEmpty() ? QStringLiteral("audit-review") : ref.first())) {
        for (const MeaningRule& rule : policy->rules) {
            m_meaning->addItem(displayNameOf(rule.meaning), nameOf(rule.meaning));
        }
    }
}

void SignDialog::selectRecord(const QString& type, const QString& id)
{
    const int index = m_record->findData(QStringList {type, id});
    if (index >= 0) {
        m_record->setCurrentIndex(index);
    }
}

void SignDialog::updatePreview()
{
    const QStringList ref = m_record->currentData().toStringList();
    auto user = m_workspace.currentUser();
    if (ref.size() != 2 || !user) {
        m_preview->setHtml(tr("<p>There is no record to sign.</p>"));
        return;
    }
    auto record = SignatureQuery(m_workspace).record(ref.at(0), ref.at(1));
    if (!record) {
        m_preview->setHtml(record.error().message.toHtmlEscaped());
        return;
    }
    const auto meaning = enumFromName<Meaning>(m_meaning->currentData().toString()).value_or(Meaning::Reviewed);
    QString html = tr("<p><b>What you sign</b><br>%1<br>SHA-256 of its content: <code>%2</code></p>")
                       .arg(record->summary.toHtmlEscaped(), record->contentSha256().value_or({}));
    html += tr("<p><b>You attest</b><br><i>%1</i></p>").arg(meaningStatement(meaning, user->fullName).toHtmlEscaped());
    html += SignerFields::certificateHtml(m_workspace, user->username);
    m_preview->setHtml(html);
}

void SignDialog::attempt()
{
    const QStringList ref = m_record->currentData().toStringList();
    if (ref.size() != 2) {
        return;
    }
    SignRequest request;
    request.recordType = ref.at(0);
    request.recordId = ref.at(1);
    request.meaning = enumFromName<Meaning>(m_meaning->currentData().toString()).value_or(Meaning::Reviewed);
    request.reason = m_reason->text().trimmed();
    m_signer->take(request);
    auto signature = Signing::sign(m_workspace, request);
    if (!signature) {
        m_message->setText(signature.error().message);
        m_message->show();
        return;
    }
    m_signature = signature.value();
    accept();
}

} // namespace cs::ui
