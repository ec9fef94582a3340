#pragma once

#include <QWidget>

namespace cs::ui {

/// A page whose content arrives in a later release: says plainly what will appear here and why it matters.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace cs::ui
