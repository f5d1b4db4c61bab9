// The sandbox's contacts routes over real loopback HTTP, without bridge_core: Connect with its
// x-api-key, classic signed here with Qt's HMAC (the string-to-sign of api-contract.md). Each
// generation's error shape, status codes, search, upsert and attribute filters.
#include "sandboxanswer.h"
#include "sandboxserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QTest>

using bridge::sandbox::SandboxConfig;
using bridge::sandbox::SandboxServer;

class TestSandboxContacts : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_nam;

    Answer call(SandboxServer &server, const QByteArray &method, const QByteArray &pathAndQuery,
                const QByteArray &body = {}) {
        const SandboxConfig &config = server.config();
        QNetworkRequest request(QUrl(server.baseUrl().toString() + QString::fromUtf8(pathAndQuery)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (config.api == SandboxConfig::Api::Connect) {
            request.setRawHeader("x-api-key", config.apiKey.toUtf8());
        } else {
            const QByteArray path = pathAndQuery.left(
                pathAndQuery.indexOf('?') < 0 ? pathAndQuery.size() : pathAndQuery.indexOf('?'));
            const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
            const QByteArray toSign = method + '\n' + path + '\n' + body + '\n' + timestamp;
            request.setRawHeader("X-API-Key", config.apiKey.toUtf8());
            request.setRawHeader("X-API-Timestamp", timestamp);
            request.setRawHeader(
                "X-API-Signature",
                QMessageAuthenticationCode::hash(toSign, config.secret, QCryptographicHash::Sha256).toHex());
        }
        return Answer::read(m_nam.sendCustomRequest(request, method, body));
    }

    static QStringList firstNames(const Answer &answer) {
        QStringList names;
        for (const QJsonValue &c : answer.json.value(QLatin1String("contacts")).toArray())
            names.append(c[QLatin1String("firstName")].toString());
        return names;
    }

private slots:
    void connectRoutes() {
        SandboxServer server(SandboxConfig::forApi(SandboxConfig::Api::Connect));
        QVERIFY(server.listenLoopback() != 0);
        const QByteArray base = "/bridge/api/v1/workspaces/" + server.config().workspaceId.toUtf8();

        QCOMPARE(firstNames(call(server, "GET", base + "/contacts?search=ZO%C3%8B")),
                 QStringList{QStringLiteral("Zoë")});
        QCOMPARE(firstNames(call(server, "GET", base + "/contacts?search=lukasz")),
                 QStringList{QStringLiteral("Łukasz")});
        const Answer all = call(server, "GET", base + "/contacts?limit=100");
        QCOMPARE(all.status, 200);
        QVERIFY(all.json.value(QLatin1String("cursor")).isNull());
        const QJsonObject zoe = call(server, "GET", base + "/contacts?search=zoe")
                                    .json.value(QLatin1String("contacts"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
        const QString phone = zoe.value(QLatin1String("cellphone")).toString();
        QCOMPARE(firstNames(call(server, "GET", base + "/contacts?search=" + phone.mid(3).toUtf8())),
                 QStringList{QStringLiteral("Zoë")}); // by digits, without the country code

        const Answer invalid = call(server, "POST", base + "/contacts", R"({"cellphone":"+1-555"})");
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.json.value(QLatin1String("code")).toString(),
                 QStringLiteral("BRIDGE_VALIDATION_0001"));
        QVERIFY(invalid.message().contains(QLatin1String("E.164")));
        const Answer missing = call(server, "GET", base + "/contacts/00000000-0000-4000-8000-000000000000");
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(QLatin1String("code")).toString(), QStringLiteral("BRIDGE_CONTACT_0001"));
        const Answer noDelete =
            call(server, "DELETE", base + "/contacts/" + zoe[QLatin1String("id")].toString().toUtf8());
        QCOMPARE(noDelete.status, 405);
        QCOMPARE(noDelete.header("Allow"), QByteArray("GET, PATCH"));
        const Answer taken =
            call(server, "POST", base + "/contacts", "{\"cellphone\":\"" + phone.toUtf8() + "\"}");
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.json.value(QLatin1String("code")).toString(), QStringLiteral("BRIDGE_CONTACT_0002"));

        const Answer updated = call(server, "POST", base + "/contacts/partial",
                                    "{\"cellphone\":\"" + phone.toUtf8() + "\",\"firstName\":\"Zoe\"}");
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json.value(QLatin1String("id")), zoe.value(QLatin1String("id")));
        const Answer created =
            call(server, "POST", base + "/contacts/partial", R"({"cellphone":"+15550009999"})");
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QLatin1String("type")).toString(), QStringLiteral("PARTIAL"));

        const Answer closed = call(server, "GET", base + "/settings/attributes?category=CLOSED");
        QCOMPARE(closed.status, 200);
        const QJsonArray closedOnes = closed.json.value(QLatin1String("customAttributes")).toArray();
        QCOMPARE(closedOnes.size(), 2);
        for (const QJsonValue &a : closedOnes)
            QCOMPARE(a[QLatin1String("category")].toString(), QStringLiteral("CLOSED"));
        const int live = int(call(server, "GET", base + "/settings/attributes")
                                 .json.value(QLatin1String("customAttributes"))
                                 .toArray()
                                 .size());
        const int withArchived = int(call(server, "GET", base + "/settings/attributes?includeArchived=true")
                                         .json.value(QLatin1String("customAttributes"))
                                         .toArray()
                                         .size());
        QCOMPARE(withArchived, live + 1);

        // The key is checked on contacts as on conversations.
        QNetworkRequest unkeyed(
            QUrl(server.baseUrl().toString() + QString::fromUtf8(base) + QStringLiteral("/contacts")));
        QCOMPARE(Answer::read(m_nam.get(unkeyed)).status, 401);
    }

    void classicRoutes() {
        SandboxServer server;
        QVERIFY(server.listenLoopback() != 0);
        const QByteArray base = "/v1/workspaces/" + server.config().workspaceId.toUtf8();
        const Answer page = call(server, "GET", base + "/contacts?search=BJORN&page=1&limit=20");
        QCOMPARE(page.status, 200);
        QCOMPARE(firstNames(page), QStringList{QStringLiteral("Björn")});
        QCOMPARE(page.json[QLatin1String("pagination")][QLatin1String("total")].toInt(), 1);

        const Answer invalid = call(server, "POST", base + "/contacts", R"({"firstName":"Ana"})");
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.json.value(QLatin1String("error")).toString(), QStringLiteral("validation_error"));
        QVERIFY(invalid.message().contains(QLatin1String("lastName is required")));
        QVERIFY(invalid.message().contains(QLatin1String("cellphone is required")));

        const Answer created = call(server, "POST", base + "/contacts",
                                    R"({"firstName":"Ana","lastName":"Lima","cellphone":"+5511987654321"})");
        QCOMPARE(created.status, 201);
        const QByteArray id = created.json.value(QLatin1String("id")).toString().toUtf8();
        QVERIFY(id.startsWith("ct_"));
        QCOMPARE(call(server, "GET", base + "/contacts/" + id).status, 405); // classic has no single read
        QCOMPARE(call(server, "PATCH", base + "/contacts/" + id, R"({"email":"ana@example.com"})")
                     .json.value(QLatin1String("email"))
                     .toString(),
                 QStringLiteral("ana@example.com"));
        const Answer deleted = call(server, "DELETE", base + "/contacts/" + id);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        const Answer gone = call(server, "DELETE", base + "/contacts/" + id);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.json.value(QLatin1String("error")).toString(), QStringLiteral("not_found"));

        const Answer attributes = call(server, "GET", base + "/settings/attributes");
        QCOMPARE(attributes.status, 200);
        QCOMPARE(attributes.json.value(QLatin1String("customAttributes")).toArray().size(),
                 4); // archived too

        // Unsigned: refused as the conversations are.
        QNetworkRequest unsigned_(
            QUrl(server.baseUrl().toString() + QString::fromUtf8(base) + QStringLiteral("/contacts")));
        QCOMPARE(Answer::read(m_nam.get(unsigned_)).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxContacts)
#include "tst_sandboxcontacts.moc"
