#include "theme.h"

#include "themecolors.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace {

const auto ThemeKey = QStringLiteral("ui/theme");

//! The platform's style and palette, as the application started with them (Light's).
struct Platform {
    QString styleName;
    QPalette palette;
    bool captured = false;
    bool dark = false; //!< the dark palette is applied now
};

Platform &platform() {
    static Platform p;
    if (!p.captured) {
        p.styleName = QApplication::style()->name();
        p.palette = QApplication::palette();
        p.captured = true;
    }
    return p;
}

//! Widgets that set their text to the error red of the old palette get the red of the new one.
void recolourErrorTexts(const QPalette &before, const QPalette &after) {
    const QColor oldRed = ThemeColors::errorText(before);
    const QColor newRed = ThemeColors::errorText(after);
    if (oldRed == newRed)
        return;
    for (QWidget *widget : QApplication::allWidgets()) {
        QPalette p = widget->palette();
        if (!p.isBrushSet(QPalette::Active, QPalette::WindowText) || p.color(QPalette::WindowText) != oldRed)
            continue;
        p.setColor(QPalette::WindowText, newRed);
        widget->setPalette(p);
    }
}

} // namespace

Theme::Choice Theme::stored() {
    return fromName(QSettings().value(ThemeKey).toString());
}

void Theme::store(Choice choice) {
    QSettings().setValue(ThemeKey, name(choice));
}

QString Theme::name(Choice choice) {
    switch (choice) {
    case Light:
        return QStringLiteral("light");
    case Dark:
        return QStringLiteral("dark");
    case System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Choice Theme::fromName(const QString &name) {
    if (name == QLatin1String("light"))
        return Light;
    if (name == QLatin1String("dark"))
        return Dark;
    return System;
}

bool Theme::desktopPrefersDark() {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark)
        return true;
#endif
    if (qEnvironmentVariable("GTK_THEME").endsWith(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    return false; // a dark platform palette is dark already: Light's palette shows it as it is
}

void Theme::apply(Choice choice) {
    Platform &p = platform();
    const bool dark = choice == Dark || (choice == System && desktopPrefersDark());
    const QPalette before = QApplication::palette();
    if (dark) {
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
        QApplication::setPalette(darkPalette());
    } else {
        if (QApplication::style()->name() != p.styleName) {
            if (QStyle *style = QStyleFactory::create(p.styleName))
                QApplication::setStyle(style);
        }
        QApplication::setPalette(p.palette);
    }
    p.dark = dark;
    recolourErrorTexts(before, QApplication::palette());
}

bool Theme::isDarkApplied() {
    return platform().dark;
}

QPalette Theme::darkPalette() {
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0)); // 6.6:1 on the base
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x24));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0d, 0x0d, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x6f, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x45, 0x45));
    return p;
}

QMenu *Theme::createMenu(QWidget *parent) {
    auto *menu = new QMenu(QApplication::translate("Theme", "T&heme"), parent);
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    const struct {
        Choice choice;
        const char *text;
        const char *objectName;
    } entries[] = {
        {System, QT_TRANSLATE_NOOP("Theme", "&System Theme"), "themeSystem"},
        {Light, QT_TRANSLATE_NOOP("Theme", "&Light Theme"), "themeLight"},
        {Dark, QT_TRANSLATE_NOOP("Theme", "&Dark Theme"), "themeDark"},
    };
    const Choice current = stored();
    for (const auto &entry : entries) {
        QAction *action = menu->addAction(QApplication::translate("Theme", entry.text));
        action->setObjectName(QLatin1String(entry.objectName));
        action->setCheckable(true);
        action->setChecked(entry.choice == current);
        group->addAction(action);
        const Choice choice = entry.choice;
        QObject::connect(action, &QAction::triggered, menu, [choice] {
            store(choice);
            apply(choice);
        });
    }
    return menu;
}
