#include "report.h"

#include <QFile>
#include <QTextStream>

namespace {

QString &tsvPath() {
    static QString path;
    return path;
}

void appendTsv(const QString &line) {
    if (tsvPath().isEmpty())
        return;
    QFile file(tsvPath());
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(line.toUtf8() + '\n');
}

} // namespace

namespace Report {

void setTsvPath(const QString &path) {
    tsvPath() = path;
    QFile::remove(path);
}

void section(const QString &title) {
    QTextStream(stdout) << '\n' << title << '\n' << QString(title.size(), QLatin1Char('-')) << Qt::endl;
}

void figure(const QString &name, const QString &value, const QString &target, int met) {
    const QString verdict = met < 0 ? QString() : met ? QStringLiteral("met") : QStringLiteral("MISSED");
    QTextStream(stdout)
        << "  " << name.leftJustified(46) << ' ' << value.leftJustified(22) << ' '
        << (target.isEmpty() ? QString() : QStringLiteral("target ") + target).leftJustified(16) << ' '
        << verdict << Qt::endl;
    appendTsv(name + QLatin1Char('\t') + value + QLatin1Char('\t') + target + QLatin1Char('\t') + verdict);
}

void note(const QString &text) {
    QTextStream(stdout) << "    " << text << Qt::endl;
}

QString ms(double milliseconds) {
    return QString::number(milliseconds, 'f', milliseconds < 10 ? 3 : 1) + QStringLiteral(" ms");
}

QString ratio(double value) {
    return QString::number(value, 'f', 2);
}

} // namespace Report
