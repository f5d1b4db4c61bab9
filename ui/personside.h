#pragma once

//! The two sides of a conversation: its customers (external participants) and its agents (internal
//! participants). Which ConversationUpdate lists a person goes into, and which types name them.
enum class PersonSide { Customer, Agent };
