#pragma once

#include "PackageVerifier.h"
#include "package/PdfPreview.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTextBrowser;

namespace cs::ui {

class WorkspaceController;

/// File > Verify a Package…: the pages of a signed package (Poppler) beside the result of each of
/// reports::verifyPackage's checks, against the open workspace (its trust store, the recorded export, the digests)
/// and any CA file the person names, with Poppler's own reading of the signature as a second opinion. It reads the
/// workspace through the controller each time it verifies, so a workspace closed meanwhile is simply not used.
class VerifyPackageDialog : public QDialog
{
    Q_OBJECT
public:
    /// With no workspace open, a CA file is needed for the chain.
    explicit VerifyPackageDialog(WorkspaceController* controller, QWidget* parent = nullptr);

    /// Reads and verifies `path`, shows its first page; false (with the reason shown) when it cannot be read.
    bool openFile(const QString& path);
    /// Trusts the CA certificate in `path` too and verifies again; false (with the reason shown) when unreadable.
    bool addCaFile(const QString& path);
    void showPage(int index);

    const reports::PackageVerification& verification() const { return m_verification; }
    const PdfPreview::SignatureReading& popplerReading() const { return m_poppler; }
    int pageCount() const { return m_preview.pageCount(); }
    int currentPage() const { return m_page; }
    QString verdict() const;
    /// The checks as shown: a table of check, result and what was found.
    QTextBrowser* checks() const { return m_checks; }
    QLabel* pageImage() const { return m_image; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chooseFile();
    void chooseCa();
    void verify();
    void showVerification();
    /// Renders the current page to the width of the page view.
    void renderPage();

    WorkspaceController* m_controller;
    QString m_path;
    QByteArray m_pdf;
    QList<Certificate> m_cas;
    QStringList m_caNames;
    PdfPreview m_preview;
    PdfPreview::SignatureReading m_poppler;
    reports::PackageVerification m_verification;
    int m_page = 0;

    QLineEdit* m_file;
    QLabel* m_trust;
    QLabel* m_verdict;
    QTextBrowser* m_checks;
    QLabel* m_popplerText;
    QLabel* m_signer;
    QScrollArea* m_scroll;
    QLabel* m_image;
    QSpinBox* m_pageBox;
    QLabel* m_pageOf;
};

} // namespace cs::ui
