#include "PagedPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace cs::reports::PagedPdf {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::reports::PagedPdf)
};

constexpr int kDpi = 96;
constexpr double kBand = 26; ///< the header's and the footer's height
const QMarginsF kMarginsMm(18, 12, 18, 12);

QPageLayout layoutOf(QPageSize::PageSizeId paper)
{
    return QPageLayout(QPageSize(paper), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter);
}
} // namespace

QSizeF bodySize(QPageSize::PageSizeId paper)
{
    const QRect paint = layoutOf(paper).paintRectPixels(kDpi);
    return {double(paint.width()), double(paint.height()) - 2 * kBand};
}

double bodyTop()
{
    return kBand;
}

std::unique_ptr<QPdfWriter> writer(QIODevice* device, QPageSize::PageSizeId paper, const Furniture& furniture)
{
    auto w = std::make_unique<QPdfWriter>(device);
    w->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    w->setPageLayout(layoutOf(paper));
    w->setResolution(kDpi);
    w->setTitle(furniture.title);
    w->setCreator(furniture.author.isEmpty() ? QStringLiteral("Countersign")
                                             : QStringLiteral("Countersign, for %1").arg(furniture.author));
    return w;
}

void paintFurniture(QPainter& painter, const Furniture& furniture, int page, int pages, QSizeF body)
{
    const QFont small(QStringLiteral("DejaVu Sans"), 7);
    const double width = body.width();
    painter.save();
    painter.setFont(small);
    painter.setPen(QPen(Qt::black, 0.5));
    const QRectF header(0, 0, width, kBand - 8);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, furniture.title);
    painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("Countersign"));
    painter.drawLine(QPointF(0, kBand - 5), QPointF(width, kBand - 5));
    const QRectF footer(0, kBand + body.height() + 5, width, kBand - 5);
    painter.drawLine(QPointF(0, footer.top()), QPointF(width, footer.top()));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, furniture.footer);
    if (furniture.demo) {
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, Tr::tr("Demo workspace"));
    }
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(page + 1).arg(pages));
    painter.restore();
}

Result<QByteArray> print(QTextDocument& document, QPageSize::PageSizeId paper, const Furniture& furniture)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<QPdfWriter> pdf = writer(&buffer, paper, furniture);
    const QSizeF body = bodySize(paper);
    document.documentLayout()->setPaintDevice(pdf.get());
    document.setPageSize(body);
    const int pages = document.pageCount();
    QPainter painter;
    if (!painter.begin(pdf.get())) {
        return Error(ErrorCode::Io, Tr::tr("the PDF could not be started"));
    }
    const double width = body.width();
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            pdf->newPage();
        }
        paintFurniture(painter, furniture, page, pages, body);
        painter.save();
        painter.translate(0, kBand);
        painter.setClipRect(QRectF(0, 0, width, body.height()));
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), width, body.height());
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end()) {
        return Error(ErrorCode::Io, Tr::tr("the PDF could not be finished"));
    }
    return buffer.data();
}

} // namespace cs::reports::PagedPdf
