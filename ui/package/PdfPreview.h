#pragma once

#include "util/Result.h"

#include <QImage>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace cs::ui {

/// The one place Countersign links Poppler (libpoppler-qt6): pages of a PDF rendered for the window, and Poppler's own
/// reading of its signature, shown beside Countersign's checks as a second opinion from a library nobody here wrote.
class PdfPreview
{
public:
    /// Poppler's reading of the document's last signature (its signature only: Poppler's certificate check needs an
    /// NSS database, which the window does not keep).
    struct SignatureReading
    {
        bool found = false;
        bool valid = false; ///< the signature verifies over its byte range
        bool wholeDocument = false; ///< the byte range covers the whole file
        QString status; ///< Poppler's status, in words
        QString signer; ///< the signer's name as Poppler reads it from the certificate
    };

    PdfPreview();
    ~PdfPreview();
    PdfPreview(PdfPreview&&) noexcept;
    PdfPreview& operator=(PdfPreview&&) noexcept;

    /// Reads `pdf`; `source` names it in the error.
    static Result<PdfPreview> load(const QByteArray& pdf, const QString& source);

    int pageCount() const;
    /// The size of page `index` in points (1/72 inch); empty when there is no such page.
    QSizeF pageSize(int index) const;
    /// Page `index` (from 0) at `dpi`, anti-aliased; a null image when there is no such page.
    QImage render(int index, double dpi) const;
    SignatureReading signature() const;

private:
    std::unique_ptr<Poppler::Document> m_document;
};

} // namespace cs::ui
