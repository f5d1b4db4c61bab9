#include "themecolors.h"

bool ThemeColors::isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QColor ThemeColors::errorText(const QPalette &palette) {
    // Red 800 on light windows (6.1:1 on white); red 200 on dark ones (7:1 on #2b2b2b).
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

QColor ThemeColors::tinted(const QPalette &palette, const QColor &tint, qreal amount) {
    const QColor base = palette.color(QPalette::Window);
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount);
}

QPalette ThemeColors::withErrorText(const QPalette &palette) {
    QPalette p = palette;
    p.setColor(QPalette::WindowText, errorText(palette));
    return p;
}
