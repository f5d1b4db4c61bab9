#pragma once

#include <QList>

//! Durations of one measurement, in milliseconds, and their order statistics.
class Samples {
public:
    void add(double ms) { m_values.append(ms); }
    qsizetype count() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }
    double median() const { return percentile(50); }
    double percentile(double p) const; //!< nearest rank; 0 when empty
    double worst() const;
    double best() const;

private:
    QList<double> m_values;
};
