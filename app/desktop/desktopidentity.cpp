#include "desktopidentity.h"

#include "desktoplogging.h"

#include <QApplication>

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
    if (appIcon.pixmap(64).isNull())
        qCWarning(lcDesktop) << "the application icon cannot be drawn: is Qt's SVG icon engine "
                                "(libqt6svg6) installed?";
    QApplication::setWindowIcon(appIcon);
}
