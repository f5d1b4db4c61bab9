// The composer's memory for a session, without widgets: a draft per conversation (dropped once it
// is back to nothing), and the messages sent per conversation, newest first.
#include "messagedrafts.h"
#include "sentmessagelog.h"

#include <QTest>

using bridge::Attachment;
using bridge::MessageDrafts;
using bridge::OutgoingMessage;
using bridge::SentMessageLog;

class TestMessageDrafts : public QObject {
    Q_OBJECT

private slots:
    void draftPerConversation();
    void untouchedDraftIsDropped();
    void sentNewestFirstPerConversation();
};

namespace {

OutgoingMessage message(const QString &conversationId, const QString &text) {
    OutgoingMessage m;
    m.conversationId = conversationId;
    m.text = text;
    return m;
}

} // namespace

void TestMessageDrafts::draftPerConversation() {
    MessageDrafts drafts;
    QCOMPARE(drafts.draft(QStringLiteral("a")), message(QStringLiteral("a"), {}));
    OutgoingMessage a = message(QStringLiteral("a"), QStringLiteral("Hello"));
    a.attachments.append(Attachment{QStringLiteral("/tmp/x.pdf"), QStringLiteral("x.pdf"),
                                    QStringLiteral("application/pdf"), bridge::FileType::Document, 10});
    drafts.keep(a);
    OutgoingMessage b = message(QStringLiteral("b"), QStringLiteral("A note"));
    b.audience = OutgoingMessage::Audience::InternalNote;
    drafts.keep(b);
    QCOMPARE(drafts.draft(QStringLiteral("a")), a);
    QCOMPARE(drafts.draft(QStringLiteral("b")), b);
    drafts.clear(QStringLiteral("a"));
    QVERIFY(!drafts.has(QStringLiteral("a")));
    QCOMPARE(drafts.draft(QStringLiteral("a")).text, QString());
    QCOMPARE(drafts.draft(QStringLiteral("b")), b);
}

void TestMessageDrafts::untouchedDraftIsDropped() {
    MessageDrafts drafts;
    drafts.keep(message(QStringLiteral("a"), QStringLiteral("x")));
    QVERIFY(drafts.has(QStringLiteral("a")));
    drafts.keep(message(QStringLiteral("a"), {})); // the agent deleted the text
    QVERIFY(!drafts.has(QStringLiteral("a")));
    OutgoingMessage note = message(QStringLiteral("a"), {});
    note.audience = OutgoingMessage::Audience::InternalNote; // a choice made is kept
    drafts.keep(note);
    QVERIFY(drafts.has(QStringLiteral("a")));
    QCOMPARE(drafts.draft(QStringLiteral("a")).audience, OutgoingMessage::Audience::InternalNote);
}

void TestMessageDrafts::sentNewestFirstPerConversation() {
    SentMessageLog log;
    QVERIFY(log.records(QStringLiteral("a")).isEmpty());
    const QDateTime first(QDate(2026, 12, 5), QTime(10, 0));
    OutgoingMessage one = message(QStringLiteral("a"), QStringLiteral("First"));
    one.attachments.append(Attachment{QStringLiteral("/tmp/r.pdf"), QStringLiteral("r.pdf"),
                                      QStringLiteral("application/pdf"), bridge::FileType::Document, 10});
    log.add(one, {QStringLiteral("m1"), QStringLiteral("bridge"), {QStringLiteral("media1")}}, first);
    OutgoingMessage two = message(QStringLiteral("a"), QStringLiteral("Second"));
    two.audience = OutgoingMessage::Audience::InternalNote;
    log.add(two, {QStringLiteral("m2"), QStringLiteral("bridge"), {}}, first.addSecs(60));
    log.add(message(QStringLiteral("b"), QStringLiteral("Elsewhere")), {QStringLiteral("m3"), {}, {}}, first);

    const QList<bridge::SentRecord> records = log.records(QStringLiteral("a"));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).messageId, QStringLiteral("m2"));
    QCOMPARE(records.at(0).audience, OutgoingMessage::Audience::InternalNote);
    QCOMPARE(records.at(0).sentAt, first.addSecs(60));
    QCOMPARE(records.at(1).messageId, QStringLiteral("m1"));
    QCOMPARE(records.at(1).text, QStringLiteral("First"));
    QCOMPARE(records.at(1).attachmentNames, QStringList{QStringLiteral("r.pdf")});
    QCOMPARE(log.records(QStringLiteral("b")).size(), 1);
}

QTEST_GUILESS_MAIN(TestMessageDrafts)
#include "tst_messagedrafts.moc"
