// The one header a plugin author includes.
#pragma once

#include "kiemtra/builders.hpp"
#include "kiemtra/calendar.hpp"
#include "kiemtra/dataset.hpp"
#include "kiemtra/date.hpp"
#include "kiemtra/discipline.hpp"
#include "kiemtra/domain.hpp"
#include "kiemtra/enums.hpp"
#include "kiemtra/finding.hpp"
#include "kiemtra/params.hpp"
#include "kiemtra/plugin.hpp"
#include "kiemtra/rule.hpp"
#include "kiemtra/version.hpp"
#include "kiemtra/wording.hpp"
