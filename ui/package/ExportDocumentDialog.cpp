#include "ExportDocumentDialog.h"

#include "AuditReport.h"
#include "ExportPackage.h"
#include "PccpDocument.h"
#include "WorkspaceController.h"
#include "common/FileDialog.h"
#include "common/LongWork.h"
#include "signing/SignerFields.h"
#include "workspace/SigningCeremony.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cs::ui {

ExportDocumentDialog::ExportDocumentDialog(WorkspaceController* controller, Kind kind, const QString& requestId,
                                           QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_kind(kind)
    , m_requestId(requestId)
    , m_file(new QLineEdit(this))
    , m_paper(new QComboBox(this))
    , m_signer(nullptr)
    , m_message(nullptr)
{
    const bool report = kind == Kind::AuditReport;
    const bool pccp = kind == Kind::Pccp;
    setWindowTitle(report     ? tr("Export the Audit Report")
                       : pccp ? tr("Export the PCCP %1").arg(requestId)
                              : tr("Export the Package of %1").arg(requestId));
    setObjectName(report     ? QStringLiteral("exportAuditReport")
                      : pccp ? QStringLiteral("exportPccp")
                             : QStringLiteral("exportPackage"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(
        pccp ? tr("Version %1 of the PCCP in the structure of FDA's guidance: the modifications, each one's protocol "
                  "with "
                  "its acceptance criteria in words, the impact assessment, the traceability table and the real-world "
                  "monitoring rules, with the version's status and signatures, as a PDF/A file that you sign with your "
                  "certificate. The export is recorded in the audit trail.")
                   .arg(requestId)
            : report
            ? tr("The inspector's audit report: the workspace's identity and verifier key, the verification of the "
                 "whole trail, checkpoints, reviews, every signature, account and settings changes, and every "
                 "event of the days you choose with its hashes, as a PDF/A file that you sign with your "
                 "certificate. The export writes a checkpoint and is recorded in the audit trail.")
            : tr("The change-control package of %1: the signatures, the summary and verdicts, the validation "
                 "tables and charts from the frozen evidence, the risk-benefit analysis, the approval record, the "
                 "audit-trail excerpt with its proofs and the digests, as a PDF/A file that you sign with your "
                 "certificate. The export is recorded in the audit trail.")
                  .arg(requestId),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* form = new QFormLayout;
    m_file->setObjectName(QStringLiteral("file"));
    Workspace* ws = controller->workspace();
    const QString folder = ws ? QFileInfo(ws->path()).absolutePath() : QDir::homePath();
    const QString name = report ? QStringLiteral("audit-report-%1.pdf")
                                      .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd")))
                                : QString(requestId).replace(u'@', QStringLiteral("-pccp-")) + QStringLiteral(".pdf");
    m_file->setText(QDir(folder).filePath(name));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    auto* browse = new QPushButton(tr("Bro&wse…"), this);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("Save &as:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    form->addRow(tr("P&aper:"), m_paper);
    if (report) {
        // Days in UTC, as the report prints them; an unchecked end leaves the range open on that side.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto dateRow = [this, form](QCheckBox* box, QDateEdit* edit, const QString& label,
                                          const QString& objectName, QDate date) {
            box->setObjectName(objectName + QStringLiteral("Enabled"));
            edit->setObjectName(objectName);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            edit->setDate(date);
            edit->setEnabled(false);
            connect(box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
            auto* row = new QHBoxLayout;
            row->addWidget(box);
            row->addWidget(edit, 1);
            box->setText(label);
            form->addRow(QString(), row);
        };
        m_fromEnabled = new QCheckBox(this);
        m_from = new QDateEdit(this);
        dateRow(m_fromEnabled, m_from, tr("&From the start of (UTC):"), QStringLiteral("from"), today.addDays(-30));
        m_toEnabled = new QCheckBox(this);
        m_to = new QDateEdit(this);
        dateRow(m_toEnabled, m_to, tr("&To the end of (UTC):"), QStringLiteral("to"), today);
    }
    m_signer = new SignerFields(this, form);
    layout->addLayout(form);
    layout->addStretch(1);
    m_message = SignerFields::addFoot(this, layout, tr("Sign and Export"), [this] { attempt(); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::saveFileName(this,
                                                      m_kind == Kind::AuditReport ? tr("Save the Audit Report")
                                                          : m_kind == Kind::Pccp  ? tr("Save the PCCP")
                                                                                  : tr("Save the Package"),
                                                      m_file->text(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
        }
    });
    resize(680, sizeHint().height());
}

bool ExportDocumentDialog::attempt()
{
    Workspace* ws = m_controller->workspace();
    SignRequest request;
    m_signer->take(request);
    const auto refuse = [this](const QString& message) {
        m_signer->clearSecrets();
        m_message->setText(message);
        m_message->show();
        return false;
    };
    if (ws == nullptr) {
        return refuse(tr("No workspace is open."));
    }
    if (m_file->text().trimmed().isEmpty()) {
        return refuse(tr("Say where to save the file."));
    }
    auto credentials = Signing::open(*ws, request);
    if (!credentials) {
        return refuse(credentials.error().message);
    }
    const QString path = m_file->text().trimmed();
    const auto paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    Result<reports::ExportedFile> exported = Error(ErrorCode::InvalidArgument, QString());
    // Painting and signing take a while for a long trail: shown as it goes, and it may be cancelled.
    const auto runLong = [this, &exported](const QString& label,
                                           const std::function<Result<reports::ExportedFile>(const Progress&)>& work) {
        // The outcome is `exported` itself (the file, or why there is none).
        (void)LongWork::run(this, *m_controller, label, [&exported, &work](const Progress& progress) {
            exported = work(progress);
            return exported ? Status() : Status(exported.error());
        });
    };
    if (m_kind == Kind::AuditReport) {
        reports::AuditReportRequest exportRequest;
        if (m_fromEnabled->isChecked()) {
            exportRequest.fromMs = QDateTime(m_from->date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        }
        if (m_toEnabled->isChecked()) {
            exportRequest.toMs = QDateTime(m_to->date().addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        }
        if (exportRequest.fromMs && exportRequest.toMs && *exportRequest.toMs <= *exportRequest.fromMs) {
            return refuse(tr("The last day comes before the first."));
        }
        exportRequest.outPath = path;
        exportRequest.paper = paper;
        exportRequest.credentials = std::move(credentials.value());
        runLong(tr("Exporting the audit report…"), [&](const Progress& progress) {
            exportRequest.progress = progress;
            return reports::exportAuditReport(*ws, exportRequest);
        });
    } else if (m_kind == Kind::Pccp) {
        reports::PccpExportRequest exportRequest;
        const qsizetype at = m_requestId.lastIndexOf(u'@');
        exportRequest.model = m_requestId.left(at);
        exportRequest.version = m_requestId.mid(at + 1).toInt();
        exportRequest.outPath = path;
        exportRequest.paper = paper;
        exportRequest.credentials = std::move(credentials.value());
        runLong(tr("Exporting the PCCP…"), [&](const Progress& progress) {
            exportRequest.progress = progress;
            return reports::exportPccp(*ws, exportRequest);
        });
    } else {
        reports::ExportPackageRequest exportRequest;
        exportRequest.requestId = m_requestId;
        exportRequest.outPath = path;
        exportRequest.paper = paper;
        exportRequest.credentials = std::move(credentials.value());
        runLong(tr("Exporting the package of %1…").arg(m_requestId), [&](const Progress& progress) {
            exportRequest.progress = progress;
            return reports::exportPackage(*ws, exportRequest);
        });
    }
    if (!exported) {
        if (exported.error().code == ErrorCode::Cancelled) {
            return refuse(tr("Export cancelled: no file was written and nothing was recorded."));
        }
        return refuse(exported.error().message);
    }
    m_result = tr("Saved %1 (%2 bytes, SHA-256 %3), signed by you.")
                   .arg(QDir::toNativeSeparators(exported->path))
                   .arg(exported->bytes)
                   .arg(exported->sha256);
    m_controller->notifyChanged();
    accept();
    return true;
}

} // namespace cs::ui
