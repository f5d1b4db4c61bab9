#include "desktoptranslations.h"

#include "desktoplogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

// Tries \a prefix + each of the locale's UI languages (de_DE, de, ...) in \a directory.
QString load(const QLocale &locale, const QString &prefix, const QString &directory) {
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, prefix, QStringLiteral("_"), directory)) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    return translator->filePath();
}

} // namespace

QStringList DeskTranslations::install(const QLocale &locale) {
    QLocale::setDefault(locale);
    QStringList loaded;
    // English is the source language: for it (and any language without a file) nothing loads.
    const QString ours = load(locale, QStringLiteral("bridgedesk"), QStringLiteral(":/i18n"));
    if (ours.isEmpty()) {
        qCDebug(lcDesktop) << "no Bridge Desk translation for" << locale.uiLanguages() << "; English";
        return loaded; // Qt's dialogs in one language and ours in another would be worse
    }
    loaded.append(ours);
    const QString qt =
        load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qt.isEmpty())
        qCDebug(lcDesktop) << "Qt's own translation for" << locale.name()
                           << "is not installed (package qt6-translations-l10n)";
    else
        loaded.append(qt);
    qCDebug(lcDesktop) << "translations:" << loaded;
    return loaded;
}

QStringList DeskTranslations::languages() {
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("bridgedesk_*.qm")});
    for (const QString &file : files)
        languages.append(file.mid(11, file.size() - 11 - 3));
    return languages;
}
