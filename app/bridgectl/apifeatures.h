#pragma once

namespace bridge {
class ApiDialect;
}

//! Which of bridgectl's commands beyond list/create/get/update a generation has, as its dialect
//! and the request factory answer it (no generation is named here).
namespace apifeatures {

//! The dialect builds a provider-channels request (ApiDialect: an empty method when there is none).
bool hasChannels(const bridge::ApiDialect &dialect);
//! The dialect builds a health request.
bool hasHealth(const bridge::ApiDialect &dialect);
//! Requests carry a signature (classic) rather than only the key (Connect): the request factory,
//! the one place that signs, is asked with a made-up request.
bool signsRequests(const bridge::ApiDialect &dialect);

} // namespace apifeatures
