#include "PdfPreview.h"

#include <QCoreApplication>
#include <QDateTime>

#include <poppler-form.h>
#include <poppler-qt6.h>

namespace cs::ui {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::PdfPreview)
};

QString statusText(Poppler::SignatureValidationInfo::SignatureStatus status)
{
    using Info = Poppler::SignatureValidationInfo;
    switch (status) {
    case Info::SignatureValid:
        return Tr::tr("the signature is valid");
    case Info::SignatureInvalid:
        return Tr::tr("the signature is invalid");
    case Info::SignatureDigestMismatch:
        return Tr::tr("the digest does not match (the signed bytes were changed)");
    case Info::SignatureDecodingError:
        return Tr::tr("the signature cannot be decoded");
    case Info::SignatureGenericError:
        return Tr::tr("the signature could not be checked");
    case Info::SignatureNotFound:
        return Tr::tr("no signature was found");
    case Info::SignatureNotVerified:
        return Tr::tr("the signature was not verified");
    }
    return Tr::tr("unknown status");
}
} // namespace

PdfPreview::PdfPreview() = default;
PdfPreview::~PdfPreview() = default;
PdfPreview::PdfPreview(PdfPreview&&) noexcept = default;
PdfPreview& PdfPreview::operator=(PdfPreview&&) noexcept = default;

Result<PdfPreview> PdfPreview::load(const QByteArray& pdf, const QString& source)
{
    PdfPreview preview;
    preview.m_document = Poppler::Document::loadFromData(pdf);
    if (!preview.m_document || preview.m_document->isLocked()) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1 cannot be read as a PDF").arg(source));
    }
    preview.m_document->setRenderHint(Poppler::Document::Antialiasing, true);
    preview.m_document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    return preview;
}

int PdfPreview::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

QSizeF PdfPreview::pageSize(int index) const
{
    if (!m_document || index < 0 || index >= m_document->numPages()) {
        return {};
    }
    const std::unique_ptr<Poppler::Page> page = m_document->page(index);
    return page ? page->pageSizeF() : QSizeF();
}

QImage PdfPreview::render(int index, double dpi) const
{
    if (!m_document || index < 0 || index >= m_document->numPages()) {
        return {};
    }
    const std::unique_ptr<Poppler::Page> page = m_document->page(index);
    return page ? page->renderToImage(dpi, dpi) : QImage();
}

PdfPreview::SignatureReading PdfPreview::signature() const
{
    SignatureReading reading;
    if (!m_document) {
        return reading;
    }
    const std::vector<std::unique_ptr<Poppler::FormFieldSignature>> signatures = m_document->signatures();
    if (signatures.empty()) {
        reading.status = statusText(Poppler::SignatureValidationInfo::SignatureNotFound);
        return reading;
    }
    const Poppler::SignatureValidationInfo info = signatures.back()->validate(0, QDateTime());
    reading.found = true;
    reading.valid = info.signatureStatus() == Poppler::SignatureValidationInfo::SignatureValid;
    reading.wholeDocument = info.signsTotalDocument();
    reading.status = statusText(info.signatureStatus());
    reading.signer = info.signerName();
    return reading;
}

} // namespace cs::ui
