#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

//! A message laid over a view's viewport, centred, for states the rows cannot show: "No ghost
//! conversations for alice@example.com" with a Clear filters button. It follows the viewport's
//! size and stays hidden until showMessage().
class StateOverlay : public QWidget {
    Q_OBJECT
public:
    //! viewport: the widget to cover (a QAbstractScrollArea's viewport); it becomes the parent.
    explicit StateOverlay(QWidget *viewport);

    void showMessage(const QString &text, bool offerClear);

    QLabel *label() const { return m_label; }
    QPushButton *clearButton() const { return m_clear; }

signals:
    void clearRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_label;
    QPushButton *m_clear;
};
