// S251 backup-group-shared-peer: client blocks of one backup group that can leave one of them
// without a peer, because the others may hold every peer it has.
#include <algorithm>
#include <cctype>
#include <map>

#include "lib/check/rules/common.hpp"

namespace flexc::check {
namespace {

class BackupGroupSharedPeer final : public Rule {
 public:
  static constexpr RuleInfo kInfo{
      "S251", "backup-group-shared-peer", Severity::warning,
      {"client blocks of one backup group share peers so that one of them can be left without any",
       "Client blocks in the same `backup group` never use the same peer at the same time: a block "
       "skips a peer that another block of its group already holds (Cisco, Configuring the FlexVPN "
       "Client; the seed deck's \"FlexVPN Backup Groups\"). Sharing peers is the point of the feature "
       "as long as each block keeps one to fall back to, but when the other blocks can hold every "
       "peer a block lists (the same single head-end in two blocks, say), that block and its tunnel "
       "stay down whenever the others are up.",
       "crypto ikev2 client flexvpn remote1\n"
       " peer 1 10.0.0.1\n"
       " peer 2 10.0.0.2\n"
       " backup group 1\n"
       " client connect Tunnel1\n"
       "crypto ikev2 client flexvpn remote2\n"
       " peer 1 10.0.0.1\n"
       " backup group 1\n"
       " client connect Tunnel2\n"
       "interface Tunnel1\n"
       " tunnel destination dynamic\n"
       "interface Tunnel2\n"
       " tunnel destination dynamic\n",
       "crypto ikev2 client flexvpn remote1\n"
       " peer 1 10.0.0.1\n"
       " peer 2 10.0.0.2\n"
       " backup group 1\n"
       " client connect Tunnel1\n"
       "crypto ikev2 client flexvpn remote2\n"
       " peer 1 10.0.0.1\n"
       " peer 2 10.0.0.2\n"
       " backup group 1\n"
       " client connect Tunnel2\n"
       "interface Tunnel1\n"
       " tunnel destination dynamic\n"
       "interface Tunnel2\n"
       " tunnel destination dynamic\n"}};

  const RuleInfo& info() const override { return kInfo; }

  struct Block {
    const model::FlexvpnClient* c;
    std::vector<std::pair<std::string, const model::FlexvpnPeer*>> peers;  // distinct, in priority order
    bool starved = false;
    const model::FlexvpnPeer* find(const std::string& k) const {
      for (const auto& [key, p] : peers)
        if (key == k) return p;
      return nullptr;
    }
  };

  static std::string key(const model::FlexvpnPeer& p) {
    // Host names and IPv6 addresses are case-insensitive.
    std::string k = (p.fqdn.value ? "fqdn:" : "") + p.address.value;
    for (char& ch : k) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return k;
  }

  // Whether the other blocks of the group can hold all of x's peers at once: a matching of the
  // other blocks into x's peers that covers them all (Kuhn's augmenting paths; groups are small).
  static bool starved(const std::vector<Block>& group, std::size_t x) {
    const auto& want = group[x].peers;
    if (want.empty()) return false;
    std::vector<int> holder(want.size(), -1);  // peer index -> other block holding it
    std::vector<char> seen;
    auto augment = [&](auto& self, std::size_t b) -> bool {
      for (std::size_t k = 0; k < want.size(); ++k) {
        if (seen[k] || !group[b].find(want[k].first)) continue;
        seen[k] = 1;
        if (holder[k] < 0 || self(self, static_cast<std::size_t>(holder[k]))) {
          holder[k] = static_cast<int>(b);
          return true;
        }
      }
      return false;
    };
    std::size_t matched = 0;
    for (std::size_t b = 0; b < group.size() && matched < want.size(); ++b) {
      if (b == x) continue;
      seen.assign(want.size(), 0);
      if (augment(augment, b)) ++matched;
    }
    return matched == want.size();
  }

  void check(const Device& dev, Reporter& r) const override {
    std::map<std::string, std::vector<Block>> groups;
    for (const model::FlexvpnClient& c : dev.cfg.ikev2.clients) {
      if (!c.backup_group.present()) continue;
      Block b{&c, {}};
      for (const model::FlexvpnPeer& p : c.peers) {
        std::string k = key(p);
        if (!p.address.present() || b.find(k)) continue;
        b.peers.emplace_back(std::move(k), &p);
      }
      groups[c.backup_group.value].push_back(std::move(b));
    }
    for (auto& [name, group] : groups) {
      if (group.size() < 2) continue;
      for (std::size_t x = 0; x < group.size(); ++x) group[x].starved = starved(group, x);
      for (std::size_t x = 0; x < group.size(); ++x) {
        if (!group[x].starved) continue;
        // Two blocks that can starve each other are one problem: report it once, on the later one.
        bool later = false;
        for (std::size_t y = x + 1; y < group.size() && !later; ++y)
          if (group[y].starved)
            for (const auto& [k, p] : group[x].peers) later = later || group[y].find(k);
        if (later) continue;
        // The first of x's peers that another block lists, and the first block that lists it.
        const model::FlexvpnPeer* at = nullptr;
        const model::FlexvpnPeer* other = nullptr;
        const model::FlexvpnClient* other_block = nullptr;
        for (const auto& [k, p] : group[x].peers) {
          for (std::size_t y = 0; y < group.size() && !other; ++y)
            if (y != x)
              if (const model::FlexvpnPeer* q = group[y].find(k)) other = q, other_block = group[y].c;
          if (other) {
            at = p;
            break;
          }
        }
        if (!at) continue;
        const std::string block = quoted(group[x].c->name.value);
        Diagnostic& d = r.report(kInfo, at->address.span,
                                 "backup group " + name + ": the other client blocks can hold every peer of " + block +
                                     ", leaving it without one");
        d.notes.push_back({other->address.span, "peer " + other->address.value + " of client block " +
                                                    quoted(other_block->name.value) + " in the same backup group"});
        d.help = "give " + block + " a peer the other blocks of backup group " + name +
                 " do not list, or take it out of the group";
      }
    }
  }
};

}  // namespace
FLEXC_RULE(backup_group_shared_peer, BackupGroupSharedPeer)
}  // namespace flexc::check
