#pragma once

#include "PagedPdf.h"
#include "util/Result.h"

#include <QFont>
#include <QList>
#include <QPageSize>
#include <QPainter>
#include <QStringList>

#include <memory>

class QBuffer;

namespace cs::reports {

/// Lays text and tables out onto PDF pages as they come, row by row, so a document of any length is written without
/// being held: each finished page goes to the device. "Page X of Y" needs Y before page 1 is painted, so a document
/// is laid out twice with the same code: once counting (no device: only measured with the writer's metrics), then
/// painting with the count. Text wraps at word boundaries; monospace cells (digests) wrap anywhere.
class PageStream
{
public:
    /// Counting when `device` is null; `pages` is the count the painting pass prints (ignored when counting).
    PageStream(QIODevice* device, QPageSize::PageSizeId paper, PagedPdf::Furniture furniture, int pages);
    ~PageStream();

    struct Column
    {
        QString title;
        double share = 1; ///< of the body's width, relative to the other columns
        bool mono = false;
    };

    Status begin();
    void heading(const QString& text, int level = 1);
    void paragraph(const QString& text, bool mono = false);
    /// Label/value rows, the labels bold.
    void facts(const QList<std::pair<QString, QString>>& rows);
    /// A table whose header is repeated at the top of every page it runs onto.
    void table(const QList<Column>& columns);
    void row(const QStringList& cells);
    void endTable();
    void pageBreak();
    Status finish();
    /// Pages laid out so far (after finish(), the document's count).
    int pages() const { return m_page + 1; }

private:
    double textHeight(const QString& text, const QFont& font, double width, int flags) const;
    void drawText(const QRectF& rect, const QString& text, const QFont& font, int flags);
    /// Lays `text` out in `width` (drawn at `drawAt` when given) and returns its height.
    double layoutText(const QString& text, const QFont& font, double width, int flags, const QPointF* drawAt);
    /// Starts a new page when `height` does not fit below the current position.
    void ensure(double height);
    void newPage();
    void tableHeader();
    double cellHeight(const QStringList& cells, const QFont& font, bool header) const;

    std::unique_ptr<QBuffer> m_nowhere; ///< the counting pass's writer writes nowhere
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    bool m_painting;
    PagedPdf::Furniture m_furniture;
    QSizeF m_body;
    int m_total;
    int m_page = 0;
    double m_y = 0;
    QFont m_text;
    QFont m_small;
    QFont m_mono;
    QList<Column> m_columns;
    QList<double> m_widths;
};

} // namespace cs::reports
