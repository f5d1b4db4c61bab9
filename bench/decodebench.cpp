// Decode: bytes to typed, checked values, against QJsonDocument::fromJson alone on the same bytes,
// interleaved: JsonDecoder's default path (the fast path, the DOM when it declines) and the DOM path
// on its own, for a page of 100 of each generation.
#include "baselineget.h"
#include "benchmarks.h"
#include "jsondecoder.h"
#include "report.h"
#include "samples.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using PageDecoder = bridge::JsonDecoder::Result<bridge::ConversationPage> (*)(const QByteArray &);

struct Decoder {
    QString name;
    PageDecoder decode;
};

double msSince(const QElapsedTimer &clock) {
    return double(clock.nsecsElapsed()) / 1e6;
}

//! Times each decoder and fromJson on body, round after round; the first decoder is the one the
//! client uses, held to its target against fromJson.
void decodeSection(const QString &title, const QByteArray &body, const QList<Decoder> &decoders,
                   const BenchPlan &plan) {
    Report::section(title);
    const auto first = decoders.first().decode(body);
    if (!std::holds_alternative<bridge::ConversationPage>(first)) {
        Report::note(QStringLiteral("the page did not decode: ") + std::get<QString>(first));
        return;
    }
    const qsizetype conversations = std::get<bridge::ConversationPage>(first).conversations.size();

    QList<Samples> decoded(decoders.size());
    Samples parse;
    QElapsedTimer clock;
    qsizetype sink = 0; // keeps the work observable
    const int warmup = qMax(10, plan.decodeRounds / 10);
    for (int i = 0; i < warmup + plan.decodeRounds; ++i) {
        for (qsizetype d = 0; d < decoders.size(); ++d) {
            clock.start();
            const auto page = decoders.at(d).decode(body);
            const double ms = msSince(clock);
            sink += std::get<bridge::ConversationPage>(page).conversations.size();
            if (i >= warmup)
                decoded[d].add(ms);
        }
        clock.start();
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const double ms = msSince(clock);
        sink += document.object().size();
        if (i >= warmup)
            parse.add(ms);
    }
    Q_UNUSED(sink);
    const auto withRate = [conversations](double ms) {
        return QStringLiteral("%1 (%2 conv/s)")
            .arg(Report::ms(ms))
            .arg(qRound64(double(conversations) / (ms / 1000.0)));
    };
    for (qsizetype d = 0; d < decoders.size(); ++d)
        Report::figure(decoders.at(d).name + QStringLiteral(", median"), withRate(decoded.at(d).median()));
    Report::figure(QStringLiteral("QJsonDocument::fromJson, median"), withRate(parse.median()));
    const double ratio = decoded.first().median() / parse.median();
    Report::figure(QStringLiteral("decode / fromJson"), Report::ratio(ratio), QStringLiteral("<= 1.5"),
                   ratio <= 1.5);
    Report::note(QStringLiteral("%1 bytes, %2 conversations").arg(body.size()).arg(conversations));
}

QByteArray pageOf100(const SandboxProcess &sandbox) {
    bridge::ListQuery query;
    query.limit = 100;
    return BaselineGet(sandbox.options()).fetch(query);
}

} // namespace

void benchDecode(const SandboxProcess &classic, const SandboxProcess &connect, const BenchPlan &plan) {
    decodeSection(QStringLiteral("Decode (page of 100 conversations)"), pageOf100(classic),
                  {{QStringLiteral("JsonDecoder::decodePage"), &bridge::JsonDecoder::decodePage},
                   {QStringLiteral("the DOM path alone"), &bridge::JsonDecoder::decodePageThroughDom}},
                  plan);
    decodeSection(
        QStringLiteral("Decode (Connect page of 100 conversations)"), pageOf100(connect),
        {{QStringLiteral("JsonDecoder::decodeConnectPage"), &bridge::JsonDecoder::decodeConnectPage},
         {QStringLiteral("the DOM path alone"), &bridge::JsonDecoder::decodeConnectPageThroughDom}},
        plan);
}
