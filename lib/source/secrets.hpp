// Secrets in configuration text that flexc does not model (`username admin secret 9 ...`,
// `snmp-server community ...`, `ppp chap password 7 ...`): the words that introduce them, and a
// masking of a line for display. Modelled secrets (pre-shared keys, EAP and AAA passwords) are
// recorded exactly by the parser (SourceFile::add_secret); this catches the rest.
#pragma once

#include <string>
#include <string_view>

namespace flexc {

// True for a word after which IOS holds a secret (optionally preceded by its type 0/5/6/7/8/9).
bool introduces_secret(std::string_view word);

// `line` with every secret token replaced by '*' (same length, so columns hold).
std::string mask_secrets(std::string_view line);

// The same masking, of `line` in place (no copy: diagnostics mask every source line they show).
void mask_secrets_in(std::string& line);

}  // namespace flexc
