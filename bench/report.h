#pragma once

#include <QString>

//! Prints one figure per line: what, the measured value, the target beside it, and whether it is met.
//! The same lines go to stdout for people and, with --tsv FILE, to a tab-separated file for the README.
namespace Report {

void section(const QString &title);
//! met: true / false, or unset (std::nullopt-like -1) for a figure without a target.
void figure(const QString &name, const QString &value, const QString &target = {}, int met = -1);
void note(const QString &text);
void setTsvPath(const QString &path);

QString ms(double milliseconds);
QString ratio(double value);

} // namespace Report
