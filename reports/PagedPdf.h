#pragma once

#include "util/Result.h"

#include <QPageSize>
#include <QSizeF>
#include <QString>

class QTextDocument;

/// Prints a laid-out text document as PDF/A-1b pages (QPdfWriter: fonts embedded, XMP metadata, no encryption), each
/// page headed with the document's title and footed with its subject, "Page X of Y" and, for a demo, "Demo
/// workspace". Layout units are pixels at 96 dpi.
namespace cs::reports::PagedPdf {

struct Furniture
{
    QString title; ///< the header's left text and the PDF's title
    QString footer; ///< the footer's left text (the request id)
    QString author; ///< who made it (the XMP creator is Countersign)
    bool demo = false;
};

/// The body of a page of `paper` (inside the margins, the header and the footer): what a document is laid out in.
QSizeF bodySize(QPageSize::PageSizeId paper);

/// The document as PDF bytes; its page size is set to bodySize(paper).
Result<QByteArray> print(QTextDocument& document, QPageSize::PageSizeId paper, const Furniture& furniture);

} // namespace cs::reports::PagedPdf
