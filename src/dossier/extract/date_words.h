// Month and weekday names now live in core (core/date_words.h), where the readers share
// them; this header remains only for extract/date_finder.cc, which is being rewritten
// elsewhere, and goes once that file includes the core header.
#pragma once

#include "dossier/core/date_words.h"
