#pragma once

#include "contact.h"

#include <QString>

//! How bridgectl prints contacts for people, in the style of textoutput's conversation tables.
namespace contacttext {

//! ID, NAME, EMAIL, CELLPHONE, OWNER (and TYPE when the answers carry one), aligned by display
//! width, then the footer.
QString pageTable(const QList<bridge::Contact> &contacts, const bridge::Pagination &pagination);
//! The contacts only, then "N contacts" (contacts --all).
QString allTable(const QList<bridge::Contact> &contacts);
//! One contact as "label value" lines, its attributes as key: values.
QString contactBlock(const bridge::Contact &contact);
//! "1 contact", "45 contacts".
QString contacts(qint64 count);

} // namespace contacttext
