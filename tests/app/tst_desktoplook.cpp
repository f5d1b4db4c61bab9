// How Bridge Desk looks on the user's desktop: in German (LANG=de_DE), on a dark palette, at twice
// the scale, with its own icon. Screenshots to <build>/screenshots/ (mainwindow-de.png,
// mainwindow-dark.png, mainwindow-2x.png) on the real display when there is one (xvfb-run in
// ./dev.sh test), offscreen otherwise. The 2x run is a second ctest entry (QT_SCALE_FACTOR=2).
#include "bridgeclient.h"
#include "contrast.h"
#include "createconversationdialog.h"
#include "desktopidentity.h"
#include "desktoptranslations.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "identifierfield.h"
#include "mainwindow.h"
#include "pagerbar.h"
#include "sandboxserver.h"
#include "windowfixture.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

#include <cmath>

#include <memory>

using bridge::sandbox::SandboxServer;

namespace {

QPalette darkPalette() {
    // What a dark desktop theme hands Qt: dark window and base, light text, a blue highlight.
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x5e, 0xa8, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7f, 0x7f, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7f, 0x7f, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7f, 0x7f, 0x7f));
    return p;
}

using testing::contrast;

} // namespace

class TestDesktopLook : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowIconIsTheSvg();
    void dark();
    void german();
    void scaled();

private:
    void openWindow(const QByteArray &secret = {});
    static void save(QWidget *widget, const QString &name);

    testing::WindowFixture m_desk;
};

void TestDesktopLook::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BridgeDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktoplook"));
    QApplication::setWindowIcon(DesktopIdentity::icon());
    qInfo("platform: %s, device pixel ratio %.1f", qPrintable(QGuiApplication::platformName()),
          qApp->devicePixelRatio());
    QVERIFY(QDir().mkpath(QStringLiteral(BRIDGE_BINARY_DIR "/screenshots")));
}

void TestDesktopLook::init() {
    QVERIFY(m_desk.start());
}

void TestDesktopLook::cleanup() {
    m_desk.reset();
}

void TestDesktopLook::openWindow(const QByteArray &secret) {
    QVERIFY(
        m_desk.open({.size = {1360, 780}, .secret = secret, .activate = false, .waitForFirstPage = false}));
}

void TestDesktopLook::save(QWidget *widget, const QString &name) {
    QTest::qWait(50);
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    const QString path = QStringLiteral(BRIDGE_BINARY_DIR "/screenshots/") + name;
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("saved %s (%dx%d)", qPrintable(path), image.width(), image.height());
}

void TestDesktopLook::windowIconIsTheSvg() {
    const QIcon icon = QApplication::windowIcon();
    QVERIFY(!icon.isNull());
    // Drawn from the SVG at any size: sharp edges at 16 and at 256 px, never a scaled bitmap.
    for (int size : {16, 48, 256}) {
        const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY2(
            image.pixelColor(size / 2, size / 2).alpha() == 255,
            qPrintable(QStringLiteral("%1 px: the middle is not painted (no SVG icon engine?)").arg(size)));
    }
    QVERIFY(m_desk.server); // the window shows it too
    openWindow();
    QVERIFY(!m_desk.window->windowIcon().isNull());
    QCOMPARE(m_desk.window->windowIcon().cacheKey(), icon.cacheKey());
}

void TestDesktopLook::german() {
    const QStringList loaded = DeskTranslations::install(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(!loaded.isEmpty());
    openWindow();
    QTRY_COMPARE(m_desk.window->proxyModel()->rowCount(), 20);
    m_desk.window->conversationView()->selectRow(1);
    QStringList menus;
    const auto actions = m_desk.window->menuBar()->actions();
    for (const QAction *a : actions)
        menus.append(a->text());
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(' '))));
    QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(QLatin1Char(' '))));
    QCOMPARE(m_desk.window->pagerBar()->label()->text(),
             QStringLiteral("Seite 1 von 12 · 240 Unterhaltungen"));
    const QString header =
        m_desk.window->conversationView()->model()->headerData(2, Qt::Horizontal).toString();
    QCOMPARE(header, QStringLiteral("Kunde"));
    save(m_desk.window.get(), QStringLiteral("mainwindow-de.png"));

    // The German error banner, from a refused signature.
    cleanup();
    init();
    openWindow("sk_not_the_secret");
    QTRY_VERIFY(m_desk.window->errorBanner()->isVisible());
    // A German sentence throughout; only the server's own words stay as it wrote them.
    QCOMPARE(
        m_desk.window->errorBanner()->label()->text(),
        QStringLiteral(
            "Bridge hat diese Zugangsdaten nicht angenommen (401). Bridge meldet: „signature mismatch“"));
    save(m_desk.window.get(), QStringLiteral("mainwindow-de-error.png"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDesktopLook::dark() {
    // Fusion honours the palette completely, as a dark desktop theme would be honoured.
    const QPalette light = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    openWindow();
    QTRY_COMPARE(m_desk.window->proxyModel()->rowCount(), 20);
    m_desk.window->conversationView()->selectRow(2);
    // A filter hint too (error red must be light on a dark window).
    QTest::keyClicks(m_desk.window->filterBar()->customerField()->lineEdit(), QStringLiteral("alice@"));
    save(m_desk.window.get(), QStringLiteral("mainwindow-dark.png"));

    // Every label's text against the colour behind it: readable (WCAG AA, 4.5:1) on the dark palette.
    const auto labels = m_desk.window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisible() || !label->isEnabled() || label->text().isEmpty())
            continue; // disabled text is muted on purpose (and exempt from WCAG contrast)
        const QPalette p = label->palette();
        const QColor text = p.color(label->foregroundRole());
        const QColor back = p.color(label->backgroundRole());
        QVERIFY2(contrast(text, back) >= 4.5,
                 qPrintable(QStringLiteral("\"%1\": %2 on %3, contrast %4")
                                .arg(label->text().left(40), text.name(), back.name())
                                .arg(contrast(text, back), 0, 'f', 1)));
    }

    cleanup();
    init();
    openWindow("sk_not_the_secret");
    QTRY_VERIFY(m_desk.window->errorBanner()->isVisible());
    save(m_desk.window.get(), QStringLiteral("mainwindow-dark-error.png"));
    const QPalette banner = m_desk.window->errorBanner()->palette();
    QVERIFY(contrast(banner.color(QPalette::WindowText), banner.color(QPalette::Window)) >= 4.5);

    // The create dialog with a field hint and its banner colours.
    CreateConversationDialog dialog(m_desk.client.get(), m_desk.window.get());
    dialog.setGhost(true);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (auto *customers = dialog.findChild<QWidget *>(QStringLiteral("customers"))) {
        const auto edits = customers->findChildren<QLineEdit *>();
        if (!edits.isEmpty())
            QTest::keyClicks(edits.first(), QStringLiteral("alice@"));
    }
    QTest::qWait(400);
    save(&dialog, QStringLiteral("createconversationdialog-dark.png"));
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->isEnabled() || label->text().isEmpty())
            continue; // disabled text is muted on purpose (and exempt from WCAG contrast)
        const QPalette p = label->palette();
        QVERIFY2(contrast(p.color(label->foregroundRole()), p.color(label->backgroundRole())) >= 4.5,
                 qPrintable(label->text()));
    }

    QApplication::setPalette(light);
}

void TestDesktopLook::scaled() {
    if (qApp->devicePixelRatio() < 2)
        QSKIP("run with QT_SCALE_FACTOR=2 (the tst_desktoplook_2x ctest entry)");
    openWindow();
    QTRY_COMPARE(m_desk.window->proxyModel()->rowCount(), 20);
    m_desk.window->conversationView()->selectRow(1);
    const QImage image = m_desk.window->grab().toImage();
    QCOMPARE(image.devicePixelRatio(), qApp->devicePixelRatio());
    QCOMPARE(image.width(), int(m_desk.window->width() * qApp->devicePixelRatio()));
    // The window icon at this scale is drawn for it, not an upscaled small bitmap.
    const QPixmap icon = QApplication::windowIcon().pixmap(QSize(32, 32), qApp->devicePixelRatio());
    QCOMPARE(icon.devicePixelRatio(), qApp->devicePixelRatio());
    QCOMPARE(icon.width(), int(32 * qApp->devicePixelRatio()));
    save(m_desk.window.get(), QStringLiteral("mainwindow-2x.png"));
}

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestDesktopLook test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktoplook.moc"
