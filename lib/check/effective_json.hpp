// The effective configuration as JSON (`flexc parse --effective`, schemas/model.schema.json).
#pragma once

#include <nlohmann/json.hpp>

#include "lib/check/effective.hpp"

namespace flexc::check {

nlohmann::ordered_json effective_json(const Effective& e);

}  // namespace flexc::check
