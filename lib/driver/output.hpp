// Writing output files so that nothing is lost: the content goes to a temporary file beside the
// target, is flushed to disk, then renamed over it. A failure leaves the previous file as it was
// and no partial file behind.
#pragma once

#include <string>
#include <string_view>

namespace flexc {

bool write_file_atomically(const std::string& path, std::string_view content, std::string& error);

}  // namespace flexc
