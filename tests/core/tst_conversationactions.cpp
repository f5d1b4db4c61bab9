// ConversationActions against the sandbox: the optimistic change, the server's answer, the rollback.
#include "conversationactions.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace bridge;
using testing::Sandbox;

class TestConversationActions : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<ConversationTableModel> m_model;

    //! The first 20 server conversations with the given status, loaded into the model.
    QString loadAndPick(const QString &status) {
        const QList<Conversation> all = m_sandbox->conversations();
        m_model->setConversations(all.mid(0, 20));
        for (const Conversation &c : all.mid(0, 20)) {
            if (c.status.raw() == status)
                return c.id;
        }
        return {};
    }

private slots:
    void init() {
        m_sandbox = std::make_unique<Sandbox>();
        m_model = std::make_unique<ConversationTableModel>();
        new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_model.get());
    }
    void cleanup() {
        m_model.reset();
        m_sandbox.reset();
    }

    void archiveShowsAtOnceThenTheServersAnswer() {
        const QString id = loadAndPick(QStringLiteral("active"));
        QVERIFY(!id.isEmpty());
        const int row = m_model->rowOf(id);
        const QDateTime updatedBefore = m_model->conversationAt(row)->updatedAt;
        ConversationActions actions(m_sandbox->client.get(), m_model.get());
        QSignalSpy finished(&actions, &ConversationActions::actionFinished);
        QVERIFY(actions.archive(id));
        QCOMPARE(m_model->conversationAt(row)->status.raw(), QStringLiteral("archived")); // before any answer
        QVERIFY(actions.isRunning(id));
        QVERIFY(!actions.archive(id)); // one action per id at a time

        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), id);
        QVERIFY(finished.at(0).at(1).toBool());
        QCOMPARE(m_sandbox->find(id)->status.raw(), QStringLiteral("archived"));
        QCOMPARE(*m_model->conversationAt(m_model->rowOf(id)), *m_sandbox->find(id));
        QVERIFY(m_model->conversationAt(m_model->rowOf(id))->updatedAt > updatedBefore);
        QCOMPARE(m_sandbox->count("PATCH"), 1);
    }

    //! People added and removed show on the row at once, then as the server has them.
    void peopleShowAtOnceThenTheServersAnswer() {
        const QString id = loadAndPick(QStringLiteral("active"));
        QVERIFY(!id.isEmpty());
        const int row = m_model->rowOf(id);
        const Conversation before = *m_model->conversationAt(row);
        QVERIFY(!before.externalParticipants.isEmpty());
        const QString customer = before.externalParticipants.first().identifier;
        ConversationUpdate update;
        update.addAgents = {{QStringLiteral("added.agent@example.com"), ParticipantType::Email}};
        update.removeCustomers = {
            {customer, participantTypeFromWire(before.externalParticipants.first().type)}};
        update.addCustomers = {{QStringLiteral("+15550009999"), ParticipantType::Phone}};
        ConversationActions actions(m_sandbox->client.get(), m_model.get());
        QSignalSpy finished(&actions, &ConversationActions::actionFinished);
        QVERIFY(actions.apply(id, update));
        const auto ids = [](const QList<Participant> &people) {
            QStringList out;
            for (const Participant &p : people)
                out << p.identifier;
            return out;
        };
        const Conversation optimistic = *m_model->conversationAt(row); // before any answer
        QVERIFY(ids(optimistic.internalParticipants).contains(QStringLiteral("added.agent@example.com")));
        QVERIFY(!ids(optimistic.externalParticipants).contains(customer));
        QVERIFY(ids(optimistic.externalParticipants).contains(QStringLiteral("+15550009999")));

        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).value<ApiError>().line()));
        QCOMPARE(*m_model->conversationAt(m_model->rowOf(id)), *m_sandbox->find(id));
        // (The classic sandbox keeps customers only: the agent shows until the answer says otherwise.)
        QVERIFY(ids(m_sandbox->find(id)->externalParticipants).contains(QStringLiteral("+15550009999")));
        QVERIFY(!ids(m_sandbox->find(id)->externalParticipants).contains(customer));
        QCOMPARE(m_sandbox->count("PATCH"), 1);
    }

    void refusedArchiveRollsBackToTheServersState_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("409") << 409;
    }
    void refusedArchiveRollsBackToTheServersState() {
        QFETCH(int, status);
        const QString id = loadAndPick(QStringLiteral("active"));
        const Conversation serverBefore = *m_sandbox->find(id);
        ConversationActions actions(m_sandbox->client.get(), m_model.get());
        QSignalSpy finished(&actions, &ConversationActions::actionFinished);
        QSignalSpy updated(&actions, &ConversationActions::conversationUpdated);
        m_sandbox->server->failNext(1, status);
        QVERIFY(actions.archive(id));
        QCOMPARE(m_model->conversationAt(m_model->rowOf(id))->status.raw(), QStringLiteral("archived"));

        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(1).toBool());
        const auto error = finished.at(0).at(2).value<ApiError>();
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.method, QStringLiteral("PATCH"));
        QCOMPARE(*m_model->conversationAt(m_model->rowOf(id)), serverBefore);
        QCOMPARE(*m_sandbox->find(id), serverBefore);
        QCOMPARE(updated.size(), 0);
        QCOMPARE(m_sandbox->count("PATCH"), 1); // never re-sent
        QCOMPARE(m_sandbox->count("GET"), 1);   // the re-fetch
    }

    void rollbackUsesTheRefetchedConversation() {
        // Someone else renamed it meanwhile: the row rolls back to that, not to the stale copy.
        const QString id = loadAndPick(QStringLiteral("active"));
        ConversationActions other(m_sandbox->client.get(), nullptr);
        QSignalSpy otherDone(&other, &ConversationActions::actionFinished);
        QVERIFY(other.rename(id, QStringLiteral("Renamed elsewhere")));
        QTRY_COMPARE(otherDone.size(), 1);
        QVERIFY(m_model->conversationAt(m_model->rowOf(id))->name != QStringLiteral("Renamed elsewhere"));

        ConversationActions actions(m_sandbox->client.get(), m_model.get());
        QSignalSpy finished(&actions, &ConversationActions::actionFinished);
        m_sandbox->server->failNext(1, 500);
        QVERIFY(actions.archive(id));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_model->conversationAt(m_model->rowOf(id))->name, QStringLiteral("Renamed elsewhere"));
        QCOMPARE(m_model->conversationAt(m_model->rowOf(id))->status.raw(), QStringLiteral("active"));
    }

    void rollbackFallsBackToTheCopyWhenTheRefetchFails() {
        const QString id = loadAndPick(QStringLiteral("active"));
        const Conversation before = *m_model->conversationAt(m_model->rowOf(id));
        ConversationActions actions(m_sandbox->client.get(), m_model.get());
        QSignalSpy finished(&actions, &ConversationActions::actionFinished);
        m_sandbox->server->failNext(1 + 4, 500); // the PATCH, then the GET and its 3 retries
        QVERIFY(actions.archive(id));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(*m_model->conversationAt(m_model->rowOf(id)), before);
    }

    void renameAndReactivate() {
        const QString id = loadAndPick(QStringLiteral("archived"));
        QVERIFY(!id.isEmpty());
        ConversationActions actions(m_sandbox->client.get(), m_model.get());
        QSignalSpy finished(&actions, &ConversationActions::actionFinished);
        QVERIFY(actions.reactivate(id));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(actions.rename(id, QStringLiteral("Ünïcode name")));
        QCOMPARE(m_model->conversationAt(m_model->rowOf(id))->name, QStringLiteral("Ünïcode name"));
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(finished.at(1).at(1).toBool());
        const Conversation server = *m_sandbox->find(id);
        QCOMPARE(server.status.raw(), QStringLiteral("active"));
        QCOMPARE(server.name, QStringLiteral("Ünïcode name"));
    }

    void invalidActionsSendNothing() {
        const QString id = loadAndPick(QStringLiteral("active"));
        ConversationActions actions(m_sandbox->client.get(), m_model.get());
        QVERIFY(!actions.rename(id, QString(300, QLatin1Char('x'))));
        QVERIFY(!actions.apply(id, ConversationUpdate{}));
        QVERIFY(!actions.archive(QString()));
        QTest::qWait(50);
        QCOMPARE(m_sandbox->count("PATCH"), 0);
    }

    void actionOnAConversationNotShownStillRuns() {
        const QList<Conversation> all = m_sandbox->conversations();
        m_model->setConversations(all.mid(0, 20));
        const QString id = all.at(100).id;
        ConversationActions actions(m_sandbox->client.get(), m_model.get());
        QSignalSpy finished(&actions, &ConversationActions::actionFinished);
        QSignalSpy updated(&actions, &ConversationActions::conversationUpdated);
        QVERIFY(actions.rename(id, QStringLiteral("Off page")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(0).value<Conversation>().name, QStringLiteral("Off page"));
    }

    void cancelledActionNeverReports() {
        const QString id = loadAndPick(QStringLiteral("active"));
        m_sandbox->server->setLatencyMs(300);
        auto actions = std::make_unique<ConversationActions>(m_sandbox->client.get(), m_model.get());
        QSignalSpy finished(actions.get(), &ConversationActions::actionFinished);
        QVERIFY(actions->archive(id));
        actions->cancelAll();
        QVERIFY(!actions->isRunning(id));
        QTest::qWait(600);
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConversationActions)
#include "tst_conversationactions.moc"
