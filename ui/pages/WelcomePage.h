#pragma once

#include <QWidget>

class QListWidget;

namespace cs::ui {

/// Shown when no workspace is open: create one, open one, open a recent one or the demo.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void refreshRecent();

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent;
};

} // namespace cs::ui
