#pragma once

#include <QLocale>
#include <QStringList>

//! The application's translators: Bridge Desk's own (compiled from resources/translations/*.ts and
//! embedded as :/i18n/bridgedesk_<lang>.qm) and Qt's (qtbase_<lang>.qm from Qt's translations
//! directory, when the qt6-translations-l10n package is installed; standard buttons and dialogs).
class DeskTranslations {
public:
    //! Installs on the application the translators that exist for \a locale (the user's locale by
    //! default: LC_ALL, LC_MESSAGES, LANG) and makes \a locale the default for dates and numbers.
    //! Call after the QCoreApplication exists, before any window. Returns the files loaded.
    static QStringList install(const QLocale &locale = QLocale::system());

    //! The languages Bridge Desk has a translation for, besides English: {"de"}.
    static QStringList languages();
};
