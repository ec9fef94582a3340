#include "VerifyPackageDialog.h"

#include "WorkspaceController.h"
#include "common/FileDialog.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cs::ui {

VerifyPackageDialog::VerifyPackageDialog(WorkspaceController* controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_file(new QLineEdit(this))
    , m_trust(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_checks(new QTextBrowser(this))
    , m_popplerText(new QLabel(this))
    , m_signer(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_image(new QLabel(this))
    , m_pageBox(new QSpinBox(this))
    , m_pageOf(new QLabel(this))
{
    setWindowTitle(tr("Verify a Package"));
    setObjectName(QStringLiteral("verifyPackage"));
    resize(1240, 820);

    // The pages, as Poppler renders them.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_image->setObjectName(QStringLiteral("pageImage"));
    m_image->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_image->setBackgroundRole(QPalette::Dark);
    m_scroll->setWidget(m_image);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    leftLayout->addWidget(m_scroll, 1);
    auto* nav = new QHBoxLayout;
    auto* previous = new QPushButton(tr("&Previous Page"), left);
    auto* next = new QPushButton(tr("&Next Page"), left);
    previous->setToolTip(tr("Page Up in the page view"));
    next->setToolTip(tr("Page Down in the page view"));
    m_scroll->installEventFilter(this);
    m_scroll->viewport()->installEventFilter(this); // its size, not the scroll area's, is what a page is fitted to
    auto* pageLabel = new QLabel(tr("Pa&ge:"), left);
    pageLabel->setBuddy(m_pageBox);
    m_pageBox->setObjectName(QStringLiteral("page"));
    nav->addWidget(previous);
    nav->addStretch(1);
    nav->addWidget(pageLabel);
    nav->addWidget(m_pageBox);
    nav->addWidget(m_pageOf);
    nav->addStretch(1);
    nav->addWidget(next);
    leftLayout->addLayout(nav);
    connect(previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) {
        if (value - 1 != m_page) {
            showPage(value - 1);
        }
    });

    // The checks.
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setAccessibleName(tr("Package file"));
    m_file->setReadOnly(true);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    auto* browse = new QPushButton(tr("Choose &File…"), right);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&Package:"), right);
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, fileRow);
    // A widget, not a bare layout, holds the row: the form then gives the wrapped list of trusted CAs its height.
    auto* trustHolder = new QWidget(right);
    auto* trustRow = new QHBoxLayout(trustHolder);
    trustRow->setContentsMargins(0, 0, 0, 0);
    m_trust->setObjectName(QStringLiteral("trust"));
    m_trust->setWordWrap(true);
    trustRow->addWidget(m_trust, 1);
    auto* addCa = new QPushButton(tr("&Trust a CA File…"), trustHolder);
    trustRow->addWidget(addCa);
    form->addRow(tr("Trusted CAs:"), trustHolder);
    rightLayout->addLayout(form);
    connect(browse, &QPushButton::clicked, this, &VerifyPackageDialog::chooseFile);
    connect(addCa, &QPushButton::clicked, this, &VerifyPackageDialog::chooseCa);

    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setFrameShape(QFrame::StyledPanel);
    m_verdict->setMargin(8);
    rightLayout->addWidget(m_verdict);
    m_signer->setObjectName(QStringLiteral("signer"));
    m_signer->setWordWrap(true);
    m_signer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_signer);

    m_checks->setAccessibleName(tr("Checks and their findings"));
    m_scroll->setAccessibleName(tr("Page view"));
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setOpenLinks(false);
    rightLayout->addWidget(m_checks, 1);

    m_popplerText->setObjectName(QStringLiteral("poppler"));
    m_popplerText->setWordWrap(true);
    rightLayout->addWidget(m_popplerText);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 660});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    showVerification();
}

bool VerifyPackageDialog::openFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_verdict->setText(
            tr("<b>Cannot read %1:</b> %2")
                .arg(QDir::toNativeSeparators(path).toHtmlEscaped(), file.errorString().toHtmlEscaped()));
        return false;
    }
    m_path = path;
    m_pdf = file.readAll();
    m_file->setText(QDir::toNativeSeparators(path));
    auto preview = PdfPreview::load(m_pdf, QDir::toNativeSeparators(path));
    m_preview = preview ? std::move(preview.value()) : PdfPreview();
    m_poppler = m_preview.signature();
    m_pageBox->setRange(m_preview.pageCount() > 0 ? 1 : 0, m_preview.pageCount());
    m_pageOf->setText(tr("of %1").arg(m_preview.pageCount()));
    m_page = -1;
    showPage(0);
    if (m_page < 0) {
        m_image->clear();
    }
    verify();
    // Keys go to the pages first: Page Down and Page Up turn them (eventFilter).
    m_scroll->setFocus();
    return true;
}

bool VerifyPackageDialog::addCaFile(const QString& path)
{
    auto certificate = Certificate::fromFile(path);
    if (!certificate) {
        m_verdict->setText(
            tr("<b>The CA file cannot be used:</b> %1").arg(certificate.error().message.toHtmlEscaped()));
        return false;
    }
    m_cas.append(certificate.value());
    m_caNames.append(certificate->subject());
    verify();
    return true;
}

bool VerifyPackageDialog::eventFilter(QObject* watched, QEvent* event)
{
    // In the page view, Page Down and Page Up turn the pages (as in a PDF reader showing one page at a time).
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent*>(event)->size().width() != static_cast<QResizeEvent*>(event)->oldSize().width()) {
        renderPage();
    }
    if (watched == m_scroll && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            showPage(m_page + (key == Qt::Key_PageDown ? 1 : -1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void VerifyPackageDialog::showPage(int index)
{
    if (index < 0 || index >= m_preview.pageCount() || index == m_page) {
        return;
    }
    m_page = index;
    renderPage();
    m_pageBox->setValue(index + 1);
}

void VerifyPackageDialog::renderPage()
{
    const QSizeF points = m_preview.pageSize(m_page);
    if (points.isEmpty()) {
        return;
    }
    // The whole width of the page in the view, the scroll bar's room kept.
    const int width = m_scroll->viewport()->width() - m_scroll->verticalScrollBar()->sizeHint().width() - 4;
    const double dpi = std::max(36.0, 72.0 * width / points.width());
    QPixmap pixmap = QPixmap::fromImage(m_preview.render(m_page, dpi * devicePixelRatioF()));
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_image->setPixmap(pixmap);
}

void VerifyPackageDialog::chooseFile()
{
    const QString path = FileDialog::openFileName(this, tr("Verify a Package"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void VerifyPackageDialog::chooseCa()
{
    const QString path =
        FileDialog::openFileName(this, tr("Trust a CA Certificate"), tr("Certificates (*.pem *.crt *.cer *.der)"));
    if (!path.isEmpty()) {
        addCaFile(path);
    }
}

void VerifyPackageDialog::verify()
{
    m_verification = {};
    if (!m_pdf.isEmpty()) {
        reports::PackageVerifyOptions options;
        options.trustAnchors = m_cas;
        options.workspace = m_controller->workspace();
        auto result = reports::verifyPackage(m_pdf, options);
        if (!result) {
            m_verification.checks.append({tr("File"), false, result.error().message});
        } else {
            m_verification = std::move(result.value());
        }
    }
    showVerification();
}

QString VerifyPackageDialog::verdict() const
{
    if (m_pdf.isEmpty()) {
        return tr("Choose a signed package or audit report to verify.");
    }
    return m_verification.valid() ? tr("VALID: every check passed.")
                                  : tr("NOT VALID: %1").arg(m_verification.finding());
}

void VerifyPackageDialog::showVerification()
{
    QStringList trust;
    if (const Workspace* ws = m_controller->workspace()) {
        trust.append(tr("the trust store of %1").arg(ws->name()));
    }
    trust.append(m_caNames);
    m_trust->setText(trust.isEmpty() ? tr("none yet: open the workspace the package comes from, or trust a CA file")
                                     : trust.join(QStringLiteral("; ")));

    // The verdict in words first (it must read without colour), the tone only as a second cue.
    const bool chosen = !m_pdf.isEmpty();
    const bool valid = chosen && m_verification.valid();
    m_verdict->setText(QStringLiteral("<b>%1</b>").arg(verdict().toHtmlEscaped()));
    m_verdict->setStyleSheet(!chosen ? QString()
                                 : valid
                                 ? QStringLiteral("QLabel { background: #e3f1e3; border: 1px solid #3c7d3c; }")
                                 : QStringLiteral("QLabel { background: #f8e1e1; border: 2px solid #a02020; }"));

    // A table that wraps every finding whole (digests and subjects are long), failures in bold.
    QString html;
    if (!m_verification.checks.isEmpty()) {
        html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
                              "style='border-collapse: collapse; border-color: #888;'><tr><th align='left'>%1</th>"
                              "<th align='left'>%2</th><th align='left'>%3</th></tr>")
                   .arg(tr("Check"), tr("Result"), tr("What was found"));
        for (const reports::PackageCheck& c : m_verification.checks) {
            const QString cell = c.passed ? QStringLiteral("%1") : QStringLiteral("<b>%1</b>");
            html += QStringLiteral("<tr><td valign='top'>%1</td><td valign='top'>%2</td><td>%3</td></tr>")
                        .arg(cell.arg(c.name.toHtmlEscaped()), cell.arg(c.passed ? tr("Passed") : tr("FAILED")),
                             c.detail.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    m_checks->setHtml(html);

    const reports::PackageVerification& v = m_verification;
    m_signer->setText(v.signerSubject.isEmpty()
                          ? QString()
                          : tr("The signature names %1 (%2), signing on %3.\nReason: %4\nCertificate SHA-256: %5")
                                .arg(v.signerName, v.signerSubject, UtcTime::displayMs(v.signingTimeMs), v.reason,
                                     v.signerFingerprint));

    if (!chosen) {
        m_popplerText->clear();
    } else if (!m_poppler.found) {
        m_popplerText->setText(tr("Poppler, an independent PDF reader, finds no signature in this file."));
    } else {
        m_popplerText->setText(tr("Poppler, an independent PDF reader, says: %1; %2.")
                                   .arg(m_poppler.status,
                                        m_poppler.wholeDocument ? tr("it covers the whole document")
                                                                : tr("it does NOT cover the whole document")));
    }
}

} // namespace cs::ui
