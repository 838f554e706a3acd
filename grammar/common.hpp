// Commands every mode shares, and the pieces mode grammars are assembled from.
#pragma once

#include "grammar/ifnames.hpp"
#include "grammar/ios.hpp"
#include "grammar/values.hpp"

namespace flexc::grammar {

// Command ids 1..99 are shared by all modes and handled by the engine itself. Each family numbers
// its own commands from its base (ikev2 1000, ipsec 1100, ...), so an id names one command.
enum class Common : std::uint16_t {
  none = 0,
  exit = 1,  // `exit`, `exit-address-family`, ...: back to the parent mode
  end = 2,   // `end`: the configuration ends here
  exec = 3,  // `do show ...`: an exec command run from config mode; no effect on the config
};

// `exit` leaves the current mode; `end` ends configuration; `do CMD` runs an exec command.
using exit_case = case_<"exit", cmd<Common::exit>>;
using end_case = case_<"end", cmd<Common::end>>;
using do_case = case_<"do", cmd<Common::exec, opt_arg<rest>>>;

// Zero-width: the end of a `no` line. A block command whose definition needs more than the
// object's name is removed by the name alone (`no crypto ipsec transform-set TS`, `no track 1`):
// `sor<negation_ends, arg<WHAT_DEFINES_IT>>`.
struct negation_ends {
  using rule_t = negation_ends;
  using subs_t = pg::type_list<>;
  template <pg::apply_mode, pg::rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput>
  static bool match(ParseInput& in, LineState& st) {
    return st.negated && in.empty();
  }
};

// The whole line as one command of mode M: `mode_line<M>` is what the engine parses.
template <typename ModeSwitch>
using line = seq<ModeSwitch, end_>;

// Runs a mode's grammar on one line held in `st`.
template <typename ModeSwitch>
bool parse_line(LineState& st) {
  pg::memory_input<pg::tracking_mode::lazy, pg::eol::lf_crlf, const char*> in(st.begin, st.end, "");
  return pg::parse<line<ModeSwitch>, pg::nothing, control>(in, st);
}

}  // namespace flexc::grammar

namespace tao::pegtl {
template <typename Name>
struct analyze_traits<Name, flexc::grammar::negation_ends> : analyze_opt_traits<> {};
}  // namespace tao::pegtl
