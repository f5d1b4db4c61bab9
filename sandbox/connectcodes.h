#pragma once

// The error codes of the Connect sandbox, in {"code": ..., "message": ...} bodies. The reference
// lists BRIDGE_CONVERSATION_0001..0206 without their HTTP status; the other families are the
// sandbox's own. A request with several problems answers with the first one's code and every
// message.
namespace bridge::sandbox::connectcode {

// 401: x-api-key missing; not a key of this server; a right key with --expired-key.
inline constexpr char kKeyMissing[] = "BRIDGE_AUTH_0001";
inline constexpr char kKeyUnknown[] = "BRIDGE_AUTH_0002";
inline constexpr char kKeyExpired[] = "BRIDGE_AUTH_0003";
// 403: the --read-only-key on anything but GET.
inline constexpr char kKeyReadOnly[] = "BRIDGE_AUTH_0004";

// 400: a query parameter or body field missing, mistyped or out of range (limit, status, the
// user filters, identifiers, provider pair, teamId with internals, an unknown provider).
inline constexpr char kInvalid[] = "BRIDGE_VALIDATION_0001";
// 400: the body is not a JSON object.
inline constexpr char kNotJson[] = "BRIDGE_VALIDATION_0002";
// 400: a cursor this server did not make, or made for another filter.
inline constexpr char kBadCursor[] = "BRIDGE_VALIDATION_0003";
// 400: providerChannelId is not one of the workspace's channels of that provider.
inline constexpr char kUnknownChannel[] = "BRIDGE_CHANNEL_0001";
// 400: participants.externals missing or empty on create, or a PATCH removing every external.
inline constexpr char kExternalsRequired[] = "BRIDGE_CONVERSATION_0201";

// 404
inline constexpr char kNoSuchEndpoint[] = "BRIDGE_ROUTE_0001";
inline constexpr char kNoSuchWorkspace[] = "BRIDGE_WORKSPACE_0001";
inline constexpr char kNoSuchConversation[] = "BRIDGE_CONVERSATION_0001";
// 405 (with Allow)
inline constexpr char kMethodNotAllowed[] = "BRIDGE_ROUTE_0002";

// 409: a PATCH of participants that contradicts the conversation (nothing is changed):
// adding an external / internal already in it, removing an external / internal not in it.
inline constexpr char kExternalAlreadyIn[] = "BRIDGE_CONVERSATION_0101";
inline constexpr char kInternalAlreadyIn[] = "BRIDGE_CONVERSATION_0102";
inline constexpr char kExternalNotIn[] = "BRIDGE_CONVERSATION_0103";
inline constexpr char kInternalNotIn[] = "BRIDGE_CONVERSATION_0104";

// The sandbox's own failures: failNext (any status but 429), failIds, failNext with 429.
inline constexpr char kFailedRequest[] = "BRIDGE_SANDBOX_0001";
inline constexpr char kFailedConversation[] = "BRIDGE_SANDBOX_0002";
inline constexpr char kRateLimited[] = "BRIDGE_RATE_LIMIT_0001";

} // namespace bridge::sandbox::connectcode
