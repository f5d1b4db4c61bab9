// libFuzzer target: a ListQuery and a base URL derived from the fuzz bytes, through
// ClassicDialect::encodedQuery(), ClassicDialect::list() and RequestFactory::build(). Invariants:
//  - the encoded query, and the query QUrl puts on the wire, hold no bare '+', no raw space, and
//    brackets only as %5B / %5D;
//  - the path that is signed is the URL's FullyEncoded path, and the string to sign is exactly
//    METHOD \n PATH[?QUERY] \n BODY \n TIMESTAMP;
//  - the string to sign never contains the secret (whose space and brackets are always encoded
//    on the wire, so it can never appear there by way of the fuzzed input either).
// The same query, with a cursor from the bytes, through ConnectDialect and a Connect request:
//  - the encoded query holds no bare '+', no raw space, no raw brackets, and the cursor decodes
//    back to exactly what was given (and is absent when none was);
//  - nothing is signed: no timestamp or signature header, an empty string to sign; the one
//    x-api-key header carries the key.
#include "classicdialect.h"
#include "connectdialect.h"
#include "listquery.h"
#include "requestfactory.h"
#include "signer.h"
#include "statusvocabulary.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>

using namespace bridge;

namespace {

void check(bool condition, const char *what, const QByteArray &context) {
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken: %s\n  in: %s\n", what, context.constData());
    std::abort();
}

QString text(FuzzedDataProvider &fdp, size_t maxBytes) {
    const std::string raw = fdp.ConsumeRandomLengthString(maxBytes);
    return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
}

std::optional<ParticipantRef> participant(FuzzedDataProvider &fdp) {
    if (!fdp.ConsumeBool())
        return std::nullopt;
    ParticipantRef ref;
    ref.identifier = text(fdp, 64);
    ref.type = fdp.PickValueInArray(
        {ParticipantType::Unspecified, ParticipantType::Email, ParticipantType::Phone, ParticipantType::Id});
    return ref;
}

void checkQuery(const QByteArray &query, const char *which) {
    check(!query.contains('+'), which, query);
    check(!query.contains(' '), which, query);
    check(!query.contains('[') && !query.contains(']'), which, query);
    for (char c : query)
        check(static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f, which, query);
}

void checkConnect(ListQuery query, ClientOptions options, const QString &cursor, qint64 unixTime) {
    query.cursor = cursor;
    (void)ConnectDialect().validate(query);
    const QByteArray encoded = ConnectDialect::encodedQuery(query);
    checkQuery(encoded, "ConnectDialect::encodedQuery()");
    const qsizetype at = encoded.lastIndexOf("&cursor=");
    if (cursor.isEmpty()) {
        check(at < 0, "no cursor on a first page", encoded);
    } else {
        check(at >= 0, "the cursor is sent, last", encoded);
        check(QUrl::fromPercentEncoding(encoded.mid(at + 8)) == cursor, "the cursor comes back unchanged",
              encoded);
    }

    options.generation = ApiGeneration::Connect;
    options.apiKey.clear();
    options.secret = QByteArrayLiteral("bk_fuzz_0123456789");
    const RequestSpec spec = ConnectDialect().list(options.workspaceId, query);
    check(spec.query == encoded, "the spec carries the encoded query", spec.query);
    const PreparedRequest prepared =
        RequestFactory::build(options, spec, unixTime, QByteArrayLiteral("req-fuzz"));
    const QByteArray wireQuery = prepared.url.query(QUrl::FullyEncoded).toUtf8();
    checkQuery(wireQuery, "the Connect query QUrl sends");
    check(wireQuery == encoded, "QUrl sends the query as encoded", wireQuery);
    check(prepared.stringToSign.isEmpty() && prepared.timestamp.isEmpty(), "nothing signed in Connect",
          prepared.stringToSign);
    check(!prepared.request.hasRawHeader("X-API-Signature") &&
              !prepared.request.hasRawHeader("X-API-Timestamp"),
          "no signature headers in Connect", prepared.url.toEncoded());
    check(prepared.request.rawHeader("x-api-key") == options.secret, "the key is the x-api-key",
          prepared.request.rawHeader("x-api-key"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzedDataProvider fdp(data, size);

    ListQuery query;
    switch (fdp.ConsumeIntegralInRange(0, 4)) {
    case 0:
        break;
    case 1:
        query.filter.status = ClassicStatus::active();
        break;
    case 2:
        query.filter.status = ClassicStatus::ghost();
        break;
    case 3:
        query.filter.status = ClassicStatus::archived();
        break;
    default:
        query.filter.status = ConversationStatus(text(fdp, 32));
        break;
    }
    query.filter.customer = participant(fdp);
    query.filter.agent = participant(fdp);
    query.page = fdp.ConsumeIntegral<int>();
    query.limit = fdp.ConsumeIntegral<int>();

    ClientOptions options;
    const QString prefix = text(fdp, 48);
    options.baseUrl = QUrl(QStringLiteral("https://api.bridge.new") + prefix);
    options.workspaceId = text(fdp, 48);
    options.apiKey = QStringLiteral("ak_fuzz_0123456789");
    options.secret = QByteArrayLiteral("sk fuzz [secret] \x01");
    options.signQueryString = fdp.ConsumeBool();
    const qint64 unixTime = fdp.ConsumeIntegralInRange<qint64>(0, 4102444800);
    const QString cursor = text(fdp, 64);

    (void)ClassicDialect().validate(query);
    const QByteArray encoded = ClassicDialect::encodedQuery(query);
    checkQuery(encoded, "ClassicDialect::encodedQuery()");

    if (!RequestFactory::baseUrlProblem(options.baseUrl).isEmpty())
        return 0;
    const RequestSpec spec = ClassicDialect().list(options.workspaceId, query);
    check(spec.query == encoded, "the spec carries the encoded query", spec.query);
    const PreparedRequest prepared =
        RequestFactory::build(options, spec, unixTime, QByteArrayLiteral("req-fuzz"));

    const QByteArray wireQuery = prepared.url.query(QUrl::FullyEncoded).toUtf8();
    checkQuery(wireQuery, "the query QUrl sends");
    check(prepared.request.url() == prepared.url, "the request goes to the URL that was signed",
          prepared.url.toEncoded());
    check(prepared.wirePath == prepared.url.path(QUrl::FullyEncoded).toUtf8(), "signed path == wire path",
          prepared.wirePath);
    const QByteArray signedPath = options.signQueryString && !wireQuery.isEmpty()
                                      ? prepared.wirePath + '?' + wireQuery
                                      : prepared.wirePath;
    const QByteArray expected = "GET\n" + signedPath + "\n\n" + QByteArray::number(unixTime);
    check(prepared.stringToSign == expected, "string to sign is METHOD\\nPATH\\nBODY\\nTIMESTAMP",
          prepared.stringToSign);
    check(!prepared.stringToSign.contains(options.secret), "string to sign holds the secret",
          prepared.stringToSign);
    const QByteArray signature = prepared.request.rawHeader("X-API-Signature");
    check(signature.size() == 64, "64 hex characters", signature);
    check(signature == Signer::signature(options.secret, prepared.stringToSign), "header signs that string",
          signature);

    checkConnect(query, options, cursor, unixTime);
    return 0;
}
