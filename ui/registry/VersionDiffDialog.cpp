#include "VersionDiffDialog.h"

#include "WorkspaceController.h"
#include "queries/RegistryQuery.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cs::ui {

VersionDiffDialog::VersionDiffDialog(WorkspaceController* controller, const QString& model, const QString& from,
                                     const QString& to, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_model(model)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_view(new VersionDiffView(this))
{
    setWindowTitle(tr("Compare versions of %1").arg(model));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    if (Workspace* ws = controller->workspace()) {
        for (const ModelVersion& v : RegistryQuery(*ws).versions(model).value_or({})) {
            const QString text = tr("Version %1 (%2)").arg(v.label, displayNameOf(v.state));
            m_from->addItem(text, v.label);
            m_to->addItem(text, v.label);
        }
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));

    auto* pick = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    pick->addWidget(fromLabel);
    pick->addWidget(m_from);
    pick->addSpacing(16);
    pick->addWidget(toLabel);
    pick->addWidget(m_to);
    pick->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &VersionDiffDialog::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &VersionDiffDialog::compare);
    resize(1000, 680);
    compare();
}

void VersionDiffDialog::compare()
{
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr || m_from->count() == 0) {
        m_view->showMessage(QString());
        return;
    }
    auto d = RegistryQuery(*ws).diff(m_model, m_from->currentData().toString(), m_to->currentData().toString());
    if (!d) {
        m_view->showMessage(d.error().message);
        return;
    }
    m_view->show(d.value());
}

} // namespace cs::ui
