#pragma once

#include <QByteArray>
#include <QIODevice>

namespace bridge {

//! A request body that can be read once and never rewound. Qt's HTTP layer silently re-sends a
//! request when a kept-alive connection closes before any answer; for POST and PATCH that could
//! create a conversation twice. With this body (and upload buffering off) Qt cannot re-send and
//! reports ContentReSendError instead, which the client turns into "may or may not have been made".
class OneShotBody : public QIODevice {
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace bridge
