#pragma once

#include "util/Result.h"

#include <QPageSize>
#include <QSizeF>
#include <QString>

#include <memory>

class QIODevice;
class QPainter;
class QPdfWriter;
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
/// How far below the top of the printable area the body starts (the header's height).
double bodyTop();

/// A PDF/A-1b writer on `device` for `paper` at the layout's resolution, titled from `furniture`.
std::unique_ptr<QPdfWriter> writer(QIODevice* device, QPageSize::PageSizeId paper, const Furniture& furniture);

/// Paints the header and footer of page `page` (from 0) of `pages` around a body of `body`'s size.
void paintFurniture(QPainter& painter, const Furniture& furniture, int page, int pages, QSizeF body);

/// The document as PDF bytes; its page size is set to bodySize(paper).
Result<QByteArray> print(QTextDocument& document, QPageSize::PageSizeId paper, const Furniture& furniture);

} // namespace cs::reports::PagedPdf
