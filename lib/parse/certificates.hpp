// After a file is parsed: the names of the certificates kept in `crypto pki certificate chain`
// blocks, so that the analysis knows which DN a device presents (and who issued it).
#pragma once

#include "lib/model/config.hpp"
#include "lib/source/source.hpp"

namespace flexc::parse {

// Decodes the hex lines of each certificate block of `file` (between `certificate ...` and
// `quit`) and fills Cert::subject and Cert::issuer; left empty when the block is not a readable
// X.509 certificate. Linear in the size of the blocks; nothing to do without chains.
void read_certificates(const SourceFile& file, model::Config& cfg);

}  // namespace flexc::parse
