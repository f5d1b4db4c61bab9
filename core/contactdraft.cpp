#include "contactdraft.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bridge {

namespace {

struct DraftText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ContactDraft)
};

QString requiredMessage(const QString &field) {
    if (field == ContactDraft::FirstName)
        return DraftText::tr("The first name is required.");
    if (field == ContactDraft::LastName)
        return DraftText::tr("The last name is required.");
    if (field == ContactDraft::Cellphone)
        return DraftText::tr("The cell phone number is required.");
    if (field == ContactDraft::Email)
        return DraftText::tr("The email address is required.");
    return DraftText::tr("This field is required.");
}

QString valueOf(const ContactDraft &draft, const QString &field) {
    if (field == ContactDraft::FirstName)
        return draft.firstName;
    if (field == ContactDraft::LastName)
        return draft.lastName;
    if (field == ContactDraft::Cellphone)
        return draft.cellphone;
    if (field == ContactDraft::Email)
        return draft.email;
    if (field == ContactDraft::Owner)
        return draft.ownerIdentifier;
    return {};
}

} // namespace

bool ContactDraft::isEmpty() const {
    return firstName.isEmpty() && lastName.isEmpty() && cellphone.isEmpty() && email.isEmpty() &&
           ownerIdentifier.isEmpty() && attributes.isEmpty();
}

QString ContactDraft::cellphoneProblem(const QString &text) {
    static const QRegularExpression e164(QStringLiteral("^\\+[0-9]{8,15}$"));
    if (e164.match(text).hasMatch())
        return {};
    return DraftText::tr("Write the cell phone number as + and 8 to 15 digits, without spaces or dashes "
                         "(for example +14155550123).");
}

QString ContactDraft::emailProblem(const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (shape.match(text).hasMatch())
        return {};
    return DraftText::tr("This does not look like an email address (name@example.com).");
}

FieldErrors ContactDraft::validate(const QStringList &required) const {
    FieldErrors errors;
    for (const QString &field : required) {
        if (valueOf(*this, field).trimmed().isEmpty())
            errors.append({field, requiredMessage(field)});
    }
    if (!cellphone.isEmpty())
        if (const QString problem = cellphoneProblem(cellphone); !problem.isEmpty())
            errors.append({Cellphone, problem});
    if (!email.isEmpty())
        if (const QString problem = emailProblem(email); !problem.isEmpty())
            errors.append({Email, problem});
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        const ContactAttributeValue &attribute = attributes.at(i);
        const QString where = Attributes + QStringLiteral("[%1]").arg(i);
        if (attribute.definitionId.trimmed().isEmpty())
            errors.append({where + QStringLiteral(".definitionId"),
                           DraftText::tr("Choose which attribute this value is for.")});
        if (attribute.values.isEmpty() || attribute.values.first().isEmpty())
            errors.append({where + QStringLiteral(".values"), DraftText::tr("The attribute needs a value.")});
    }
    return errors;
}

} // namespace bridge
