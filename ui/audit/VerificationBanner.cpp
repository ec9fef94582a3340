#include "VerificationBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace cs::ui {

VerificationBanner::VerificationBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_showEvent(new QPushButton(this))
{
    setObjectName(QStringLiteral("verificationBanner"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify->setToolTip(tr("Recompute every event's hash, the chain and the signed checkpoints (F5)"));
    m_progress->setMaximumWidth(240);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(4);
    texts->addWidget(m_text);
    texts->addWidget(m_details);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(texts, 1);
    layout->addWidget(m_progress, 0, Qt::AlignTop);
    layout->addWidget(m_showEvent, 0, Qt::AlignTop);
    layout->addWidget(m_cancel, 0, Qt::AlignTop);
    layout->addWidget(m_verify, 0, Qt::AlignTop);
    connect(m_verify, &QPushButton::clicked, this, &VerificationBanner::verifyRequested);
    connect(m_cancel, &QPushButton::clicked, this, &VerificationBanner::cancelRequested);
    connect(m_showEvent, &QPushButton::clicked, this, [this] { emit showEventRequested(m_badSeq); });
    showNotVerified();
}

void VerificationBanner::setTone(const QString& background, const QString& border)
{
    setStyleSheet(QStringLiteral("#verificationBanner { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(background, border));
}

void VerificationBanner::showNotVerified()
{
    m_details->hide();
    setTone(QStringLiteral("palette(base)"), QStringLiteral("palette(mid)"));
    m_text->setText(tr("Not verified in this session. Verification recomputes every event's hash and the hash "
                       "chain, and checks them against the signed checkpoints."));
    m_progress->hide();
    m_cancel->hide();
    m_showEvent->hide();
    m_verify->show();
    m_verify->setEnabled(true);
}

void VerificationBanner::showRunning(qint64 done, qint64 total)
{
    m_details->hide();
    setTone(QStringLiteral("palette(base)"), QStringLiteral("palette(mid)"));
    const QLocale locale;
    m_text->setText(tr("Verifying… %1 of %2 events").arg(locale.toString(done), locale.toString(total)));
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    m_progress->show();
    m_cancel->show();
    m_showEvent->hide();
    m_verify->setEnabled(false);
}

void VerificationBanner::showReport(const VerificationReport& report)
{
    m_progress->hide();
    m_cancel->hide();
    m_verify->setEnabled(true);
    m_text->setText(report.summary());
    QStringList lines;
    if (report.intact()) {
        setTone(QStringLiteral("#e6f4ea"), QStringLiteral("#34a853"));
        m_showEvent->hide();
    } else {
        setTone(QStringLiteral("#fce8e6"), QStringLiteral("#d93025"));
        m_badSeq = report.firstBadSeq();
        m_showEvent->setText(tr("Show event %1").arg(m_badSeq));
        m_showEvent->setVisible(m_badSeq > 0);
        constexpr int shown = 6;
        for (const Finding& f : report.findings.mid(0, shown)) {
            lines.append(QStringLiteral("• ") + (f.seq > 0 ? tr("event %1: ").arg(f.seq) : QString()) + f.message);
        }
        if (report.findings.size() > shown) {
            lines.append(
                tr("… and %1 more (countersign-cli verify lists them all)").arg(report.findings.size() - shown));
        }
    }
    for (const QString& w : report.warnings) {
        lines.append(tr("Note: %1").arg(w));
    }
    m_details->setText(lines.join(u'\n'));
    m_details->setToolTip(m_details->text());
    m_details->setVisible(!lines.isEmpty());
}

void VerificationBanner::showFailure(const QString& message)
{
    m_details->hide();
    setTone(QStringLiteral("#fef7e0"), QStringLiteral("#f9ab00"));
    m_text->setText(tr("Verification could not run: %1").arg(message));
    m_progress->hide();
    m_cancel->hide();
    m_showEvent->hide();
    m_verify->setEnabled(true);
}

QString VerificationBanner::text() const
{
    return m_text->text();
}

} // namespace cs::ui
