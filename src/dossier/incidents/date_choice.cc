#include "dossier/incidents/date_choice.h"

#include <algorithm>
#include <utility>

#include "dossier/core/date_words.h"
#include "dossier/extract/date_finder.h"
#include "dossier/incidents/cue_words.h"

namespace dossier {
namespace {

constexpr std::size_t kSentences = 40;

// b - a in days, both day precision.
int days_between(const PartialDate& a, const PartialDate& b) {
  return static_cast<int>(day_number(b) - day_number(a));
}

// How many months `a` (month precision or finer) lies before `b`'s month.
int months_before(const PartialDate& a, const PartialDate& b) {
  return (b.year - a.year) * 12 + (b.month - a.month);
}

std::string sentence_bucket(std::size_t s) {
  if (s <= 2) return "s" + std::to_string(s);
  if (s <= 5) return "s3-5";
  if (s <= 10) return "s6-10";
  return "s11+";
}

std::string before_bucket(int days) {
  if (days <= 2) return std::to_string(days);
  if (days <= 6) return "3-6";
  if (days <= 30) return "7-30";
  return "31+";
}

// What kind of expression a date mention is, from its words.
std::string kind_of(const DateMention& m, std::string_view span) {
  const std::vector<std::string> words = lower_words(span);
  for (const std::string& w : words)
    if (w == "yesterday" || w == "last") return "yesterday";
  if (m.weekday >= 0 && m.relative) return "weekday";
  if (!m.relative) return "full";
  for (const std::string& w : words)
    if (month_from_word(w) > 0) return "monthday";
  return "other";
}

struct Occurrence {
  PartialDate date;
  std::uint32_t start, end;
  std::size_t sentence;
  std::string kind;
  unsigned cues;  // 1 incident, 2 aftermath, 4 time of day
};

unsigned sentence_cues(const std::vector<std::string>& words) {
  unsigned cues = 0;
  for (const std::string& w : words) {
    if (is_incident_cue(w)) cues |= 1;
    if (is_follow_up_word(w)) cues |= 2;
    if (is_time_of_day_word(w)) cues |= 4;
  }
  return cues;
}

// "today", "this morning", "tonight", "earlier today": the publication day.
bool names_today(const std::vector<std::string>& words, std::size_t* at) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const bool this_part =
        words[i] == "this" && i + 1 < words.size() &&
        (words[i + 1] == "morning" || words[i + 1] == "afternoon" || words[i + 1] == "evening");
    if (words[i] == "today" || words[i] == "tonight" || this_part) {
      *at = i;
      return true;
    }
  }
  return false;
}

// A sentence about what is to come: "will", "is scheduled to", "is expected to begin".
bool tells_future(const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "will" || w == "scheduled" || w == "upcoming") return true;
    if ((w == "expected" || w == "set" || w == "due") && i + 1 < words.size() &&
        words[i + 1] == "to")
      return true;
  }
  return false;
}

// Every day the first kSentences sentences give, never after publication; "today",
// "tonight" and "this morning" as the publication day.
std::vector<Occurrence> read_days(std::string_view text, const Segmentation& seg,
                                  const PartialDate& published) {
  std::vector<Occurrence> occ;
  const bool pub_day = published.precision() == DatePrecision::kDay;
  DateFinder finder(published);
  const std::size_t n = std::min(seg.sentences.size(), kSentences);
  for (std::size_t s = 0; s < n; ++s) {
    const Sentence& sent = seg.sentences[s];
    const std::string_view body = text.substr(sent.start, sent.end - sent.start);
    const std::vector<std::string> words = lower_words(body);
    const unsigned cues = sentence_cues(words);
    std::vector<DateMention> found;
    finder.scan(body, sent.start, &found);
    const bool future = tells_future(words);
    for (const DateMention& m : found) {
      // "the June 2014 shootout", "in March": a month a follow-up report names the incident by.
      if (m.date.precision() == DatePrecision::kMonth) {
        if (!future && (!pub_day || months_before(m.date, published) >= 0))
          occ.push_back({m.date, m.start, m.end, s, "month", cues});
        continue;
      }
      if (m.date.precision() != DatePrecision::kDay) continue;
      if (pub_day && days_between(m.date, published) < 0) continue;
      // "is expected to begin Feb. 6": a day to come, not the last Feb. 6 before.
      if (future && m.relative) continue;
      occ.push_back(
          {m.date, m.start, m.end, s, kind_of(m, text.substr(m.start, m.end - m.start)), cues});
    }
    std::size_t at = 0;
    if (pub_day && names_today(words, &at))
      occ.push_back({published, sent.start, sent.end, s, "today", cues});
  }
  return occ;
}

// One option per distinct day (the publication day first), with the features of its
// occurrences.
std::vector<DateOption> day_options(const std::vector<Occurrence>& occ,
                                    const PartialDate& published) {
  const bool pub_day = published.precision() == DatePrecision::kDay;
  std::vector<DateOption> out;
  auto option_of = [&](const PartialDate& d) -> DateOption& {
    for (DateOption& o : out)
      if (o.date == d) return o;
    DateOption& o = out.emplace_back();
    o.date = d;
    return o;
  };
  if (pub_day) {
    DateOption& p = option_of(published);
    p.kind = "pub";
    p.candidate.features = {"pub", occ.empty() ? "pub_alone" : "pub_with_others"};
  }
  for (const Occurrence& o : occ) {
    DateOption& opt = option_of(o.date);
    auto& f = opt.candidate.features;
    if (opt.kind.empty() || opt.start == 0) {  // its first mention
      if (opt.kind.empty()) opt.kind = o.kind;
      opt.start = o.start;
      opt.end = o.end;
      f.push_back("first_kind=" + o.kind);
      f.push_back("pos=" + sentence_bucket(o.sentence));
      f.push_back(o.kind + "&pos=" + sentence_bucket(o.sentence));
      if (pub_day && o.kind == "month") {
        const int months = months_before(o.date, published);
        f.push_back("months_before=" + std::string(months == 0 ? "0" : months == 1 ? "1" : "2+"));
      } else if (pub_day) {
        f.push_back("before=" + before_bucket(days_between(o.date, published)));
      } else {
        f.push_back(o.kind + "&no_pub");
        f.push_back("no_pub&pos=" + sentence_bucket(o.sentence));
      }
    }
    f.push_back("kind=" + o.kind);
    if (o.cues & 1) f.push_back(o.kind + "&incident_cue");
    if (o.cues & 2) f.push_back(o.kind + "&aftermath_cue");
    if (o.cues & 4) f.push_back(o.kind + "&time_of_day");
    if ((o.cues & 3) == 1) f.push_back("incident_only_cue");
    if (o.sentence == 0 && (o.cues & 1)) f.push_back("lead_incident_cue");
  }
  for (DateOption& o : out) {
    auto& f = o.candidate.features;
    std::sort(f.begin(), f.end());
    const std::size_t mentions = static_cast<std::size_t>(std::count_if(
        f.begin(), f.end(), [](const std::string& s) { return s.rfind("kind=", 0) == 0; }));
    f.erase(std::unique(f.begin(), f.end()), f.end());
    f.push_back("mentions=" + std::to_string(std::min<std::size_t>(mentions, 3)));
  }
  return out;
}

// The first word of a date_rule: "stated", "relative", "counted", "publication", ...
std::string rule_kind(std::string_view how) {
  const std::size_t end = how.find_first_of(" :");
  return std::string(how.substr(0, end));
}

// How each option stands to the rules' date, and the rules' own options: "keep" (their
// coarser date, or none for a report without a publication day) and a day only they gave.
void add_rule_options(const PartialDate& rule_date, std::string_view rule_how, bool pub_day,
                      std::vector<DateOption>* out) {
  const std::string how = rule_kind(rule_how);
  for (DateOption& o : *out) {
    if (rule_date.empty()) break;
    auto& f = o.candidate.features;
    if (o.date == rule_date) {
      f.push_back("rule");
      f.push_back("rule=" + how);
    }
    f.push_back(dates_compatible(o.date, rule_date) ? "inside_rule" : "outside_rule");
  }
  if (!rule_date.empty() ? rule_date.precision() != DatePrecision::kDay : !pub_day) {
    // Keeping the rules' coarser date ("in 2004", a siege over days) is a choice too, and
    // so is none at all for a report without a publication date: better undated than on
    // another incident's day.
    DateOption& o = out->emplace_back();
    o.date = rule_date;
    o.kind = "keep";
    const std::string precision = rule_date.empty()                                ? "none"
                                  : rule_date.precision() == DatePrecision::kMonth ? "month"
                                                                                   : "year";
    o.candidate.features = {"keep", "keep=" + precision, "keep&rule=" + how,
                            out->size() == 1 ? "keep_alone" : "keep_with_days"};
  }
  if (rule_date.precision() == DatePrecision::kDay &&
      std::none_of(out->begin(), out->end(),
                   [&](const DateOption& o) { return o.date == rule_date; })) {
    DateOption& o = out->emplace_back();
    o.date = rule_date;
    o.kind = "rule";
    o.candidate.features = {"rule", "rule=" + how, "rule_only"};
  }
}

// "earliest" and "latest" on the earliest and latest proposed days, the publication date
// and "keep" apart.
void mark_extremes(std::vector<DateOption>* out) {
  const DateOption* lo = nullptr;
  const DateOption* hi = nullptr;
  for (const DateOption& o : *out) {
    if (o.kind == "pub" || o.kind == "keep") continue;
    if (!lo || days_between(o.date, lo->date) > 0) lo = &o;
    if (!hi || days_between(o.date, hi->date) < 0) hi = &o;
  }
  for (DateOption& o : *out) {
    if (&o == lo) o.candidate.features.push_back("earliest");
    if (&o == hi) o.candidate.features.push_back("latest");
  }
}

}  // namespace

std::vector<DateOption> propose_dates(std::string_view text, const Segmentation& seg,
                                      const PartialDate& published, const PartialDate& rule_date,
                                      std::string_view rule_how, std::string_view rule_country) {
  std::vector<DateOption> out = day_options(read_days(text, seg, published), published);
  add_rule_options(rule_date, rule_how, published.precision() == DatePrecision::kDay, &out);
  mark_extremes(&out);
  const std::string domain = rule_country.empty()   ? "@unplaced"
                             : rule_country == "US" ? "@US"
                                                    : "@abroad";
  for (DateOption& o : out) {
    auto& f = o.candidate.features;
    const std::size_t n = f.size();
    for (std::size_t i = 0; i < n; ++i) f.push_back(f[i] + domain);
  }
  return out;
}

}  // namespace dossier
