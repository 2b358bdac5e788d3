// Enumeration values by ASCII code or Vietnamese label, in any case, after NFC.
#pragma once

#include <string_view>

#include "kiemtra/enums.hpp"

namespace kiemtra::core::dataset {

// Each returns false when `s` (trimmed, non-empty) is neither a code nor a label of the enumeration.
bool parse_choice(std::string_view s, OrgKind& out);
bool parse_choice(std::string_view s, Gender& out);
bool parse_choice(std::string_view s, MemberStatus& out);
bool parse_choice(std::string_view s, DuesCategory& out);
bool parse_choice(std::string_view s, CommitteeRole& out);
bool parse_choice(std::string_view s, TransferDirection& out);
bool parse_choice(std::string_view s, TransferKind& out);
bool parse_choice(std::string_view s, EventKind& out);
bool parse_choice(std::string_view s, QualityRating& out);
bool parse_choice(std::string_view s, MeetingKind& out);

/// The codes of the enumeration of `tag`'s type, for messages: "nam, nu".
std::string_view choice_codes(OrgKind tag);
std::string_view choice_codes(Gender tag);
std::string_view choice_codes(MemberStatus tag);
std::string_view choice_codes(DuesCategory tag);
std::string_view choice_codes(CommitteeRole tag);
std::string_view choice_codes(TransferDirection tag);
std::string_view choice_codes(TransferKind tag);
std::string_view choice_codes(EventKind tag);
std::string_view choice_codes(QualityRating tag);
std::string_view choice_codes(MeetingKind tag);

}  // namespace kiemtra::core::dataset
