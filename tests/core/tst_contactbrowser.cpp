// ContactBrowser and ContactSuggester: the completion rules offline, and the browser's search,
// debounce and paging against the in-process sandbox over loopback, both generations.
#include "contactbrowser.h"
#include "contactdialect.h"
#include "contactsuggester.h"
#include "contacttablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace bridge;
using bridge::sandbox::SandboxConfig;

class TestContactBrowser : public QObject {
    Q_OBJECT

    static QStringList searches(const testing::Sandbox &s) {
        QStringList out;
        const auto all = s.server->receivedRequests();
        for (const auto &r : all) {
            if (r.method == "GET" && r.path.endsWith("/contacts"))
                out.append(QUrlQuery(QString::fromUtf8(r.rawQuery))
                               .queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded));
        }
        return out;
    }

private slots:
    void folded() {
        QCOMPARE(ContactSuggester::folded(QStringLiteral("Zoë Ørsted")), QStringLiteral("zoe orsted"));
        QCOMPARE(ContactSuggester::folded(QStringLiteral("Łukasz")), QStringLiteral("lukasz"));
    }

    void fromContact() {
        Contact c;
        c.id = QStringLiteral("3f2b");
        c.firstName = QStringLiteral("Zoë");
        c.lastName = QStringLiteral("Ørsted");
        c.email = QStringLiteral("zoe@example.com");
        c.cellphone = QStringLiteral("+447700900123");
        const QList<ParticipantType> emailPhone{ParticipantType::Email, ParticipantType::Phone};
        auto s = ContactSuggester::fromContact(c, emailPhone, QStringLiteral("zoe"));
        QVERIFY(s);
        QCOMPARE(s->ref, ParticipantRef(c.email, ParticipantType::Email));
        QCOMPARE(s->text(), QStringLiteral("Zoë Ørsted · zoe@example.com · +447700900123"));
        // Digits typed that are in the phone: the phone.
        s = ContactSuggester::fromContact(c, emailPhone, QStringLiteral("7700"));
        QCOMPARE(s->ref, ParticipantRef(c.cellphone, ParticipantType::Phone));
        // Agents on Connect (Email, Id): no phone; without an email, the id.
        c.email.clear();
        s = ContactSuggester::fromContact(c, {ParticipantType::Email, ParticipantType::Id},
                                          QStringLiteral("zoe"));
        QCOMPARE(s->ref, ParticipantRef(c.id, ParticipantType::Id));
        QVERIFY(!ContactSuggester::fromContact(c, {ParticipantType::Email}, QStringLiteral("zoe")));
    }

    void seenCustomers() {
        Conversation a;
        a.externalParticipants = {{QStringLiteral("Ann@example.com"), QStringLiteral("email"), {}, {}, {}},
                                  {QStringLiteral("+15550100001"), QStringLiteral("phone"), {}, {}, {}}};
        Conversation b;
        b.externalParticipants = {{QStringLiteral("ann@example.com"), QStringLiteral("EMAIL"), {}, {}, {}}};
        const auto seen = ContactSuggester::seenCustomers({a, b});
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).type, ParticipantType::Email);
        QCOMPARE(seen.at(1).type, ParticipantType::Phone);
    }

    void debouncedSearch_data() {
        QTest::addColumn<SandboxConfig::Api>("api");
        QTest::newRow("classic") << SandboxConfig::Api::Classic;
        QTest::newRow("connect") << SandboxConfig::Api::Connect;
    }
    void debouncedSearch() {
        QFETCH(SandboxConfig::Api, api);
        testing::Sandbox s(SandboxConfig::forApi(api));
        ContactBrowser browser(s.client.get());
        QAbstractItemModelTester tester(browser.model());
        QSignalSpy shown(&browser, &ContactBrowser::pageShown);
        browser.setSearchText(QStringLiteral("z"));
        browser.setSearchText(QStringLiteral("zo"));
        browser.setSearchText(QStringLiteral("zoe"));
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(searches(s), QStringList{QStringLiteral("zoe")});
        QCOMPARE(browser.model()->rowCount(), 1);
        QCOMPARE(browser.model()->contacts().first().displayName(), QStringLiteral("Zoë Ørsted"));
        QCOMPARE(browser.model()->hasTypes(), s.client->contactDialect().pagesByCursor());
    }

    void suggesterLastTextWins_data() { debouncedSearch_data(); }
    void suggesterLastTextWins() {
        QFETCH(SandboxConfig::Api, api);
        testing::Sandbox s(SandboxConfig::forApi(api));
        ContactSuggester suggester(s.client.get(), s.client->dialect().customerTypes());
        suggester.setKnown({{QStringLiteral("zoe.old@example.org"), ParticipantType::Email}});
        QSignalSpy changed(&suggester, &ContactSuggester::suggestionsChanged);
        suggester.setText(QStringLiteral("zo"));
        QCOMPARE(suggester.suggestions().size(), 1); // the known one, at once
        suggester.setText(QStringLiteral("zoe"));
        QTRY_VERIFY(suggester.suggestions().size() == 2);
        QCOMPARE(suggester.suggestions().first().name, QStringLiteral("Zoë Ørsted"));
        QCOMPARE(searches(s), QStringList{QStringLiteral("zoe")});
    }
};

QTEST_MAIN(TestContactBrowser)
#include "tst_contactbrowser.moc"
