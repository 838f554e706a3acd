// AAA basics (reference §1.15): `aaa new-model` and the method lists the IKEv2 profile refers to.
#pragma once

#include "lib/model/common.hpp"

namespace flexc::model {

// `aaa {authorization|authentication|accounting} TYPE {default|LIST} METHODS...`
struct AaaMethodList {
  Text name;            // list name or "default"
  Keyword service;      // authorization authentication accounting
  Keyword type;         // network login exec ...
  std::vector<Text> methods;  // "local", "group radius", "none" ... as written
  Span span;
};

struct AaaConfig {
  Flag new_model;
  std::vector<AaaMethodList> lists;

  const AaaMethodList* find(std::string_view service, std::string_view type, std::string_view name) const {
    for (const auto& l : lists)
      if (l.service.value == service && l.type.value == type && l.name.value == name) return &l;
    return nullptr;
  }
};

}  // namespace flexc::model
