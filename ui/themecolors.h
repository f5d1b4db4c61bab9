#pragma once

#include <QColor>
#include <QPalette>

//! Colours that must read well on whatever palette the desktop hands the application, derived
//! from that palette instead of being fixed for a light one.
class ThemeColors {
public:
    //! True when the palette's window is darker than its text (a dark theme).
    static bool isDark(const QPalette &palette);
    //! Red for error and warning text: deep red on light windows, a light red on dark ones.
    static QColor errorText(const QPalette &palette);
    //! \a tint laid over the window colour by \a amount (0..1): pale on light, deep on dark.
    static QColor tinted(const QPalette &palette, const QColor &tint, qreal amount);
    //! A copy of \a palette whose WindowText is errorText() (for hint labels).
    static QPalette withErrorText(const QPalette &palette);
};
