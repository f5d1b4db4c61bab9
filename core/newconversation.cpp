#include "newconversation.h"

#include "statusvocabulary.h"

#include <QCoreApplication>
#include <QSet>

namespace bridge {

namespace {

// Messages for people: in the user's language when the application installed a translator.
struct NewConversationText {
    Q_DECLARE_TR_FUNCTIONS(bridge::NewConversation)
};

//! The form two entries are compared in to find a participant named twice.
QString duplicateKey(const ParticipantRef &participant) {
    if (participant.type == ParticipantType::Phone) {
        QString digits;
        for (QChar c : participant.identifier) {
            if (c >= u'0' && c <= u'9')
                digits += c;
        }
        return QStringLiteral("phone:") + digits;
    }
    return toWireString(participant.type) + QLatin1Char(':') + participant.identifier.toCaseFolded();
}

QString teamIdProblem(const QString &teamId) {
    if (teamId.trimmed().isEmpty())
        return NewConversationText::tr("Choose the team the conversation is assigned to.");
    if (teamId.front().isSpace() || teamId.back().isSpace())
        return NewConversationText::tr("The team id has spaces at the start or end.");
    if (containsControlCharacter(teamId))
        return NewConversationText::tr("The team id contains control characters.");
    return QString();
}

} // namespace

QString conversationNameProblem(const QString &name) {
    if (name.isEmpty())
        return QString();
    if (containsControlCharacter(name))
        return NewConversationText::tr(
            "The name cannot contain control characters such as line breaks or tabs.");
    if (name.trimmed().isEmpty())
        return NewConversationText::tr("The name is only spaces: leave it empty for no name.");
    if (QStringView(name).toUcs4().size() > NewConversation::MaxNameLength) {
        return NewConversationText::tr("The name can be at most %1 characters long.")
            .arg(NewConversation::MaxNameLength);
    }
    return QString();
}

FieldErrors participantListProblems(const QList<ParticipantRef> &participants, const QString &field) {
    FieldErrors errors;
    QSet<QString> seen;
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const ParticipantRef &participant = participants.at(i);
        const QString item = field + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (participant.type == ParticipantType::Unspecified) {
            errors.append(
                {item + QStringLiteral(".type"),
                 NewConversationText::tr("Choose whether this is an email address or a phone number.")});
            continue;
        }
        const QString problem = identifierProblem(participant.identifier, participant.type);
        if (!problem.isEmpty()) {
            errors.append({item + QStringLiteral(".identifier"), problem});
            continue;
        }
        const QString key = duplicateKey(participant);
        if (seen.contains(key)) {
            errors.append({item + QStringLiteral(".identifier"),
                           NewConversationText::tr("%1 appears twice.").arg(participant.identifier)});
        }
        seen.insert(key);
    }
    return errors;
}

void appendJsonString(QByteArray &out, const QString &text) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0x0f];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendJsonParticipants(QByteArray &out, const QList<ParticipantRef> &participants) {
    out += '[';
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const ParticipantRef &participant = participants.at(i);
        if (i > 0)
            out += ',';
        out += "{\"identifier\":";
        appendJsonString(out, participant.identifier);
        if (participant.type != ParticipantType::Unspecified) {
            out += ",\"type\":";
            appendJsonString(out, toWireString(participant.type));
        }
        out += '}';
    }
    out += ']';
}

FieldErrors NewConversation::validate(const StatusVocabulary &statuses) const {
    FieldErrors errors;
    if (externalParticipants.isEmpty()) {
        errors.append({QStringLiteral("externalParticipants"),
                       NewConversationText::tr("Add at least one external participant.")});
    }
    errors += participantListProblems(externalParticipants, QStringLiteral("externalParticipants"));

    switch (assignment) {
    case Assignment::None:
        break;
    case Assignment::Agents:
        if (internalParticipants.isEmpty()) {
            errors.append({QStringLiteral("internalParticipants"),
                           NewConversationText::tr("Add at least one agent, or choose another assignment.")});
        }
        errors += participantListProblems(internalParticipants, QStringLiteral("internalParticipants"));
        break;
    case Assignment::Team:
        if (const QString problem = teamIdProblem(teamId); !problem.isEmpty())
            errors.append({QStringLiteral("teamId"), problem});
        break;
    }

    if (const QString problem = conversationNameProblem(name); !problem.isEmpty())
        errors.append({QStringLiteral("name"), problem});

    if (!statuses.allows(StatusVocabulary::Create, status)) {
        errors.append({QStringLiteral("status"),
                       NewConversationText::tr("A new conversation's status must be %1, not \"%2\".")
                           .arg(statuses.spelled(StatusVocabulary::Create), status.raw())});
    }
    return errors;
}

QByteArray NewConversation::toJson() const {
    QByteArray out;
    out += "{\"externalParticipants\":";
    appendJsonParticipants(out, externalParticipants);
    switch (assignment) {
    case Assignment::None:
        break;
    case Assignment::Agents:
        out += ",\"internalParticipants\":";
        appendJsonParticipants(out, internalParticipants);
        break;
    case Assignment::Team:
        out += ",\"teamId\":";
        appendJsonString(out, teamId);
        break;
    }
    if (!name.isEmpty()) {
        out += ",\"name\":";
        appendJsonString(out, name);
    }
    out += ",\"status\":";
    appendJsonString(out, status.raw());
    out += '}';
    return out;
}

} // namespace bridge
