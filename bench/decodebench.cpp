// Decode: JsonDecoder::decodePage (bytes to typed, checked values) against QJsonDocument::fromJson
// alone on the same bytes, interleaved.
#include "baselineget.h"
#include "benchmarks.h"
#include "jsondecoder.h"
#include "report.h"
#include "samples.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

void benchDecode(const SandboxProcess &sandbox, const BenchPlan &plan) {
    Report::section(QStringLiteral("Decode (page of 100 conversations)"));
    bridge::ListQuery query;
    query.limit = 100;
    const QByteArray body = BaselineGet(sandbox.options()).fetch(query);
    const auto first = bridge::JsonDecoder::decodePage(body);
    if (!std::holds_alternative<bridge::ConversationPage>(first)) {
        Report::note(QStringLiteral("the page did not decode: ") + std::get<QString>(first));
        return;
    }
    const qsizetype conversations = std::get<bridge::ConversationPage>(first).conversations.size();

    Samples decode, parse;
    QElapsedTimer clock;
    qsizetype sink = 0; // keeps the work observable
    const int warmup = qMax(10, plan.decodeRounds / 10);
    for (int i = 0; i < warmup + plan.decodeRounds; ++i) {
        clock.start();
        const auto page = bridge::JsonDecoder::decodePage(body);
        const double a = double(clock.nsecsElapsed()) / 1e6;
        sink += std::get<bridge::ConversationPage>(page).conversations.size();
        clock.start();
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const double b = double(clock.nsecsElapsed()) / 1e6;
        sink += document.object().size();
        if (i >= warmup) {
            decode.add(a);
            parse.add(b);
        }
    }
    Q_UNUSED(sink);
    const auto withRate = [conversations](double ms) {
        return QStringLiteral("%1 (%2 conv/s)")
            .arg(Report::ms(ms))
            .arg(qRound64(double(conversations) / (ms / 1000.0)));
    };
    const double ratio = decode.median() / parse.median();
    Report::figure(QStringLiteral("JsonDecoder::decodePage, median"), withRate(decode.median()));
    Report::figure(QStringLiteral("QJsonDocument::fromJson, median"), withRate(parse.median()));
    Report::figure(QStringLiteral("decode / fromJson"), Report::ratio(ratio), QStringLiteral("<= 1.5"),
                   ratio <= 1.5);
    Report::note(QStringLiteral("%1 bytes, %2 conversations").arg(body.size()).arg(conversations));
}
