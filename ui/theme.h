#pragma once

#include <QObject>
#include <QPalette>

class QActionGroup;
class QMenu;

//! The application's colours: the desktop's (System), light, or dark, chosen in View ▸ Theme and
//! remembered for every profile (QSettings "ui/theme"). Dark is the Fusion style with darkPalette();
//! Light is the platform's own style and palette as the application started with them; System is
//! Light unless the desktop says it prefers dark (QStyleHints::colorScheme() from Qt 6.5, a
//! GTK_THEME ending in ":dark", or a platform palette that is dark already).
class Theme : public QObject {
    Q_OBJECT
public:
    enum Choice { System, Light, Dark };
    Q_ENUM(Choice)

    static Choice stored();
    static void store(Choice choice);
    static QString name(Choice choice);          //!< "system", "light", "dark"
    static Choice fromName(const QString &name); //!< System for anything else

    //! Applies choice to the whole application (live: open windows repaint; error texts that were
    //! coloured for the old palette are coloured again for the new one).
    static void apply(Choice choice);
    //! What the current choice shows: true when the dark palette is in use.
    static bool isDarkApplied();
    static QPalette darkPalette();

    //! View ▸ Theme: System / Light / Dark, checked as stored; choosing one applies and stores it.
    //! Object names: themeSystem, themeLight, themeDark.
    static QMenu *createMenu(QWidget *parent);

private:
    static bool desktopPrefersDark();
};
