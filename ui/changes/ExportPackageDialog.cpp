#include "ExportPackageDialog.h"

#include "ExportPackage.h"
#include "WorkspaceController.h"
#include "common/FileDialog.h"
#include "signing/SignerFields.h"
#include "workspace/SigningCeremony.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs::ui {

ExportPackageDialog::ExportPackageDialog(WorkspaceController* controller, const QString& requestId, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_requestId(requestId)
    , m_file(new QLineEdit(this))
    , m_paper(new QComboBox(this))
    , m_signer(nullptr)
    , m_message(nullptr)
{
    setWindowTitle(tr("Export the Package of %1").arg(requestId));
    setObjectName(QStringLiteral("exportPackage"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(
        tr("The change-control package of %1: the signatures, the summary and verdicts, the validation tables and "
           "charts from the frozen evidence, the risk-benefit analysis, the approval record and the digests, as a "
           "PDF/A file that you sign with your certificate. The export is recorded in the audit trail.")
            .arg(requestId),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* form = new QFormLayout;
    m_file->setObjectName(QStringLiteral("file"));
    Workspace* ws = controller->workspace();
    const QString folder = ws ? QFileInfo(ws->path()).absolutePath() : QDir::homePath();
    m_file->setText(QDir(folder).filePath(requestId + QStringLiteral(".pdf")));
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
    m_signer = new SignerFields(this, form);
    layout->addLayout(form);
    layout->addStretch(1);
    m_message = SignerFields::addFoot(this, layout, tr("Sign and Export"), [this] { attempt(); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialog::saveFileName(this, tr("Save the Package"), m_file->text(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
        }
    });
    resize(680, sizeHint().height());
}

bool ExportPackageDialog::attempt()
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
        return refuse(tr("Say where to save the package."));
    }
    auto credentials = Signing::open(*ws, request);
    if (!credentials) {
        return refuse(credentials.error().message);
    }
    reports::ExportPackageRequest exportRequest;
    exportRequest.requestId = m_requestId;
    exportRequest.outPath = m_file->text().trimmed();
    exportRequest.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    exportRequest.credentials = std::move(credentials.value());
    auto exported = reports::exportPackage(*ws, exportRequest);
    if (!exported) {
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
