#pragma once

#include <QString>

//! bridgectl's --help text beyond the option list: the commands, and what each API generation
//! takes (its statuses, how people are named, how it pages, its key variables), read from the
//! generations' dialects so the help cannot drift from what the commands accept.
namespace ctlusage {

QString text();

} // namespace ctlusage
