#include "PageStream.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QTextLayout>

namespace cs::reports {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::reports::PageStream)
};

constexpr double kPad = 2; ///< inside a table cell
constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
constexpr int kWrapAnywhere = Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop;

QFont font(const QString& family, double points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // no ligatures: a digest extracts letter for letter
    return f;
}
} // namespace

PageStream::PageStream(QIODevice* device, QPageSize::PageSizeId paper, PagedPdf::Furniture furniture, int pages)
    : m_painting(device != nullptr)
    , m_furniture(std::move(furniture))
    , m_body(PagedPdf::bodySize(paper))
    , m_total(pages)
    , m_text(font(QStringLiteral("DejaVu Sans"), 8.5))
    , m_small(font(QStringLiteral("DejaVu Sans"), 7))
    , m_mono(font(QStringLiteral("DejaVu Sans Mono"), 6))
{
    if (!m_painting) {
        m_nowhere = std::make_unique<QBuffer>();
        device = m_nowhere.get();
    }
    m_writer = PagedPdf::writer(device, paper, m_furniture);
}

PageStream::~PageStream() = default;

Status PageStream::begin()
{
    if (m_painting) {
        if (!m_painter.begin(m_writer.get())) {
            return Error(ErrorCode::Io, Tr::tr("the PDF could not be started"));
        }
        PagedPdf::paintFurniture(m_painter, m_furniture, 0, m_total, m_body);
    }
    return {};
}

Status PageStream::finish()
{
    if (m_painting && !m_painter.end()) {
        return Error(ErrorCode::Io, Tr::tr("the PDF could not be finished"));
    }
    return {};
}

double PageStream::textHeight(const QString& text, const QFont& f, double width, int flags) const
{
    return const_cast<PageStream*>(this)->layoutText(text, f, width, flags, nullptr);
}

void PageStream::drawText(const QRectF& rect, const QString& text, const QFont& f, int flags)
{
    const QPointF at = rect.topLeft() + QPointF(0, PagedPdf::bodyTop());
    layoutText(text, f, rect.width(), flags, m_painting ? &at : nullptr);
}

double PageStream::layoutText(const QString& text, const QFont& f, double width, int flags, const QPointF* drawAt)
{
    QString lines = text;
    lines.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(lines, f, m_writer.get());
    QTextOption option;
    // Words wrap at their boundaries, and a word wider than the column (a digest in a reason) anywhere, never clipped.
    option.setWrapMode((flags & Qt::TextWrapAnywhere) ? QTextOption::WrapAnywhere
                                                      : QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    if (drawAt != nullptr) {
        m_painter.setPen(Qt::black);
        layout.draw(&m_painter, *drawAt);
    }
    return y;
}

void PageStream::newPage()
{
    ++m_page;
    m_y = 0;
    if (m_painting) {
        m_writer->newPage();
        PagedPdf::paintFurniture(m_painter, m_furniture, m_page, m_total, m_body);
    }
}

void PageStream::ensure(double height)
{
    if (m_y > 0 && m_y + height > m_body.height()) {
        newPage();
        if (!m_columns.isEmpty()) {
            tableHeader();
        }
    }
}

void PageStream::pageBreak()
{
    if (m_y > 0) {
        newPage();
    }
}

void PageStream::heading(const QString& text, int level)
{
    const QFont f = font(QStringLiteral("DejaVu Sans"), level <= 1 ? 13 : 10.5, true);
    const double space = level <= 1 ? 10 : 6;
    const double h = textHeight(text, f, m_body.width(), kWrap);
    ensure(space + h + 40); // a heading keeps some of what follows on its page
    m_y += m_y > 0 ? space : 0;
    drawText(QRectF(0, m_y, m_body.width(), h), text, f, kWrap);
    m_y += h + 3;
}

void PageStream::paragraph(const QString& text, bool mono)
{
    const QFont& f = mono ? m_mono : m_text;
    const int flags = mono ? kWrapAnywhere : kWrap;
    const double h = textHeight(text, f, m_body.width(), flags);
    ensure(h);
    drawText(QRectF(0, m_y, m_body.width(), h), text, f, flags);
    m_y += h + 4;
}

void PageStream::facts(const QList<std::pair<QString, QString>>& rows)
{
    const QFont bold = font(QStringLiteral("DejaVu Sans"), 8.5, true);
    const double labelWidth = m_body.width() * 0.22;
    const double valueWidth = m_body.width() - labelWidth;
    for (const auto& [label, value] : rows) {
        const double h =
            std::max(textHeight(label, bold, labelWidth - 6, kWrap), textHeight(value, m_text, valueWidth, kWrap));
        ensure(h);
        drawText(QRectF(0, m_y, labelWidth - 6, h), label, bold, kWrap);
        drawText(QRectF(labelWidth, m_y, valueWidth, h), value, m_text, kWrap);
        m_y += h + 1.5;
    }
    m_y += 3;
}

void PageStream::table(const QList<Column>& columns)
{
    m_columns = columns;
    double shares = 0;
    for (const Column& c : columns) {
        shares += c.share;
    }
    m_widths.clear();
    for (const Column& c : columns) {
        m_widths.append(m_body.width() * c.share / shares);
    }
    QStringList titles;
    for (const Column& c : columns) {
        titles << c.title;
    }
    ensure(cellHeight(titles, font(QStringLiteral("DejaVu Sans"), 7, true), true) + 20);
    tableHeader();
}

double PageStream::cellHeight(const QStringList& cells, const QFont& f, bool header) const
{
    double h = 0;
    for (qsizetype k = 0; k < cells.size() && k < m_columns.size(); ++k) {
        const bool mono = !header && m_columns[k].mono;
        h = std::max(h, textHeight(cells[k], mono ? m_mono : f, m_widths[k] - 2 * kPad, mono ? kWrapAnywhere : kWrap));
    }
    return h + 2 * kPad;
}

void PageStream::tableHeader()
{
    const QFont bold = font(QStringLiteral("DejaVu Sans"), 7, true);
    QStringList titles;
    for (const Column& c : m_columns) {
        titles << c.title;
    }
    const double h = cellHeight(titles, bold, true);
    double x = 0;
    for (qsizetype k = 0; k < m_columns.size(); ++k) {
        const QRectF cell(x, m_y, m_widths[k], h);
        if (m_painting) {
            const QRectF onPage = cell.translated(0, PagedPdf::bodyTop());
            m_painter.fillRect(onPage, QColor(0xe6, 0xe6, 0xe6));
            m_painter.setPen(QPen(Qt::black, 0.5));
            m_painter.drawRect(onPage);
        }
        drawText(cell.adjusted(kPad, kPad, -kPad, -kPad), titles[k], bold, kWrap);
        x += m_widths[k];
    }
    m_y += h;
}

void PageStream::row(const QStringList& cells)
{
    const double h = cellHeight(cells, m_small, false);
    ensure(h);
    double x = 0;
    for (qsizetype k = 0; k < m_columns.size(); ++k) {
        const QRectF cell(x, m_y, m_widths[k], h);
        if (m_painting) {
            m_painter.setPen(QPen(Qt::black, 0.5));
            m_painter.drawRect(cell.translated(0, PagedPdf::bodyTop()));
        }
        const bool mono = m_columns[k].mono;
        drawText(cell.adjusted(kPad, kPad, -kPad, -kPad), cells.value(k), mono ? m_mono : m_small,
                 mono ? kWrapAnywhere : kWrap);
        x += m_widths[k];
    }
    m_y += h;
}

void PageStream::endTable()
{
    m_columns.clear();
    m_widths.clear();
    m_y += 6;
}

} // namespace cs::reports
