// A tour of every page of the window and its main dialogs on the demo workspace, in English, German and French
// (issue #18), and in English on a dark colour scheme (ctest also runs it at twice the pixel density,
// test_tour_hidpi). On each it checks what a keyboard or screen-reader user depends on: every control that takes focus
// has an accessible name, pressing Tab from the first control reaches every other one (no control traps Tab), and no
// label or button is narrower than its text (German's long words clip first). With COUNTERSIGN_SCREENSHOT_DIR set,
// it saves a picture of each into LANGUAGE/NAME.png there (scripts/screenshots.sh; docs/user-guide.md uses them).
#include "AppSettings.h"
#include "DemoCopy.h"
#include "MainWindow.h"
#include "WorkspaceController.h"
#include "audit/ReviewDialog.h"
#include "changes/NewChangeRequestWizard.h"
#include "common/ConnectTeamDialog.h"
#include "demo/DemoWorkspace.h"
#include "identity/AdminDialogs.h"
#include "identity/SignInDialog.h"
#include "package/ExportDocumentDialog.h"
#include "package/VerifyPackageDialog.h"
#include "registry/ImportWizard.h"
#include "signing/SignDialog.h"
#include "util/Languages.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPalette>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

using namespace cs;
using namespace cs::ui;

namespace {
bool takesFocus(QWidget* w, QWidget* top)
{
    return w->isVisibleTo(top) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus &&
        w->focusProxy() == nullptr;
}

QString describe(QWidget* w)
{
    QString what = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty()) {
        what += u" \"" + w->objectName() + u'"';
    }
    if (auto* button = qobject_cast<QAbstractButton*>(w); button && !button->text().isEmpty()) {
        what += u" \"" + button->text() + u'"';
    }
    return what;
}
} // namespace

class TestTour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void tour_data();
    void tour();

private:
    /// Checks `top` as it shows now and takes its picture; returns the problems found, each naming `name`.
    QStringList visit(QWidget* top, const QString& name);

    QTemporaryDir m_home;
    QString m_language;
};

void TestTour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_DATA_HOME", QDir(m_home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", QDir(m_home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    // A name of this process's own: ctest runs test_tour and test_tour_hidpi at once, and each makes its own demo.
    const QString name = QStringLiteral("countersign-tour-%1").arg(QCoreApplication::applicationPid());
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setOrganizationName(name);
    QFile::remove(DemoWorkspace::defaultPath());
    QFile::remove(DemoWorkspace::defaultPath() + QStringLiteral(".key"));
}

void TestTour::cleanupTestCase()
{
    const QString folder = QFileInfo(DemoWorkspace::defaultPath()).path();
    QDir(folder).removeRecursively();
    QDir().rmdir(QFileInfo(folder).path()); // the test-mode folder named after this process, now empty
}

void TestTour::cleanup()
{
    Languages::install(QStringLiteral("en"));
}

void TestTour::tour_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    for (const Languages::Language& l : Languages::available()) {
        QTest::newRow(qPrintable(l.code)) << l.code << false;
    }
    // A dark colour scheme, as a desktop's dark theme gives Qt's Fusion style.
    QTest::newRow("en-dark") << QStringLiteral("en") << true;
}

QStringList TestTour::visit(QWidget* top, const QString& name)
{
    QCoreApplication::processEvents();
    QStringList problems;
    const QString where = m_language + u'/' + name + u": ";
    const QString dir = qEnvironmentVariable("COUNTERSIGN_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QString into = QDir(dir).filePath(m_language);
        QDir().mkpath(into);
        if (!top->grab().save(QDir(into).filePath(name + QStringLiteral(".png")))) {
            problems.append(where + QStringLiteral("the picture could not be saved"));
        }
    }

    // Every control that takes focus has a name a screen reader can say.
    QList<QWidget*> focusable;
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (!takesFocus(w, top) || w->window() != top) {
            continue;
        }
        focusable.append(w);
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        const QString spoken = a ? a->text(QAccessible::Name).trimmed() : QString();
        if (spoken.isEmpty()) {
            problems.append(where + describe(w) + QStringLiteral(" has no accessible name"));
        }
    }

    // Tab from the first control reaches every other one.
    if (!focusable.isEmpty()) {
        top->activateWindow();
        QApplication::setActiveWindow(top);
        focusable.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> reached;
        for (int i = 0; i < 2 * focusable.size() + 4; ++i) {
            if (QWidget* now = QApplication::focusWidget()) {
                reached.insert(now);
                if (qEnvironmentVariableIsSet("COUNTERSIGN_TOUR_DEBUG")) {
                    qWarning("%s tab %d: %s", qPrintable(name), i, qPrintable(describe(now)));
                }
            }
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : top, Qt::Key_Tab);
        }
        for (QWidget* w : focusable) {
            // Radio buttons of one group are one stop: Tab reaches the group, the arrow keys choose within it.
            bool groupReached = false;
            if (auto* radio = qobject_cast<QRadioButton*>(w); radio && radio->autoExclusive()) {
                for (QRadioButton* other : w->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly)) {
                    groupReached = groupReached || reached.contains(other);
                }
            }
            if (!reached.contains(w) && !groupReached) {
                problems.append(where + describe(w) + QStringLiteral(" is never reached with Tab"));
            }
        }
    }

    // No label or button is narrower than its text (once the layouts have taken in what the walk changed).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(top) || w->window() != top || w->width() <= 0) {
            continue;
        }
        const auto* label = qobject_cast<QLabel*>(w);
        const auto* button = qobject_cast<QAbstractButton*>(w);
        const bool oneLineLabel = label && !label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull();
        const bool textButton = button && !button->text().isEmpty();
        const bool wrappedLabel = label && label->wordWrap() && !label->text().isEmpty();
        if (wrappedLabel && label->heightForWidth(label->width()) > label->height() + 1) {
            problems.append(where +
                            QStringLiteral("\"%1…\" is cut off below (%2 pixels high for %3)")
                                .arg(label->text().left(60), QString::number(label->height()),
                                     QString::number(label->heightForWidth(label->width()))));
        }
        if ((oneLineLabel || textButton) && w->sizeHint().width() > w->width() + 1) {
            problems.append(where +
                            QStringLiteral("\"%1\" is clipped (%2 pixels for %3)")
                                .arg(label ? label->text().left(60) : button->text(), QString::number(w->width()),
                                     QString::number(w->sizeHint().width())));
        }
    }
    return problems;
}

void TestTour::tour()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    m_language = dark ? language + QStringLiteral("-dark") : language;
    const QPalette light = QApplication::palette();
    const QString style = QApplication::style()->name();
    if (dark) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
        p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(p);
    }
    const auto restore = qScopeGuard([&] {
        QApplication::setPalette(light);
        QApplication::setStyle(style);
    });
    QCOMPARE(Languages::install(language), language);
    QStringList problems;

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window, 30000));
    problems += visit(&window, QStringLiteral("welcome"));
    for (const auto& p : DemoWorkspace::cast()) {
        if (p.username == u"mlindqvist") {
            SignInDialog::setNextCredentials(p.username, p.password);
        }
    }
    QVERIFY(window.openDemo());
    const QString pages[] = {QStringLiteral("models"),    QStringLiteral("change-requests"),
                             QStringLiteral("pccps"),     QStringLiteral("datasets"),
                             QStringLiteral("drift"),     QStringLiteral("audit-trail"),
                             QStringLiteral("signatures")};
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        window.showPage(static_cast<MainWindow::Page>(i));
        problems += visit(&window, pages[i]);
    }

    WorkspaceController* controller = window.controller();
    Workspace& ws = *controller->workspace();
    const auto dialog = [&](QWidget* d, const QString& name) {
        d->show();
        if (!QTest::qWaitForWindowExposed(d, 30000)) {
            problems.append(language + u'/' + name + QStringLiteral(": never shown"));
            return;
        }
        problems += visit(d, name);
        if (auto* wizard = qobject_cast<QWizard*>(d)) {
            int page = 1;
            while (wizard->button(QWizard::NextButton)->isVisible() &&
                   wizard->button(QWizard::NextButton)->isEnabled() && page < 6) {
                wizard->next();
                problems += visit(d, name + u'-' + QString::number(++page));
            }
        }
        d->close();
    };
    {
        SignDialog d(ws, &window);
        dialog(&d, QStringLiteral("sign-dialog"));
    }
    {
        UsersDialog d(controller, &window);
        dialog(&d, QStringLiteral("users"));
    }
    {
        TrustStoreDialog d(controller, &window);
        dialog(&d, QStringLiteral("trust-store"));
    }
    {
        EnrollDialog d(controller, &window);
        dialog(&d, QStringLiteral("enroll"));
    }
    {
        ExportDocumentDialog d(controller, ExportDocumentDialog::Kind::AuditReport, QString(), &window);
        dialog(&d, QStringLiteral("export-audit-report"));
    }
    {
        VerifyPackageDialog d(controller, &window);
        dialog(&d, QStringLiteral("verify-package"));
    }
    {
        ReviewDialog d(1, 20, 40, &window);
        dialog(&d, QStringLiteral("review"));
    }
    {
        ConnectTeamDialog d(&window);
        dialog(&d, QStringLiteral("connect-team"));
    }
    {
        ImportWizard d(controller, &window);
        dialog(&d, QStringLiteral("import"));
    }
    {
        NewChangeRequestWizard d(controller, QStringLiteral("sepsis-risk"), QString(), &window);
        dialog(&d, QStringLiteral("new-change-request"));
    }
    {
        SignInDialog d(ws, SignInDialog::Mode::Unlock, &window);
        dialog(&d, QStringLiteral("unlock"));
    }
    window.controller()->close();
    for (const QString& p : problems) {
        qWarning("%s", qPrintable(p));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, the first: %2").arg(problems.size()).arg(problems.value(0))));
}

QTEST_MAIN(TestTour)
#include "TestTour.moc"
