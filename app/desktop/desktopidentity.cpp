#include "desktopidentity.h"

#include "desktoplogging.h"

#include <QApplication>
#include <QTimer>

#include <chrono>

QString DesktopIdentity::desktopId() {
    return QStringLiteral("dev.bridgedesk.BridgeDesk");
}

QIcon DesktopIdentity::icon() {
    const QIcon embedded(QLatin1String(":/icons/") + desktopId() + QLatin1String(".svg"));
    return QIcon::fromTheme(desktopId(), embedded);
}

void DesktopIdentity::apply() {
    QApplication::setOrganizationName(QStringLiteral("BridgeDesk"));
    QApplication::setApplicationName(QStringLiteral("BridgeDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bridge Desk"));
    QApplication::setApplicationVersion(QStringLiteral(BRIDGE_VERSION));
    QApplication::setDesktopFileName(desktopId());
    const QIcon appIcon = icon();
    QApplication::setWindowIcon(appIcon);
    // Drawing the icon loads the SVG engine: checked after start-up, not before the first rows.
    QTimer::singleShot(std::chrono::seconds(2), qApp, [appIcon] {
        if (appIcon.pixmap(64).isNull())
            qCWarning(lcDesktop) << "the application icon cannot be drawn: is Qt's SVG icon engine "
                                    "(libqt6svg6) installed?";
    });
}
