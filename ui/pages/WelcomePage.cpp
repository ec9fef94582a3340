#include "WelcomePage.h"

#include "AppSettings.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    m_recent->setAccessibleName(tr("Recent workspaces"));
    auto* heading = new QLabel(tr("Countersign"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    heading->setFont(font);
    auto* intro = new QLabel(tr("Review, approve and sign every change to a clinical machine-learning model, "
                                "and prove years later that nothing in its history was altered."),
                             this);
    intro->setWordWrap(true);
    intro->setMaximumWidth(560);

    auto* newButton = new QPushButton(tr("&New workspace…"), this);
    auto* openButton = new QPushButton(tr("&Open workspace…"), this);
    auto* demoButton = new QPushButton(tr("Open the &demo workspace"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();

    auto* recentLabel = new QLabel(tr("&Recent workspaces"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setMaximumWidth(720);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    m_recent->clear();
    for (const QString& path : AppSettings().recentWorkspaces()) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ") + path, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (m_recent->count() == 0) {
        auto* item = new QListWidgetItem(tr("No recent workspaces"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace cs::ui
