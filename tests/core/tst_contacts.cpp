// Contacts in core, offline: the request each dialect builds (method, path, query, body, byte for
// byte), strict decoding of good and broken answers, validation before sending, attribute names.
#include "attributedefinition.h"
#include "classiccontactdialect.h"
#include "connectcontactdialect.h"
#include "contactdecoder.h"
#include "contactdialect.h"

#include <QTest>

using namespace bridge;

namespace {

const ContactDialect &classicApi() {
    return ContactDialect::of(ApiGeneration::Classic);
}
const ContactDialect &connectApi() {
    return ContactDialect::of(ApiGeneration::Connect);
}

QString path(const RequestSpec &spec) {
    return spec.pathSegments.join(QLatin1Char('/'));
}

QStringList fields(const FieldErrors &errors) {
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field);
    return out;
}

ContactDraft fullDraft() {
    ContactDraft d;
    d.firstName = QStringLiteral("Zoë");
    d.lastName = QStringLiteral("Ørsted");
    d.cellphone = QStringLiteral("+4915112345678");
    d.email = QStringLiteral("zoe@example.org");
    d.ownerIdentifier = QStringLiteral("ana.souza@bridge.example");
    d.attributes = {
        {QStringLiteral("attr_company"), AttributeDefinition::Category::Open, {QStringLiteral("Acme")}},
        {QStringLiteral("attr_plan"),
         AttributeDefinition::Category::Closed,
         {QStringLiteral("p1"), QStringLiteral("p2")}}};
    return d;
}

QStringList names(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *name : list)
        out.append(QLatin1String(name));
    return out;
}

template <typename T> QString errorOf(const JsonDecoder::Result<T> &r) {
    return std::holds_alternative<QString>(r) ? std::get<QString>(r) : QString();
}

const QByteArray ConnectContact = R"({"id":"c-1","workspaceId":"ws","type":"PARTIAL",
  "createdAt":"2026-01-06T00:00:00Z","updatedAt":"2026-01-26T00:00:00Z","firstName":"Zoë","lastName":null,
  "email":"zoe@example.org","cellphone":"+4915112345678","languageCode":"EN","ownerId":null,
  "customAttributes":[{"key":"a-plan","values":["v-pro"]}]})";

const QByteArray ClassicContact =
    R"({"id":"ct_1","workspaceId":"ws","firstName":"Björn","lastName":"Lindqvist",
  "email":null,"cellphone":"+442079460888","ownerId":"usr_1","customAttributes":[{"key":"attr_company","value":"G"}],
  "createdAt":"2026-01-06T00:00:00Z","updatedAt":"2026-01-26T00:00:00Z"})";

} // namespace

class TestContacts : public QObject {
    Q_OBJECT

private slots:
    void classicRequests() {
        ContactQuery q;
        q.search = QStringLiteral("zoë +1");
        q.owner = QStringLiteral("usr_1");
        q.page = 3;
        q.limit = 50;
        RequestSpec list = classicApi().list(QStringLiteral("ws_1"), q);
        QCOMPARE(list.method, QByteArray("GET"));
        QCOMPARE(path(list), QStringLiteral("v1/workspaces/ws_1/contacts"));
        QCOMPARE(list.query, QByteArray("ownerId=usr_1&search=zo%C3%AB%20%2B1&page=3&limit=50"));
        QVERIFY(list.body.isEmpty());
        QVERIFY(list.retryable);
        QCOMPARE(classicApi().list(QStringLiteral("ws_1"), {}).query, QByteArray("page=1&limit=20"));

        const RequestSpec create = classicApi().create(QStringLiteral("ws_1"), fullDraft());
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(path(create), QStringLiteral("v1/workspaces/ws_1/contacts"));
        QVERIFY(!create.retryable);
        QCOMPARE(create.body,
                 QByteArray(R"({"firstName":"Zoë","lastName":"Ørsted","cellphone":"+4915112345678",)"
                            R"("email":"zoe@example.org","ownerId":"ana.souza@bridge.example",)"
                            R"("customAttributes":[{"key":"attr_company","value":"Acme"},)"
                            R"({"key":"attr_plan","value":"p1"},{"key":"attr_plan","value":"p2"}]})"));
        ContactDraft change;
        change.email = QStringLiteral("new@example.org");
        const RequestSpec update =
            classicApi().update(QStringLiteral("ws_1"), QStringLiteral("ct 1"), change);
        QCOMPARE(update.method, QByteArray("PATCH"));
        QCOMPARE(update.pathSegments.constLast(), QStringLiteral("ct 1")); // encoded by RequestFactory
        QCOMPARE(path(update), QStringLiteral("v1/workspaces/ws_1/contacts/ct 1"));
        QCOMPARE(update.body, QByteArray(R"({"email":"new@example.org"})"));
        QVERIFY(!update.retryable);
        const RequestSpec remove = classicApi().remove(QStringLiteral("ws_1"), QStringLiteral("ct_1"));
        QCOMPARE(remove.method, QByteArray("DELETE"));
        QCOMPARE(path(remove), QStringLiteral("v1/workspaces/ws_1/contacts/ct_1"));
        QVERIFY(remove.body.isEmpty());
        const RequestSpec attributes = classicApi().attributeDefinitions(QStringLiteral("ws_1"));
        QCOMPARE(attributes.method, QByteArray("GET"));
        QCOMPARE(path(attributes), QStringLiteral("v1/workspaces/ws_1/settings/attributes"));
        QVERIFY(classicApi().get(QStringLiteral("ws_1"), QStringLiteral("ct_1")).method.isEmpty());
        QVERIFY(classicApi().upsert(QStringLiteral("ws_1"), fullDraft()).method.isEmpty());
    }

    void connectRequests() {
        const QString ws = QStringLiteral("5a9d1c3e");
        ContactQuery q;
        q.search = QStringLiteral("björn");
        q.owner = QStringLiteral("ana+x@bridge.example");
        q.limit = 5;
        q.cursor = QStringLiteral("AAA-b_c");
        RequestSpec list = connectApi().list(ws, q);
        QCOMPARE(list.method, QByteArray("GET"));
        QCOMPARE(path(list), QStringLiteral("bridge/api/v1/workspaces/5a9d1c3e/contacts"));
        QCOMPARE(list.query,
                 QByteArray("ownerEmail=ana%2Bx%40bridge.example&search=bj%C3%B6rn&limit=5&cursor=AAA-b_c"));
        QCOMPARE(connectApi().list(ws, {}).query, QByteArray("limit=20"));

        const QByteArray body =
            R"({"firstName":"Zoë","lastName":"Ørsted","cellphone":"+4915112345678",)"
            R"("email":"zoe@example.org","ownerIdentifier":{"identifier":)"
            R"("ana.souza@bridge.example","identifierType":"EMAIL"},"customAttributes":)"
            R"({"openAttributes":[{"customAttributeId":"attr_company","content":"Acme"}],)"
            R"("closedAttributes":[{"customAttributeId":"attr_plan",)"
            R"("closedCustomAttributeIds":["p1","p2"]}]}})";
        const RequestSpec create = connectApi().create(ws, fullDraft());
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(path(create), QStringLiteral("bridge/api/v1/workspaces/5a9d1c3e/contacts"));
        QCOMPARE(create.body, body);
        QVERIFY(!create.retryable);
        const RequestSpec upsert = connectApi().upsert(ws, fullDraft());
        QCOMPARE(upsert.method, QByteArray("POST"));
        QCOMPARE(path(upsert), QStringLiteral("bridge/api/v1/workspaces/5a9d1c3e/contacts/partial"));
        QCOMPARE(upsert.body, body);
        QVERIFY(!upsert.retryable);

        ContactDraft change;
        change.ownerIdentifier = QStringLiteral("7b2f-owner");
        const RequestSpec update = connectApi().update(ws, QStringLiteral("c-1"), change);
        QCOMPARE(update.method, QByteArray("PATCH"));
        QCOMPARE(path(update), QStringLiteral("bridge/api/v1/workspaces/5a9d1c3e/contacts/c-1"));
        QCOMPARE(update.body,
                 QByteArray(R"({"ownerIdentifier":{"identifier":"7b2f-owner","identifierType":"ID"}})"));
        const RequestSpec get = connectApi().get(ws, QStringLiteral("c-1"));
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(path(get), QStringLiteral("bridge/api/v1/workspaces/5a9d1c3e/contacts/c-1"));
        QVERIFY(get.retryable);
        QCOMPARE(path(connectApi().attributeDefinitions(ws)),
                 QStringLiteral("bridge/api/v1/workspaces/5a9d1c3e/settings/attributes"));
        QVERIFY(connectApi().remove(ws, QStringLiteral("c-1")).method.isEmpty());
    }

    void supports() {
        QVERIFY(classicApi().supports(ContactOperation::Delete));
        QVERIFY(!classicApi().supports(ContactOperation::Get));
        QVERIFY(!classicApi().supports(ContactOperation::Upsert));
        QVERIFY(connectApi().supports(ContactOperation::Get));
        QVERIFY(connectApi().supports(ContactOperation::Upsert));
        QVERIFY(!connectApi().supports(ContactOperation::Delete));
        QVERIFY(connectApi()
                    .unsupportedSentence(ContactOperation::Delete)
                    .contains(QLatin1String("cannot delete")));
        QVERIFY(connectApi().unsupportedSentence(ContactOperation::Get).isEmpty());
        QCOMPARE(fields(connectApi().validate(ContactDraft{}, ContactOperation::Delete)),
                 names({"operation"}));
        QVERIFY(!classicApi().pagesByCursor());
        QVERIFY(connectApi().pagesByCursor());
        QCOMPARE(classicApi().ownerFilterName(), QStringLiteral("ownerId"));
        QCOMPARE(connectApi().ownerFilterName(), QStringLiteral("ownerEmail"));
    }

    void validation_data() {
        QTest::addColumn<int>("generation");
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("cellphone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QStringList>("errors");
        const int cl = int(ApiGeneration::Classic);
        const int cn = int(ApiGeneration::Connect);
        const int create = int(ContactOperation::Create);
        const int upsert = int(ContactOperation::Upsert);
        const int update = int(ContactOperation::Update);
        const QString ok = QStringLiteral("+14155550123");
        QTest::newRow("classic create complete") << cl << create << "Ana"
                                                 << "Lima" << ok << "" << QStringList();
        QTest::newRow("classic create needs names and phone")
            << cl << create << ""
            << ""
            << ""
            << "" << names({"firstName", "lastName", "cellphone"});
        QTest::newRow("connect upsert needs only the phone") << cn << upsert << ""
                                                             << "" << ok << "" << QStringList();
        QTest::newRow("connect upsert without phone") << cn << upsert << "Ana"
                                                      << ""
                                                      << ""
                                                      << "" << names({"cellphone"});
        QTest::newRow("dashes are not E.164") << cn << upsert << ""
                                              << ""
                                              << "+1-415-555-0123"
                                              << "" << names({"cellphone"});
        QTest::newRow("no plus") << cn << upsert << ""
                                 << ""
                                 << "14155550123"
                                 << "" << names({"cellphone"});
        QTest::newRow("7 digits") << cn << upsert << ""
                                  << ""
                                  << "+1234567"
                                  << "" << names({"cellphone"});
        QTest::newRow("8 digits") << cn << upsert << ""
                                  << ""
                                  << "+12345678"
                                  << "" << QStringList();
        QTest::newRow("15 digits") << cn << upsert << ""
                                   << ""
                                   << "+123456789012345"
                                   << "" << QStringList();
        QTest::newRow("16 digits") << cn << upsert << ""
                                   << ""
                                   << "+1234567890123456"
                                   << "" << names({"cellphone"});
        QTest::newRow("bad email") << cl << create << "A"
                                   << "B" << ok << "ana@" << names({"email"});
        QTest::newRow("email without dot") << cl << create << "A"
                                           << "B" << ok << "ana@host" << names({"email"});
        QTest::newRow("good email") << cl << create << "A"
                                    << "B" << ok << "ana.lima+x@example.co.uk" << QStringList();
        QTest::newRow("update with nothing") << cl << update << ""
                                             << ""
                                             << ""
                                             << "" << names({"contact"});
        QTest::newRow("update email only") << cn << update << ""
                                           << ""
                                           << ""
                                           << "a@b.io" << QStringList();
    }

    void validation() {
        QFETCH(int, generation);
        QFETCH(int, operation);
        ContactDraft draft;
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, cellphone);
        QFETCH(QString, email);
        QFETCH(QStringList, errors);
        draft.firstName = first;
        draft.lastName = last;
        draft.cellphone = cellphone;
        draft.email = email;
        const FieldErrors found =
            ContactDialect::of(ApiGeneration(generation)).validate(draft, ContactOperation(operation));
        QCOMPARE(fields(found), errors);
        for (const FieldError &e : found)
            QVERIFY2(!e.message.isEmpty() && e.message.endsWith(QLatin1Char('.')), qPrintable(e.message));
    }

    void queryValidationAndKey() {
        ContactQuery q;
        q.limit = 0;
        QCOMPARE(fields(classicApi().validate(q)), names({"limit"}));
        q.limit = 100;
        QVERIFY(classicApi().validate(q).isEmpty());
        q.page = 2;
        QCOMPARE(fields(connectApi().validate(q)), names({"cursor"}));
        QVERIFY(connectApi().validate(q.withPage(2, QStringLiteral("c"))).isEmpty());
        QVERIFY(q.key() != q.withPage(3).key());
        QVERIFY(q.key() != q.withPage(2, QStringLiteral("c")).key());
        ContactQuery other = q;
        QCOMPARE(other.key(), q.key());
        other.search = QStringLiteral("x");
        QVERIFY(other.key() != q.key());
    }

    void decodeConnect() {
        const auto contact = ContactDecoder::connectContact(ConnectContact);
        QVERIFY2(std::holds_alternative<Contact>(contact), qPrintable(errorOf(contact)));
        const Contact c = std::get<Contact>(contact);
        QCOMPARE(c.id, QStringLiteral("c-1"));
        QCOMPARE(c.type, ContactType::Partial);
        QCOMPARE(c.firstName, QStringLiteral("Zoë"));
        QVERIFY(c.lastName.isEmpty());
        QCOMPARE(c.languageCode, QStringLiteral("EN"));
        QCOMPARE(c.createdAt, QDateTime(QDate(2026, 1, 6), QTime(0, 0), Qt::UTC));
        QCOMPARE(c.attributes,
                 (QList<ContactAttribute>{{QStringLiteral("a-plan"), {QStringLiteral("v-pro")}}}));
        QCOMPARE(c.displayName(), QStringLiteral("Zoë"));

        const QByteArray page = "{\"contacts\":[" + ConnectContact + "],\"cursor\":\"abc\"}";
        const auto decoded = connectApi().decodePage(page);
        QVERIFY2(std::holds_alternative<ContactPage>(decoded), qPrintable(errorOf(decoded)));
        QCOMPARE(std::get<ContactPage>(decoded).pagination.nextCursor, QStringLiteral("abc"));
        QVERIFY(std::get<ContactPage>(decoded).pagination.cursored);
        const auto last = connectApi().decodePage("{\"contacts\":[],\"cursor\":null}");
        QVERIFY(!std::get<ContactPage>(last).pagination.hasNext());
    }

    void decodeClassic() {
        const QByteArray page = "{\"contacts\":[" + ClassicContact +
                                "],\"pagination\":{\"page\":2,\"limit\":1,\"total\":20,\"totalPages\":20}}";
        const auto decoded = classicApi().decodePage(page);
        QVERIFY2(std::holds_alternative<ContactPage>(decoded), qPrintable(errorOf(decoded)));
        const ContactPage p = std::get<ContactPage>(decoded);
        QCOMPARE(p.pagination.page, 2);
        QCOMPARE(p.pagination.total, 20);
        QVERIFY(p.pagination.hasNext());
        QCOMPARE(p.contacts.size(), 1);
        QCOMPARE(p.contacts.first().type, ContactType::Unknown);
        QCOMPARE(p.contacts.first().ownerId, QStringLiteral("usr_1"));
        QCOMPARE(p.contacts.first().attributes.first().values, QStringList{QStringLiteral("G")});
    }

    void decodeBroken_data() {
        QTest::addColumn<bool>("connectShape");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << true << QByteArray("<html>") << "(root): not JSON";
        QTest::newRow("no contacts") << true << QByteArray("{\"cursor\":null}") << "contacts: required";
        QTest::newRow("cursor number") << true << QByteArray("{\"contacts\":[],\"cursor\":2}")
                                       << "cursor: expected a string or null, got a number";
        QByteArray badType = ConnectContact;
        badType.replace("\"PARTIAL\"", "\"HALF\"");
        QTest::newRow("unknown type") << true << QByteArray("{\"contacts\":[" + badType + "]}")
                                      << "contacts[0].type: expected PARTIAL or NORMAL";
        QByteArray badDate = ConnectContact;
        badDate.replace("\"2026-01-26T00:00:00Z\"", "\"yesterday\"");
        QTest::newRow("bad date") << true
                                  << QByteArray("{\"contacts\":[" + ConnectContact + "," + badDate + "]}")
                                  << "contacts[1].updatedAt: expected an RFC 3339 date-time";
        QByteArray badValues = ConnectContact;
        badValues.replace("[\"v-pro\"]", "[3]");
        QTest::newRow("attribute value") << true << QByteArray("{\"contacts\":[" + badValues + "]}")
                                         << "contacts[0].customAttributes[0].values[0]: expected a string";
        QByteArray noId = ClassicContact;
        noId.replace("\"id\":\"ct_1\",", "");
        QTest::newRow("classic no id")
            << false << QByteArray("{\"contacts\":[" + noId + "]}") << "contacts[0].id: required";
        QTest::newRow("classic no pagination")
            << false << QByteArray("{\"contacts\":[]}") << "pagination: required";
        QTest::newRow("classic pages text")
            << false
            << QByteArray(R"({"contacts":[],"pagination":{"page":1,"limit":20,"total":1,"totalPages":"x"}})")
            << "pagination.totalPages: expected a whole number";
        QByteArray wrongEmail = ClassicContact;
        wrongEmail.replace("\"email\":null", "\"email\":7");
        QTest::newRow("classic email number") << false << QByteArray("{\"contacts\":[" + wrongEmail + "]}")
                                              << "contacts[0].email: expected a string, got a number";
    }

    void decodeBroken() {
        QFETCH(bool, connectShape);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto decoded = (connectShape ? connectApi() : classicApi()).decodePage(body);
        QVERIFY(std::holds_alternative<QString>(decoded));
        QVERIFY2(std::get<QString>(decoded).startsWith(error), qPrintable(std::get<QString>(decoded)));
    }

    void attributeDefinitionsAndNames() {
        const QByteArray body = R"({"customAttributes":[
            {"id":"a-co","category":"OPEN","isRequired":false,"keyName":"Company","type":"TEXT","closedAttributesValues":[],"deletedAt":null},
            {"id":"a-plan","category":"CLOSED","isRequired":true,"keyName":"Plan","type":"SINGLE_SELECT",
             "closedAttributesValues":[{"id":"v-free","value":"Free"},{"id":"v-pro","value":"Pro"}],"deletedAt":null},
            {"id":"a-old","category":"OPEN","isRequired":true,"keyName":"Legacy","type":"TEXT","deletedAt":"2026-08-03T00:00:00Z"}]})";
        const auto decoded = connectApi().decodeAttributeDefinitions(body);
        QVERIFY2(std::holds_alternative<QList<AttributeDefinition>>(decoded), qPrintable(errorOf(decoded)));
        const QList<AttributeDefinition> definitions = std::get<QList<AttributeDefinition>>(decoded);
        QCOMPARE(definitions.size(), 3);
        QCOMPARE(definitions.at(1).category, AttributeDefinition::Category::Closed);
        QVERIFY(definitions.at(1).isRequired);
        QCOMPARE(definitions.at(1).closedValues.size(), 2);
        QVERIFY(definitions.at(2).isArchived());
        QVERIFY(!definitions.at(0).isArchived());

        const QList<ContactAttribute> attributes{{QStringLiteral("a-plan"), {QStringLiteral("v-pro")}},
                                                 {QStringLiteral("Company"), {QStringLiteral("Acme")}},
                                                 {QStringLiteral("mystery"), {QStringLiteral("42")}},
                                                 {QStringLiteral("a-plan"), {QStringLiteral("v-gone")}}};
        const QList<NamedAttribute> named = nameAttributes(attributes, definitions);
        QCOMPARE(named.size(), 4);
        QCOMPARE(named.at(0).name, QStringLiteral("Plan"));
        QCOMPARE(named.at(0).values, QStringList{QStringLiteral("Pro")});
        QVERIFY(named.at(0).required);
        QCOMPARE(named.at(1).name, QStringLiteral("Company")); // by keyName
        QCOMPARE(named.at(1).values, QStringList{QStringLiteral("Acme")});
        QVERIFY(!named.at(2).defined);
        QCOMPARE(named.at(2).name, QStringLiteral("mystery"));
        QCOMPARE(named.at(3).values, QStringList{QStringLiteral("v-gone")}); // unknown value id kept

        const auto broken = ContactDecoder::attributeDefinitions(
            R"({"customAttributes":[{"id":"x","category":"SOMETIMES","keyName":"K"}]})");
        QVERIFY(errorOf(broken).startsWith(
            QLatin1String("customAttributes[0].category: expected OPEN or CLOSED")));
    }
};

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
