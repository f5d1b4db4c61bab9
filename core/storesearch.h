#pragma once

#include "conversation.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bridge {

//! What a search of the local store found: the first matches, newest update first, and how many
//! matched among how many stored.
struct StoreSearchResult {
    QString text;                      //!< what the agent typed
    QList<Conversation> conversations; //!< the first matches, most recently updated first
    int matched = 0;                   //!< every match, not only those returned
    int searched = 0;                  //!< conversations in the store
};

//! Where a search looked, for the line above its results.
struct SearchScope {
    bool offlineCopy = false; //!< a finished offline copy of the whole workspace is in the store
    QDateTime updatedAt;      //!< when the newest stored row was seen from the server; invalid when none
    QString within = {};      //!< the filters the search kept to, for people ("Ghost"); empty: none
};

//! The line saying what was searched: "12 of 100,000 conversations in the offline copy, updated 2 min
//! ago", or "12 in 340 cached conversations — keep an offline copy to search everything", followed by
//! " · within Ghost" when filters applied. now is the
//! wall clock, passed in so the age can be tested.
QString searchScopeLine(const StoreSearchResult &result, const SearchScope &scope, const QDateTime &now);

//! How long ago when was, in words for the status line ("just now", "2 min ago", "3 h ago",
//! "yesterday at 21:36"...).
QString ageInWords(const QDateTime &when, const QDateTime &now);

} // namespace bridge
