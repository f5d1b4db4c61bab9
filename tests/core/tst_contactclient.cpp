// BridgeClient's contact calls against the in-process sandbox over loopback, in both generations:
// search (accents and case ignored), paging through everything by page and by cursor, create, upsert,
// update, delete, the PARTIAL/NORMAL rule, and the operations a generation lacks (nothing sent).
#include "bridgeclient.h"
#include "contactdialect.h"
#include "sandboxfixture.h"

#include <QSet>
#include <QTest>

using namespace bridge;
using bridge::sandbox::SandboxConfig;

Q_DECLARE_METATYPE(bridge::sandbox::SandboxConfig::Api)

namespace {

template <typename T> struct Outcome {
    std::optional<Expected<T>> result;
    Callback<T> callback() {
        return [this](const Expected<T> &r) { result.emplace(r); };
    }
};

QStringList firstNames(const QList<Contact> &contacts) {
    QStringList names;
    for (const Contact &c : contacts)
        names.append(c.firstName);
    return names;
}

} // namespace

class TestContactClient : public QObject {
    Q_OBJECT

    std::unique_ptr<testing::Sandbox> m_sandbox;

    BridgeClient &client() { return *m_sandbox->client; }

    template <typename T> Expected<T> await(Outcome<T> &outcome) {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 10000); }();
        if (!outcome.result)
            return ApiError{};
        return *outcome.result;
    }

    template <typename T> T ok(Outcome<T> &outcome) {
        const Expected<T> result = await(outcome);
        [&] { QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().line())); }();
        return result.ok() ? result.value() : T{};
    }

    ContactPage page(const ContactQuery &query) {
        Outcome<ContactPage> outcome;
        client().contacts(query, this, outcome.callback());
        return ok(outcome);
    }

    QList<Contact> search(const QString &text) {
        ContactQuery query;
        query.search = text;
        query.limit = 100;
        return page(query).contacts;
    }

    //! Every contact, page after page, the way the generation pages.
    QList<Contact> walk(ContactQuery query) {
        QList<Contact> all;
        for (int guard = 0; guard < 100; ++guard) {
            const ContactPage p = page(query);
            all += p.contacts;
            if (!p.pagination.hasNext())
                break;
            query = query.withPage(query.page + 1, p.pagination.nextCursor);
        }
        return all;
    }

    //! The seeded total as the server knows it (one page of 100 is more than the seed has).
    qsizetype seededCount() { return search({}).size(); }

private slots:
    void init() {
        QFETCH_GLOBAL(SandboxConfig::Api, api);
        m_sandbox = std::make_unique<testing::Sandbox>(SandboxConfig::forApi(api));
    }
    void cleanup() { m_sandbox.reset(); }

    void initTestCase_data() {
        QTest::addColumn<SandboxConfig::Api>("api");
        QTest::newRow("classic") << SandboxConfig::Api::Classic;
        QTest::newRow("connect") << SandboxConfig::Api::Connect;
    }

    void searchIgnoresCaseAndAccents() {
        QCOMPARE(firstNames(search(QStringLiteral("zoe"))), QStringList{QStringLiteral("Zoë")});
        QCOMPARE(firstNames(search(QStringLiteral("ZOË"))), QStringList{QStringLiteral("Zoë")});
        QCOMPARE(firstNames(search(QStringLiteral("bjorn"))), QStringList{QStringLiteral("Björn")});
        QCOMPARE(firstNames(search(QStringLiteral("orsted"))), QStringList{QStringLiteral("Zoë")});
        QCOMPARE(firstNames(search(QStringLiteral("wisniewski"))), QStringList{QStringLiteral("Łukasz")});
        QVERIFY(search(QStringLiteral("nobody-like-this")).isEmpty());
        // By email and by phone digits.
        const Contact zoe = search(QStringLiteral("zoe")).value(0);
        QVERIFY(zoe.email.startsWith(QLatin1String("zoe.orsted@")));
        QCOMPARE(firstNames(search(zoe.email.toUpper())), QStringList{QStringLiteral("Zoë")});
        QVERIFY(firstNames(search(zoe.cellphone)).contains(QStringLiteral("Zoë")));
        // The same person as in the conversations: her address is one a seeded conversation uses.
        bool inConversations = false;
        for (const Conversation &c : m_sandbox->conversations()) {
            for (const Participant &p : c.externalParticipants)
                inConversations = inConversations || p.identifier == zoe.email;
        }
        QVERIFY(inConversations);
    }

    void pagingFindsEveryoneOnce() {
        const qsizetype total = seededCount();
        QVERIFY(total >= 20);
        ContactQuery query;
        query.limit = 3;
        const QList<Contact> walked = walk(query);
        QCOMPARE(walked.size(), total);
        QSet<QString> ids;
        for (const Contact &c : walked)
            ids.insert(c.id);
        QCOMPARE(ids.size(), total);
        // The pages really were many: one request each.
        QVERIFY(m_sandbox->count("GET") >= int(total / 3));
        const ContactPage first = page(query);
        QCOMPARE(first.pagination.cursored, client().contactDialect().pagesByCursor());
        if (!first.pagination.cursored) {
            QCOMPARE(first.pagination.total, total);
            QCOMPARE(first.pagination.totalPages, int((total + 2) / 3));
        }
    }

    void ownerFilter() {
        const QList<Contact> all = search({});
        QString ownerId;
        for (const Contact &c : all)
            ownerId = ownerId.isEmpty() ? c.ownerId : ownerId;
        QVERIFY(!ownerId.isEmpty());
        int expected = 0;
        for (const Contact &c : all)
            expected += c.ownerId == ownerId;
        ContactQuery query;
        query.limit = 100;
        // Classic filters by the owner's id, Connect by the owner's email: the seeded owners are the
        // seeded agents, and the sandbox answers both.
        query.owner = client().contactDialect().ownerFilterName() == QLatin1String("ownerId")
                          ? ownerId
                          : QStringLiteral("ana.souza@bridge.example");
        const QList<Contact> owned = page(query).contacts;
        QVERIFY(!owned.isEmpty());
        for (const Contact &c : owned)
            QCOMPARE(c.ownerId, owned.first().ownerId);
        if (query.owner == ownerId)
            QCOMPARE(owned.size(), expected);
        QVERIFY(owned.size() < all.size());
    }

    void createShowsInListAndGet() {
        ContactDraft draft;
        draft.firstName = QStringLiteral("Renée");
        draft.lastName = QStringLiteral("Quist");
        draft.cellphone = QStringLiteral("+15559870001");
        draft.email = QStringLiteral("renee.quist@example.com");
        Outcome<Contact> created;
        client().createContact(draft, this, created.callback());
        const Contact contact = ok(created);
        QVERIFY(!contact.id.isEmpty());
        QCOMPARE(contact.firstName, draft.firstName);
        QCOMPARE(contact.cellphone, draft.cellphone);
        QCOMPARE(firstNames(search(QStringLiteral("quist"))), QStringList{QStringLiteral("Renée")});
        QCOMPARE(search(QStringLiteral("RENEE QUIST")).value(0).id, contact.id);
        if (client().contactDialect().supports(ContactOperation::Get)) {
            Outcome<Contact> got;
            client().contact(contact.id, this, got.callback());
            QCOMPARE(ok(got).id, contact.id);
        }
        // A second create with the same phone is refused by the server (a conflict, 409).
        Outcome<Contact> again;
        client().createContact(draft, this, again.callback());
        const Expected<Contact> refused = await(again);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 409);
        QCOMPARE(m_sandbox->count("POST"), 2); // never retried
    }

    void validationSendsNothing() {
        ContactDraft draft;
        draft.cellphone = QStringLiteral("+1 555 0100"); // spaces: not E.164
        Outcome<Contact> created;
        client().createContact(draft, this, created.callback());
        const Expected<Contact> result = await(created);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::InvalidInput);
        QVERIFY(result.error().detail.contains(QLatin1String("cellphone")));
        QCOMPARE(m_sandbox->server->receivedRequests().size(), 0);
    }

    void upsertByCellphone() {
        const ContactDialect &api = client().contactDialect();
        ContactDraft draft;
        draft.cellphone = search(QStringLiteral("bjorn")).value(0).cellphone;
        draft.email = QStringLiteral("bjorn@new.example");
        Outcome<Contact> upserted;
        client().upsertContact(draft, this, upserted.callback());
        if (!api.supports(ContactOperation::Upsert)) {
            const Expected<Contact> refused = await(upserted);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, ApiError::Kind::InvalidInput);
            QCOMPARE(m_sandbox->server->receivedRequests().size(), 1); // the search only
            return;
        }
        const Contact updated = ok(upserted);
        QCOMPARE(updated.firstName, QStringLiteral("Björn")); // the same person, updated
        QCOMPARE(updated.email, draft.email);
        QCOMPARE(search(QStringLiteral("bjorn")).size(), 1);
        // A new phone makes a new contact, PARTIAL without names.
        ContactDraft fresh;
        fresh.cellphone = QStringLiteral("+4930123456789");
        Outcome<Contact> created;
        client().upsertContact(fresh, this, created.callback());
        const Contact added = ok(created);
        QVERIFY(!added.id.isEmpty());
        QCOMPARE(added.type, ContactType::Partial);
        QCOMPARE(search(QStringLiteral("4930123456789")).value(0).id, added.id);
    }

    void updateChangesOnlyWhatIsGiven() {
        const Contact zoe = search(QStringLiteral("zoe")).value(0);
        ContactDraft change;
        change.lastName = QStringLiteral("Nørgaard");
        Outcome<Contact> updated;
        client().updateContact(zoe.id, change, this, updated.callback());
        const Contact after = ok(updated);
        QCOMPARE(after.lastName, change.lastName);
        QCOMPARE(after.firstName, zoe.firstName);
        QCOMPARE(after.email, zoe.email);
        QCOMPARE(firstNames(search(QStringLiteral("norgaard"))), QStringList{QStringLiteral("Zoë")});

        Outcome<Contact> missing;
        client().updateContact(QStringLiteral("no-such-contact"), change, this, missing.callback());
        const Expected<Contact> notFound = await(missing);
        QVERIFY(!notFound.ok());
        QCOMPARE(notFound.error().httpStatus, 404);
    }

    void deleteWhereThereIsOne() {
        const Contact zoe = search(QStringLiteral("zoe")).value(0);
        const int before = int(m_sandbox->server->receivedRequests().size());
        Outcome<bool> deleted;
        client().deleteContact(zoe.id, this, deleted.callback());
        const Expected<bool> result = await(deleted);
        if (!client().contactDialect().supports(ContactOperation::Delete)) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, ApiError::Kind::InvalidInput);
            QVERIFY(result.error().detail.contains(QLatin1String("cannot delete")));
            QCOMPARE(int(m_sandbox->server->receivedRequests().size()), before);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().line()));
        QVERIFY(search(QStringLiteral("zoe")).isEmpty());
        Outcome<bool> again;
        client().deleteContact(zoe.id, this, again.callback());
        const Expected<bool> gone = await(again);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().httpStatus, 404);
    }

    void partialOrNormal() {
        Outcome<QList<AttributeDefinition>> definitions;
        client().attributeDefinitions(this, definitions.callback());
        const QList<AttributeDefinition> defs = ok(definitions);
        const auto required = std::find_if(defs.cbegin(), defs.cend(), [](const AttributeDefinition &d) {
            return d.isRequired && !d.isArchived();
        });
        QVERIFY(required != defs.cend());
        QCOMPARE(required->category, AttributeDefinition::Category::Closed);
        QVERIFY(std::any_of(defs.cbegin(), defs.cend(), [](const AttributeDefinition &d) {
            return d.category == AttributeDefinition::Category::Open;
        }));
        const QList<Contact> all = search({});
        int partial = 0;
        int normal = 0;
        for (const Contact &c : all) {
            const bool hasRequired =
                std::any_of(c.attributes.cbegin(), c.attributes.cend(),
                            [&](const ContactAttribute &a) { return a.key == required->id; });
            const bool complete = hasRequired && !c.firstName.isEmpty() && !c.lastName.isEmpty() &&
                                  !c.email.isEmpty() && !c.cellphone.isEmpty();
            if (client().contactDialect().pagesByCursor()) // Connect answers carry the type
                QCOMPARE(c.type, complete ? ContactType::Normal : ContactType::Partial);
            else
                QCOMPARE(c.type, ContactType::Unknown);
            (complete ? normal : partial)++;
            // Every attribute of a seeded contact has a name and closed ones read as words.
            for (const NamedAttribute &a : nameAttributes(c.attributes, defs)) {
                QVERIFY(a.defined);
                QVERIFY(!a.values.isEmpty());
            }
        }
        QVERIFY(partial > 0);
        QVERIFY(normal > 0);
        const QList<NamedAttribute> zoe =
            nameAttributes(search(QStringLiteral("zoe")).value(0).attributes, defs);
        QVERIFY(std::any_of(zoe.cbegin(), zoe.cend(), [](const NamedAttribute &a) {
            return a.name == QLatin1String("Plan") &&
                   QStringList{QStringLiteral("Free"), QStringLiteral("Pro"), QStringLiteral("Enterprise")}
                       .contains(a.values.value(0));
        }));

        // Giving the required attribute (and the missing names) makes a PARTIAL contact NORMAL.
        if (!client().contactDialect().pagesByCursor())
            return;
        const auto partialContact = std::find_if(all.cbegin(), all.cend(), [](const Contact &c) {
            return c.type == ContactType::Partial && !c.lastName.isEmpty();
        });
        QVERIFY(partialContact != all.cend());
        ContactDraft change;
        change.attributes = {{required->id, required->category, {required->closedValues.value(0).id}}};
        Outcome<Contact> updated;
        client().updateContact(partialContact->id, change, this, updated.callback());
        QCOMPARE(ok(updated).type, ContactType::Normal);
    }

    void postsAreNeverRetriedGetsAre() {
        ContactDraft draft;
        draft.firstName = QStringLiteral("Iris");
        draft.lastName = QStringLiteral("Vale");
        draft.cellphone = QStringLiteral("+15559870002");
        m_sandbox->server->failNext(1, 503);
        Outcome<Contact> created;
        client().createContact(draft, this, created.callback());
        const Expected<Contact> failed = await(created);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().httpStatus, 503);
        QCOMPARE(m_sandbox->count("POST"), 1); // may or may not have been created: never sent twice

        m_sandbox->server->failNext(1, 503);
        ContactQuery query;
        query.search = QStringLiteral("zoe");
        QCOMPARE(page(query).contacts.size(), 1);
        QCOMPARE(m_sandbox->count("GET"), 2); // a list is read again after a 503
    }

    void authenticatedAsTheConversations() {
        // A wrong secret (classic: the signing key; Connect: the API key) is refused on every contacts
        // route, as on the conversations.
        ClientOptions wrong = client().options();
        wrong.secret = QByteArrayLiteral("not-the-right-secret-0123456789");
        client().setOptions(wrong);
        Outcome<ContactPage> list;
        client().contacts({}, this, list.callback());
        const Expected<ContactPage> refused = await(list);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 401);
        Outcome<QList<AttributeDefinition>> definitions;
        client().attributeDefinitions(this, definitions.callback());
        const Expected<QList<AttributeDefinition>> alsoRefused = await(definitions);
        QVERIFY(!alsoRefused.ok());
        QCOMPARE(alsoRefused.error().httpStatus, 401);
    }

    void cursorBelongsToItsSearch() {
        if (!client().contactDialect().pagesByCursor())
            return; // numbered pages have no cursor
        ContactQuery query;
        query.limit = 2;
        const ContactPage first = page(query);
        QVERIFY(first.pagination.hasNext());
        ContactQuery other = query.withPage(2, first.pagination.nextCursor);
        other.search = QStringLiteral("a");
        Outcome<ContactPage> refused;
        client().contacts(other, this, refused.callback());
        const Expected<ContactPage> result = await(refused);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 400);
    }

    void cancelledSearchIsNeverHeard() {
        m_sandbox->server->setLatencyMs(300);
        bool heard = false;
        ContactQuery query;
        query.search = QStringLiteral("zoe");
        CallHandle handle =
            client().contacts(query, this, [&heard](const Expected<ContactPage> &) { heard = true; });
        QVERIFY(handle.isRunning());
        handle.cancel();
        QVERIFY(!handle.isRunning());
        // A later search on the same delay: once it is answered, the cancelled one would have been.
        Outcome<ContactPage> later;
        client().contacts(query, this, later.callback());
        QCOMPARE(ok(later).contacts.size(), 1);
        QVERIFY(!heard);
    }
};

QTEST_MAIN(TestContactClient)
#include "tst_contactclient.moc"
