#include "outgoingmessage.h"

#include "attachmentrules.h"

#include <QCoreApplication>

namespace bridge {

namespace {

struct MessageText {
    Q_DECLARE_TR_FUNCTIONS(bridge::OutgoingMessage)
};

} // namespace

FieldErrors OutgoingMessage::validate() const {
    FieldErrors errors;
    if (conversationId.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("conversationId"), MessageText::tr("Choose the conversation to send to.")});
    if (text.trimmed().isEmpty())
        errors.append({QStringLiteral("text"), MessageText::tr("Write the message: it cannot be empty.")});
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        if (const QString problem = AttachmentRules::problem(attachments.at(i)); !problem.isEmpty())
            errors.append({QStringLiteral("attachments[%1]").arg(i), problem});
    }
    return errors;
}

} // namespace bridge
