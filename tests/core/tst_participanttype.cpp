// Wire strings, type detection and the identifier syntax checks every input path uses.
#include "participanttype.h"

#include <QTest>

using namespace bridge;

Q_DECLARE_METATYPE(bridge::ParticipantType)

class TestParticipantType : public QObject {
    Q_OBJECT
private slots:
    void wireStrings() {
        QCOMPARE(toWireString(ParticipantType::Email), QStringLiteral("email"));
        QCOMPARE(toWireString(ParticipantType::Phone), QStringLiteral("phone"));
        QCOMPARE(toWireString(ParticipantType::Unspecified), QString());
        QCOMPARE(participantTypeFromWire(QStringLiteral("email")), ParticipantType::Email);
        QCOMPARE(participantTypeFromWire(QStringLiteral("phone")), ParticipantType::Phone);
        QCOMPARE(toWireString(ParticipantType::Id), QStringLiteral("id"));
        // Either generation's spelling: classic sends "email", Connect "EMAIL".
        QCOMPARE(participantTypeFromWire(QStringLiteral("EMAIL")), ParticipantType::Email);
        QCOMPARE(participantTypeFromWire(QStringLiteral("PHONE")), ParticipantType::Phone);
        QCOMPARE(participantTypeFromWire(QStringLiteral("ID")), ParticipantType::Id);
        QCOMPARE(participantTypeFromWire(QStringLiteral("fax")), ParticipantType::Unspecified);
        QCOMPARE(participantTypeFromWire(QString()), ParticipantType::Unspecified);
    }

    void detection() {
        QCOMPARE(detectParticipantType(QStringLiteral("john.doe@example.com")), ParticipantType::Email);
        QCOMPARE(detectParticipantType(QStringLiteral("@")), ParticipantType::Email);
        QCOMPARE(detectParticipantType(QStringLiteral("+1-555-123-4567")), ParticipantType::Phone);
        QCOMPARE(detectParticipantType(QStringLiteral("0044 20 7946 0958")), ParticipantType::Phone);
        QCOMPARE(detectParticipantType(QStringLiteral("(555) 123-4567")), ParticipantType::Id);
        // Neither an address nor a number: an ID (a Bridge user or contact id in Connect).
        QCOMPARE(detectParticipantType(QStringLiteral("john")), ParticipantType::Id);
        QCOMPARE(detectParticipantType(QStringLiteral("3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f")),
                 ParticipantType::Id);
        QCOMPARE(detectParticipantType(QStringLiteral("+1 555 abc")), ParticipantType::Id);
    }

    //! A text typed without choosing a type fits a kind only when it has that kind's shape: a name
    //! typed in the hope of a search fits none, and is told the API has no partial search.
    void fitsOneOfTheKindsOffered_data() {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<bool>("classic");
        QTest::addColumn<bool>("connect");
        const QString uuid = QStringLiteral("3f2c1a9e-8b7d-4c6e-9f10-2a3B4C5D6E7F");
        QTest::newRow("email") << QStringLiteral("zoe@example.com") << true << true;
        QTest::newRow("phone") << QStringLiteral("+15550100001") << true << true;
        QTest::newRow("phone without +, still a phone") << QStringLiteral("5551234") << true << true;
        QTest::newRow("uuid") << uuid << false << true;
        QTest::newRow("uuid with spaces around") << QStringLiteral("  %1 ").arg(uuid) << false << true;
        QTest::newRow("name") << QStringLiteral("zoe") << false << false;
        QTest::newRow("uuid one short") << uuid.chopped(1) << false << false;
        QTest::newRow("uuid without dashes") << QString(uuid).remove(QLatin1Char('-')) << false << false;
        QTest::newRow("uuid with a g") << QString(uuid).replace(0, 1, QLatin1Char('g')) << false << false;
        QTest::newRow("uuid, dash moved")
            << QString(uuid).replace(8, 2, QStringLiteral("8-")) << false << false;
    }

    void fitsOneOfTheKindsOffered() {
        QFETCH(QString, identifier);
        QFETCH(bool, classic);
        QFETCH(bool, connect);
        const QList<ParticipantType> classicTypes{ParticipantType::Email, ParticipantType::Phone};
        const QList<ParticipantType> connectTypes{ParticipantType::Email, ParticipantType::Phone,
                                                  ParticipantType::Id};
        QCOMPARE(fitsOneOf(identifier, classicTypes), classic);
        QCOMPARE(fitsOneOf(identifier, connectTypes), connect);
    }

    void noneOfNamesTheKindsOffered() {
        using T = ParticipantType;
        QCOMPARE(
            noneOfProblem({T::Email, T::Phone}),
            QStringLiteral("Needs an exact email address or +phone number — the API has no partial search."));
        QCOMPARE(noneOfProblem({T::Email, T::Phone, T::Id}),
                 QStringLiteral("Needs an exact email address, +phone number or ID — the API has no partial "
                                "search."));
        QCOMPARE(noneOfProblem({T::Email, T::Id}),
                 QStringLiteral("Needs an exact email address or ID — the API has no partial search."));
        // A Connect agent typed as a phone number is none of the agent's kinds.
        QVERIFY(!fitsOneOf(QStringLiteral("+15550100001"), {T::Email, T::Id}));
    }

    void problems_data() {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<ParticipantType>("type");
        QTest::addColumn<QString>("expected");

        const auto E = ParticipantType::Email;
        const auto P = ParticipantType::Phone;
        const QString ok;
        const QString badForm =
            QStringLiteral("The email address needs a domain with a dot after the @, like example.com.");
        const QString intl = QStringLiteral(
            "Enter the phone number in international form, starting with + and the country code.");
        const QString digits = QStringLiteral("The phone number must have 8 to 15 digits after the +.");

        QTest::newRow("email ok") << QStringLiteral("john.doe@example.com") << E << ok;
        QTest::newRow("email with + tag ok") << QStringLiteral("john+support@example.co.uk") << E << ok;
        QTest::newRow("email non-ASCII ok") << QStringLiteral("jos\u00e9@exampl\u00e9.fr") << E << ok;
        QTest::newRow("email empty") << QString() << E << QStringLiteral("The email address is required.");
        QTest::newRow("email leading space")
            << QStringLiteral(" a@b.co") << E
            << QStringLiteral("The email address has spaces at the start or end.");
        QTest::newRow("email trailing newline")
            << QStringLiteral("a@b.co\n") << E
            << QStringLiteral("The email address has spaces at the start or end.");
        QTest::newRow("email inner space") << QStringLiteral("a@exa mple.com") << E
                                           << QStringLiteral("The email address must not contain spaces.");
        QTest::newRow("email control char")
            << QStringLiteral("a\u0001@b.co") << E
            << QStringLiteral("The email address contains control characters such as line breaks or tabs.");
        QTest::newRow("email no @")
            << QStringLiteral("john.example.com") << E
            << QStringLiteral("The email address must contain exactly one @, like name@example.com.");
        QTest::newRow("email two @")
            << QStringLiteral("a@b@c.com") << E
            << QStringLiteral("The email address must contain exactly one @, like name@example.com.");
        QTest::newRow("email no local part")
            << QStringLiteral("@example.com") << E
            << QStringLiteral("The email address needs a name before the @, like name@example.com.");
        QTest::newRow("email no dot in domain") << QStringLiteral("a@localhost") << E << badForm;
        QTest::newRow("email empty domain") << QStringLiteral("a@") << E << badForm;
        QTest::newRow("email domain ends with dot") << QStringLiteral("a@example.") << E << badForm;
        QTest::newRow("email domain double dot") << QStringLiteral("a@example..com") << E << badForm;
        QTest::newRow("email 254 chars ok")
            << (QString(64, u'a') + QLatin1Char('@') + QString(185, u'b') + QStringLiteral(".com")) << E
            << ok;
        QTest::newRow("email 255 chars")
            << (QString(64, u'a') + QLatin1Char('@') + QString(186, u'b') + QStringLiteral(".com")) << E
            << QStringLiteral("The email address is longer than 254 characters.");

        QTest::newRow("phone dashes ok") << QStringLiteral("+1-555-123-4567") << P << ok;
        QTest::newRow("phone spaces and parens ok") << QStringLiteral("+44 (20) 7946.0958") << P << ok;
        QTest::newRow("phone 8 digits ok") << QStringLiteral("+12345678") << P << ok;
        QTest::newRow("phone 15 digits ok") << QStringLiteral("+123456789012345") << P << ok;
        QTest::newRow("phone empty") << QString() << P << QStringLiteral("The phone number is required.");
        QTest::newRow("phone no plus") << QStringLiteral("555-123-4567") << P << intl;
        QTest::newRow("phone 00 prefix") << QStringLiteral("0044 20 7946 0958") << P << intl;
        QTest::newRow("phone 7 digits") << QStringLiteral("+1234567") << P << digits;
        QTest::newRow("phone 16 digits") << QStringLiteral("+1234567890123456") << P << digits;
        QTest::newRow("phone only plus") << QStringLiteral("+") << P << digits;
        QTest::newRow("phone letters")
            << QStringLiteral("+1-555-CALL-NOW") << P
            << QStringLiteral("The phone number may contain only digits, spaces and - . ( ) after the +.");
        QTest::newRow("phone second plus")
            << QStringLiteral("+1+5551234567") << P
            << QStringLiteral("The phone number may contain only digits, spaces and - . ( ) after the +.");
        QTest::newRow("phone Arabic-Indic digits")
            << QStringLiteral("+\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669") << P
            << QStringLiteral("The phone number may contain only digits, spaces and - . ( ) after the +.");
        QTest::newRow("phone trailing space")
            << QStringLiteral("+15551234567 ") << P
            << QStringLiteral("The phone number has spaces at the start or end.");
        QTest::newRow("phone tab inside")
            << QStringLiteral("+1555\t1234567") << P
            << QStringLiteral("The phone number contains control characters such as line breaks or tabs.");
        QTest::newRow("email checked as phone") << QStringLiteral("a@b.co") << P << intl;
        QTest::newRow("unspecified type")
            << QStringLiteral("a@b.co") << ParticipantType::Unspecified
            << QStringLiteral("Choose whether this is an email address or a phone number.");
    }

    void problems() {
        QFETCH(QString, identifier);
        QFETCH(ParticipantType, type);
        QFETCH(QString, expected);
        QCOMPARE(identifierProblem(identifier, type), expected);
        if (type == ParticipantType::Email)
            QCOMPARE(emailProblem(identifier), expected);
        if (type == ParticipantType::Phone)
            QCOMPARE(phoneProblem(identifier), expected);
    }

    void controlCharacters() {
        QVERIFY(!containsControlCharacter(u"Jos\u00e9 \u738b"));
        QVERIFY(containsControlCharacter(u"a\nb"));
        QVERIFY(containsControlCharacter(u"a\u007fb"));
        QVERIFY(containsControlCharacter(u"a\u0085b"));
        QVERIFY(containsControlCharacter(u"a\u2028b"));
    }
};

QTEST_GUILESS_MAIN(TestParticipantType)
#include "tst_participanttype.moc"
