#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cs::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setMaximumWidth(560);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* empty = new QLabel(tr("Nothing here yet in this workspace."), this);
    empty->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addWidget(empty);
    layout->addStretch();
}

} // namespace cs::ui
