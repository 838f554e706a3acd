// `flexc graph`: the network as a picture. Devices are nodes (hubs as boxes, spokes and peers as
// ellipses, members of one cluster inside a box labelled with its virtual address, addresses no
// given device has as dashed nodes); sessions are edges from initiator to responder, green when
// established, red with the failing step as label otherwise, dashed for shortcuts.
// JSON: schemas/graph.schema.json.
#pragma once

#include <string>

#include "lib/driver/driver.hpp"
#include "lib/network/network.hpp"

namespace flexc::network {

std::string to_dot(const Analysis& a);
std::string to_graph_json(const Analysis& a, const FileTable& files);

}  // namespace flexc::network
