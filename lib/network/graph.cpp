// DOT and JSON pictures of a network (see graph.hpp).
#include "lib/network/graph.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace flexc::network {

namespace {

// A DOT string literal: quotes and backslashes escaped, control characters dropped.
std::string dq(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out + '"';
}

const char* colour(Step s) {
  switch (s) {
    case Step::established: return "forestgreen";
    case Step::missing_end_point: return "darkorange";
    default: return "red3";
  }
}

std::string node_id(std::size_t device) { return "d" + std::to_string(device); }

}  // namespace

std::string to_dot(const Analysis& a) {
  std::ostringstream os;
  os << "digraph flexvpn {\n  graph [rankdir=LR, fontname=\"Helvetica\"];\n"
     << "  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n";
  // Cluster members inside one box per virtual address.
  std::map<std::string, std::vector<std::size_t>> clusters;
  for (std::size_t i = 0; i < a.devices.size(); ++i)
    if (!a.devices[i].cluster.empty()) clusters[a.devices[i].cluster].push_back(i);
  auto node = [&](std::size_t i, const char* indent) {
    const Device& d = a.devices[i];
    os << indent << node_id(i) << " [label=" << dq(d.name) << ", shape=" << (d.hub ? "box, style=bold" : "ellipse")
       << ", tooltip=" << dq(d.role()) << "];\n";
  };
  std::size_t n = 0;
  for (const auto& [vip, members] : clusters) {
    os << "  subgraph cluster_" << n++ << " {\n    label=" << dq("cluster " + vip) << ";\n    style=rounded;\n";
    for (std::size_t i : members) node(i, "    ");
    os << "  }\n";
  }
  for (std::size_t i = 0; i < a.devices.size(); ++i)
    if (a.devices[i].cluster.empty()) node(i, "  ");
  // Addresses outside the set, one node each.
  std::map<std::string, std::string> outside;
  for (const Session& s : a.sessions)
    if (s.responder == kOutside && !outside.count(s.target))
      outside.emplace(s.target, "x" + std::to_string(outside.size()));
  for (const auto& [address, id] : outside)
    os << "  " << id << " [label=" << dq(address + "\n(not in this set)") << ", shape=ellipse, style=dashed];\n";
  for (const Session& s : a.sessions) {
    const std::string to = s.responder == kOutside ? outside[s.target] : node_id(s.responder);
    std::string label = s.status == Step::established ? std::string() : std::string(step_name(s.status));
    if (s.similar) label += (label.empty() ? "" : " ") + std::string("x") + std::to_string(s.similar + 1);
    os << "  " << node_id(s.initiator) << " -> " << to << " [color=" << colour(s.status)
       << ", tooltip=" << dq(s.kind + " via " + s.via + " to " + s.target);
    if (!label.empty()) os << ", label=" << dq(label) << ", fontcolor=" << colour(s.status);
    if (s.kind == "shortcut") os << ", style=dashed, dir=both";
    os << "];\n";
  }
  os << "}\n";
  return os.str();
}

std::string to_graph_json(const Analysis& a, const FileTable& files) {
  using J = nlohmann::ordered_json;
  J devices = J::array();
  for (std::size_t i = 0; i < a.devices.size(); ++i) {
    const Device& d = a.devices[i];
    J x = {{"id", node_id(i)}, {"name", d.name}, {"role", d.role()},
           {"file", i < files.size() ? files[static_cast<FileId>(i)].path() : std::string()}};
    x["cluster"] = d.cluster.empty() ? J(nullptr) : J(d.cluster);
    devices.push_back(std::move(x));
  }
  J sessions = J::array();
  for (const Session& s : a.sessions) {
    J x = {{"initiator", node_id(s.initiator)}};
    x["responder"] = s.responder == kOutside ? J(nullptr) : J(node_id(s.responder));
    x["kind"] = s.kind;
    x["via"] = s.via;
    x["target"] = s.target;
    x["status"] = step_name(s.status);
    x["detail"] = s.detail;
    x["similar"] = s.similar;
    if (s.at.valid()) x["line"] = s.at.line;
    sessions.push_back(std::move(x));
  }
  J out = {{"version", 1}, {"devices", std::move(devices)}, {"sessions", std::move(sessions)}};
  return out.dump(2, ' ', false, J::error_handler_t::replace) + "\n";
}

}  // namespace flexc::network
