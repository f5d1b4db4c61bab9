#pragma once

#include <QSqlDatabase>
#include <QString>

namespace bridge::storeschema {

//! The schema this build writes: PRAGMA user_version of a current store.
inline constexpr int CurrentVersion = 3;

//! What opening a store file found.
enum class Verdict {
    Ready,   //!< at CurrentVersion (migrated if it was older)
    Corrupt, //!< not a database, or one that cannot be read or migrated
    Newer,   //!< written by a newer build (user_version above CurrentVersion)
};

//! Brings the open database db to CurrentVersion, one migration after the other, each in its own
//! transaction (a failed step leaves the file at the version before it). A new, empty file starts
//! at version 0 and gets every step.
Verdict migrate(QSqlDatabase &db);

//! The statements of one version's schema, for a test that builds an old file by hand.
QStringList statementsOfVersion(int version);

} // namespace bridge::storeschema
