#include "ChangeRequestActionDialog.h"

#include "PlanPowerHtml.h"
#include "WorkspaceController.h"
#include "commands/ChangeRequestCommands.h"
#include "queries/ChangeRequestQuery.h"
#include "queries/SignatureQuery.h"
#include "registry/ChangeRequestEvidence.h"
#include "registry/ChangeRequestFlow.h"
#include "registry/PccpGate.h"
#include "signing/SignerFields.h"
#include "workspace/SigningCeremony.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>

namespace cs::ui {

namespace {
QString titleOf(ChangeRequestAction action, const QString& id)
{
    switch (action) {
    case ChangeRequestAction::Submit:
        return ChangeRequestActionDialog::tr("Submit %1").arg(id);
    case ChangeRequestAction::Approve:
        return ChangeRequestActionDialog::tr("Approve %1").arg(id);
    case ChangeRequestAction::Reject:
        return ChangeRequestActionDialog::tr("Reject %1").arg(id);
    case ChangeRequestAction::Implement:
        return ChangeRequestActionDialog::tr("Implement %1").arg(id);
    case ChangeRequestAction::EmergencyRollback:
        return ChangeRequestActionDialog::tr("Emergency Rollback of %1").arg(id);
    case ChangeRequestAction::Justify:
        return ChangeRequestActionDialog::tr("Justify Deciding on %1").arg(id);
    default:
        return ChangeRequestActionDialog::tr("Review the Rollback of %1").arg(id);
    }
}

/// The step's core command, with the credentials just opened.
std::unique_ptr<Command> commandFor(const QString& id, ChangeRequestAction action, const QString& reason,
                                    LowPower lowPower, SigningCredentials credentials)
{
    switch (action) {
    case ChangeRequestAction::Submit:
        return std::make_unique<SubmitChangeRequestCommand>(id, reason, lowPower, std::move(credentials));
    case ChangeRequestAction::Approve:
    case ChangeRequestAction::Reject:
        return std::make_unique<DecideChangeRequestCommand>(id, action, reason, std::move(credentials));
    case ChangeRequestAction::Implement:
        return std::make_unique<ImplementChangeRequestCommand>(id, reason, std::move(credentials));
    case ChangeRequestAction::EmergencyRollback:
        return std::make_unique<EmergencyRollbackCommand>(id, reason, std::move(credentials));
    case ChangeRequestAction::Justify:
        return std::make_unique<JustifyChangeRequestCommand>(id, reason, std::move(credentials));
    default:
        return std::make_unique<ReviewRollbackCommand>(id, reason, std::move(credentials));
    }
}
} // namespace

ChangeRequestActionDialog::ChangeRequestActionDialog(WorkspaceController* controller,
                                                     const ChangeRequestRecord& request, ChangeRequestAction action,
                                                     QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_request(request)
    , m_action(action)
    , m_preview(new QTextBrowser(this))
    , m_reason(new QLineEdit(this))
    , m_signer(nullptr)
    , m_message(nullptr)
    , m_acceptLowPower(new QCheckBox(this))
{
    setWindowTitle(titleOf(action, request.id));
    setObjectName(QStringLiteral("changeRequestAction"));
    const auto step = ChangeRequestFlow::step(request.state, action);
    m_reasonRequired = step && step->reasonRequired;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(m_reasonRequired ? tr("Required: it is part of what you sign")
                                                  : tr("Optional note with your signature"));
    auto* layout = new QVBoxLayout(this);
    m_preview->setMinimumHeight(200);
    m_preview->setAccessibleName(tr("What you sign"));
    layout->addWidget(m_preview, 1);
    auto* form = new QFormLayout;
    form->addRow(m_reasonRequired ? tr("R&eason:") : tr("N&ote:"), m_reason);
    m_signer = new SignerFields(this, form);
    layout->addLayout(form);
    m_acceptLowPower->setObjectName(QStringLiteral("acceptLowPower"));
    m_acceptLowPower->hide();
    layout->addWidget(m_acceptLowPower);
    m_message = SignerFields::addFoot(this, layout, tr("Sign"), [this] { attempt(); });
    resize(780, 660);
    preview();
    m_reason->setFocus();
}

QString ChangeRequestActionDialog::powerHtml(Workspace& ws)
{
    auto power = ChangeRequestQuery(ws).planPower(m_request.id);
    if (!power) {
        return tr("<p style='color:#a40000'>%1</p>").arg(power.error().message.toHtmlEscaped());
    }
    m_lowPower = underpowered(power.value()).join(QStringLiteral(", "));
    if (!m_lowPower.isEmpty()) {
        m_acceptLowPower->setText(tr("Submit although the plan would fail more often than not with two equal versions "
                                     "(%1)")
                                      .arg(m_lowPower));
        m_acceptLowPower->show();
    }
    return planPowerHtml(power.value());
}

void ChangeRequestActionDialog::preview()
{
    Workspace* ws = m_controller->workspace();
    const auto ref = ChangeRequestFlow::signedRecord(m_request.id, m_request.revision, m_action);
    const auto step = ChangeRequestFlow::step(m_request.state, m_action);
    auto user = ws ? ws->currentUser() : Result<User>(Error(ErrorCode::Unauthenticated, tr("nobody is signed in")));
    if (!ref || !step || !step->signature || !user) {
        m_preview->setHtml(tr("<p>%1 cannot be signed now.</p>").arg(m_request.id.toHtmlEscaped()));
        return;
    }
    QString html;
    switch (m_action) {
    case ChangeRequestAction::Submit:
        html = tr("<p>Submitting locks the plan and the text of revision %1: the acceptance criteria are fixed before "
                  "anyone sees the results.</p>")
                   .arg(m_request.revision) +
            powerHtml(*ws);
        break;
    case ChangeRequestAction::Implement:
        html =
            tr("<p>Version %1 of %2 goes into production and version %3 is superseded, in one step.</p>")
                .arg(m_request.content.candidate.toHtmlEscaped(), m_request.content.model.toHtmlEscaped(),
                     m_request.content.baseline.isEmpty() ? tr("(none)") : m_request.content.baseline.toHtmlEscaped());
        break;
    case ChangeRequestAction::Justify: {
        // The blocking rules the justification covers, as frozen with the evidence.
        auto evidence = ChangeRequestQuery(*ws).evidence(m_request.id, m_request.revision);
        html = tr("<p>These blocking acceptance rules of the PCCP could not be evaluated. Your justification, signed "
                  "over this evidence, lets the request be decided:</p><ul>");
        for (const QString& rule : PccpGate::needingJustification(evidence.value_or({})[u"pccp"].toObject())) {
            html += QStringLiteral("<li>%1</li>").arg(rule.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
        break;
    }
    case ChangeRequestAction::EmergencyRollback:
        html = tr("<p>Version %1 goes back into production at once and %2 is withdrawn; another QA officer must review "
                  "the rollback afterwards.</p>")
                   .arg(m_request.content.rollbackVersion.toHtmlEscaped(), m_request.content.candidate.toHtmlEscaped());
        break;
    default:
        break;
    }
    QString verdicts;
    if (m_action == ChangeRequestAction::Approve || m_action == ChangeRequestAction::Reject ||
        m_action == ChangeRequestAction::Implement) {
        // The verdicts of the evidence the signature binds, as the request shows them.
        auto evidence = ChangeRequestQuery(*ws).evidence(m_request.id, m_request.revision);
        if (evidence && !evidence->isEmpty()) {
            QString dataset;
            for (const ChangeRequestEvidence::Finding& f :
                 ChangeRequestEvidence::findings(evidence.value(), m_request.content.plan.alpha)) {
                if (f.dataset != dataset) {
                    dataset = f.dataset;
                    verdicts += tr("</p><p><b>The evidence on %1</b><br>").arg(f.dataset.toHtmlEscaped());
                }
                verdicts += QStringLiteral("%1%2<br>")
                                .arg(f.scope.isEmpty() ? QString() : f.scope.toHtmlEscaped() + QStringLiteral(": "),
                                     f.text.toHtmlEscaped());
            }
            verdicts += QStringLiteral("</p>");
        }
    }
    auto record = SignatureQuery(*ws).record(ref->type, ref->id);
    if (record) {
        html += tr("<p><b>What you sign</b><br>%1<br>SHA-256 of its content: <code>%2</code></p>")
                    .arg(record->summary.toHtmlEscaped(), record->contentSha256().value_or({}));
    } else {
        html += tr("<p><b>What you sign</b><br>%1 %2</p>").arg(ref->type, ref->id.toHtmlEscaped());
    }
    html += tr("<p><b>You attest</b><br><i>%1</i></p>")
                .arg(meaningStatement(*step->signature, user->fullName).toHtmlEscaped());
    html += SignerFields::certificateHtml(*ws, user->username);
    m_preview->setHtml(html + verdicts);
}

bool ChangeRequestActionDialog::attempt()
{
    Workspace* ws = m_controller->workspace();
    const QString reason = m_reason->text().trimmed();
    const auto fail = [this](const QString& message) {
        m_signer->clearSecrets();
        m_message->setText(message);
        m_message->show();
        return false;
    };
    if (ws == nullptr) {
        return fail(tr("No workspace is open."));
    }
    if (m_reasonRequired && reason.isEmpty()) {
        return fail(tr("Give the reason: it is part of what you sign."));
    }
    if (!m_lowPower.isEmpty() && !m_acceptLowPower->isChecked()) {
        return fail(tr("The plan's power is below 50% for %1: widen those margins or add samples, or tick the box "
                       "to submit it anyway.")
                        .arg(m_lowPower));
    }
    SignRequest request;
    m_signer->take(request);
    auto credentials = Signing::open(*ws, request);
    if (!credentials) {
        return fail(credentials.error().message);
    }
    const LowPower lowPower = m_acceptLowPower->isChecked() ? LowPower::Accept : LowPower::Refuse;
    std::unique_ptr<Command> command =
        commandFor(m_request.id, m_action, reason, lowPower, std::move(credentials.value()));
    if (auto done = m_controller->execute(*command); !done) {
        return fail(done.error().message);
    }
    accept();
    return true;
}

} // namespace cs::ui
