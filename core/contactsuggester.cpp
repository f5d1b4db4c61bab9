#include "contactsuggester.h"

#include "bridgeclient.h"
#include "contactdraft.h"
#include "contactquery.h"

#include <QSet>
#include <QTimer>

namespace bridge {

namespace {

QString digitsOf(const QString &text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

QList<ParticipantRef> distinct(const QList<Conversation> &conversations, bool customers) {
    QList<ParticipantRef> out;
    QSet<QString> seen;
    for (const Conversation &c : conversations) {
        for (const Participant &p : customers ? c.externalParticipants : c.internalParticipants) {
            const QString key = p.identifier.toLower();
            if (p.identifier.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            ParticipantType type = participantTypeFromWire(p.type);
            if (type == ParticipantType::Unspecified)
                type = detectParticipantType(p.identifier);
            out.append({p.identifier, type, {}});
        }
    }
    return out;
}

} // namespace

QString ContactSuggestion::text() const {
    QStringList parts;
    for (const QString &part : {name, email, phone}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    if (parts.isEmpty())
        parts.append(ref.identifier);
    return parts.join(QStringLiteral(" · "));
}

ContactSuggester::ContactSuggester(BridgeClient *client, const QList<ParticipantType> &types, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_types(types)
    , m_debounce(new QTimer(this)) {
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ContactSuggester::ask);
}

ContactSuggester::~ContactSuggester() {
    m_call.cancel();
}

void ContactSuggester::setKnown(const QList<ParticipantRef> &known) {
    m_known = known;
}

void ContactSuggester::setText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_call.cancel(); // its answer is for a text the agent has left behind
    m_debounce->stop();
    show({});
    // A whole email address is finished: nothing to complete, and no popup to get in the way of
    // the agent who typed it.
    if (m_text.size() >= MinimumLength && !ContactDraft::emailProblem(m_text).isEmpty())
        m_debounce->start();
}

void ContactSuggester::ask() {
    ContactQuery query;
    query.search = m_text;
    query.limit = Limit;
    const QString askedFor = m_text;
    m_call = m_client->contacts(query, this, [this, askedFor](const Expected<ContactPage> &answer) {
        m_call = {};
        if (askedFor != m_text || !answer.ok())
            return; // a failed lookup leaves the local suggestions; typing still works as before
        QList<ContactSuggestion> remote;
        for (const Contact &contact : answer.value().contacts) {
            if (auto suggestion = fromContact(contact, m_types, askedFor))
                remote.append(*suggestion);
        }
        show(remote);
    });
}

void ContactSuggester::show(const QList<ContactSuggestion> &remote) {
    QList<ContactSuggestion> all;
    QSet<QString> identifiers;
    const auto add = [&](const ContactSuggestion &s) {
        const QString key = s.ref.identifier.toLower();
        if (!identifiers.contains(key)) {
            identifiers.insert(key);
            all.append(s);
        }
    };
    for (const ContactSuggestion &s : remote) // the API's first: they have names
        add(s);
    const QString needle = folded(m_text);
    if (m_text.size() >= MinimumLength) {
        for (const ParticipantRef &ref : std::as_const(m_known)) {
            if (!m_types.contains(ref.type) || !folded(ref.identifier).contains(needle) ||
                ref.identifier.compare(m_text, Qt::CaseInsensitive) == 0)
                continue; // what is typed already is no suggestion
            ContactSuggestion s;
            if (ref.type == ParticipantType::Email)
                s.email = ref.identifier;
            else if (ref.type == ParticipantType::Phone)
                s.phone = ref.identifier;
            s.ref = ref;
            add(s);
        }
    }
    if (all == m_suggestions)
        return;
    m_suggestions = all;
    emit suggestionsChanged();
}

std::optional<ContactSuggestion> ContactSuggester::fromContact(const Contact &contact,
                                                               const QList<ParticipantType> &types,
                                                               const QString &typed) {
    ContactSuggestion s;
    s.name = contact.displayName() == contact.email || contact.displayName() == contact.cellphone
                 ? QString()
                 : contact.displayName();
    s.email = contact.email;
    s.phone = contact.cellphone;
    const QString digits = digitsOf(typed);
    const bool phoneTyped = digits.size() >= 3 && digitsOf(contact.cellphone).contains(digits);
    const bool email = !contact.email.isEmpty() && types.contains(ParticipantType::Email);
    const bool phone = !contact.cellphone.isEmpty() && types.contains(ParticipantType::Phone);
    if (phone && (phoneTyped || !email))
        s.ref = {contact.cellphone, ParticipantType::Phone, {}};
    else if (email)
        s.ref = {contact.email, ParticipantType::Email, {}};
    else if (!contact.id.isEmpty() && types.contains(ParticipantType::Id))
        s.ref = {contact.id, ParticipantType::Id, {}};
    else
        return std::nullopt;
    return s;
}

QList<ParticipantRef> ContactSuggester::seenCustomers(const QList<Conversation> &conversations) {
    return distinct(conversations, true);
}

QList<ParticipantRef> ContactSuggester::seenAgents(const QList<Conversation> &conversations) {
    return distinct(conversations, false);
}

QString ContactSuggester::folded(const QString &text) {
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Letters with a stroke have no decomposition: spelled as people type them.
        if (c == QChar(0x00D8) || c == QChar(0x00F8))
            out += QLatin1Char('o');
        else if (c == QChar(0x0141) || c == QChar(0x0142))
            out += QLatin1Char('l');
        else
            out += c.toLower();
    }
    return out;
}

} // namespace bridge
