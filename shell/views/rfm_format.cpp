#include "views/rfm_format.h"

#include <cmath>
#include <cstdio>

#include "app/file_error_text.h"
#include "common/money.h"
#include "i18n/i18n.h"
#include "widgets/charts/chart_common.h"

namespace fieldbook::shell {

std::string rfm_count(double value) { return charts::format_number(std::round(value)); }

// The core keeps a quantile exact (287.4000000000001, which the CSV export writes); people read 287.4.
std::string rfm_value(double value) { return charts::format_number(value); }

std::string rfm_money(double value, std::string_view currency) {
  const auto cur = parse_currency(currency);
  if (!cur) return charts::format_number(value);
  FormatOptions o;
  if (std::fabs(value) >= 1e6) {
    o.compact = true;
    o.compact_style = language() == Language::Zh ? CompactStyle::Chinese : CompactStyle::Western;
  }
  return format_amount(value, *cur, 0, o);
}

std::string rfm_percent(double fraction) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.1f%%", fraction * 100.0);
  return buf;
}

ImU32 rfm_segment_color(int row, int named) {
  // Okabe-Ito first, then darker and lighter companions; Others is grey.
  static constexpr ImU32 kColors[] = {
      charts::palette::Blue,        charts::palette::Orange,    charts::palette::Green,
      charts::palette::Vermillion,  charts::palette::Purple,    charts::palette::SkyBlue,
      charts::palette::Yellow,      IM_COL32(86, 70, 160, 255), IM_COL32(140, 90, 40, 255),
      IM_COL32(0, 100, 80, 255),    IM_COL32(170, 40, 90, 255), IM_COL32(60, 130, 200, 255),
  };
  if (row < 0 || row >= named) return IM_COL32(160, 168, 180, 255);
  return kColors[static_cast<std::size_t>(row) % (sizeof(kColors) / sizeof(kColors[0]))];
}

const char* rfm_role_label(rfm::Role role) {
  switch (role) {
    case rfm::Role::Ignore: return tr(S::RfmRoleIgnore);
    case rfm::Role::Customer: return tr(S::RfmRoleCustomer);
    case rfm::Role::Date: return tr(S::RfmRoleDate);
    case rfm::Role::Amount: return tr(S::RfmRoleAmount);
    case rfm::Role::Orders: return tr(S::RfmRoleOrders);
    case rfm::Role::Recency: return tr(S::RfmRoleRecency);
    case rfm::Role::Name: return tr(S::RfmRoleName);
    case rfm::Role::Industry: return tr(S::RfmRoleIndustry);
    case rfm::Role::Region: return tr(S::RfmRoleRegion);
    case rfm::Role::Rep: return tr(S::RfmRoleRep);
  }
  return "";
}

namespace {

const char* amount_problem(AmountError e) {
  switch (e) {
    case AmountError::None:
    case AmountError::Empty: return tr(S::AmountEmpty);
    case AmountError::NoDigits: return tr(S::AmountNoDigits);
    case AmountError::InvalidCharacter: return tr(S::AmountInvalidCharacter);
    case AmountError::MultipleSigns: return tr(S::AmountMultipleSigns);
    case AmountError::MultipleCurrencies: return tr(S::AmountMultipleCurrencies);
    case AmountError::BadGrouping: return tr(S::AmountBadGrouping);
    case AmountError::MultipleDecimalPoints: return tr(S::AmountMultipleDecimalPoints);
    case AmountError::BadExponent: return tr(S::AmountBadExponent);
    case AmountError::OutOfRange: return tr(S::AmountOutOfRange);
  }
  return "";
}

}  // namespace

std::string rfm_row_problem(const rfm::RowError& e) {
  using P = rfm::RowProblem;
  switch (e.problem) {
    case P::NotUtf8: return tr(S::RowNotUtf8);
    case P::EmptyCustomer: return tr(S::RowEmptyCustomer);
    case P::ShortRow: return tr(S::RowShortRow);
    case P::EmptyDate: return tr(S::RowEmptyDate);
    case P::AmbiguousDate: return tr(S::RowAmbiguousDate);
    case P::NotADate: return tr(S::RowNotADate);
    case P::EmptyAmount: return tr(S::RowEmptyAmount);
    case P::NotAnAmount: return std::string(tr(S::RowNotAnAmount)) + amount_problem(e.amount_error);
    case P::BadOrderCount: return tr(S::RowBadOrderCount);
    case P::RecencyOutOfRange: return tr(S::RowRecencyOutOfRange);
  }
  return e.reason;
}

const char* rfm_encoding_name(rfm::Encoding e) {
  switch (e) {
    case rfm::Encoding::Auto: return tr(S::RfmDetectAuto);
    case rfm::Encoding::Utf8: return "UTF-8";
    case rfm::Encoding::Utf8Bom: return "UTF-8 BOM";
    case rfm::Encoding::Utf16LE: return "UTF-16 LE";
    case rfm::Encoding::Utf16BE: return "UTF-16 BE";
    case rfm::Encoding::Gb18030: return "GBK / GB18030";
  }
  return "";
}

std::string rfm_import_failure(const rfm::ImportJob& job) {
  using P = rfm::ImportProblem;
  const rfm::ImportFailure& f = job.failure();
  const rfm::OrderImporter& importer = job.importer();
  char text[1024];
  switch (f.problem) {
    case P::Empty: return tr(S::RfmFailEmpty);
    case P::NotText: return tr(S::RfmFailNotText);
    case P::NoGbkDecoder: return tr(S::RfmFailNoGbkDecoder);
    case P::BadEncoding:
      std::snprintf(text, sizeof(text), tr(S::RfmFailBadEncoding), rfm_encoding_name(f.encoding));
      return text;
    case P::BadCsv:
      switch (f.csv) {
        case CsvError::Kind::UnclosedQuote:
          std::snprintf(text, sizeof(text), tr(S::RfmFailUnclosedQuote), f.line);
          break;
        case CsvError::Kind::TextAfterQuote:
          std::snprintf(text, sizeof(text), tr(S::RfmFailTextAfterQuote), f.line);
          break;
        case CsvError::Kind::TooManyFields:
          std::snprintf(text, sizeof(text), tr(S::RfmFailTooManyFields), f.line, f.limit);
          break;
        case CsvError::Kind::FieldTooLong:
          std::snprintf(text, sizeof(text), tr(S::RfmFailFieldTooLong), f.line, f.limit >> 20);
          break;
      }
      return text;
    case P::NoColumn:
      if (f.role == rfm::Role::Recency) return tr(S::RfmFailNoLastOrder);
      std::snprintf(text, sizeof(text), tr(S::RfmFailNoColumn), rfm_role_label(f.role));
      return text;
    case P::NoDataRows: return tr(S::RfmFailNoDataRows);
    case P::NoUsableRows: {
      std::snprintf(text, sizeof(text), tr(S::RfmFailNoUsableRows), rfm_count(double(f.rows)).c_str());
      std::string out = text;
      if (!importer.errors().empty()) {
        const rfm::RowError& first = importer.errors().front();
        std::snprintf(text, sizeof(text), tr(S::RfmFailFirstRow), first.line, rfm_row_problem(first).c_str());
        out += text;
      }
      return out;
    }
    case P::BadRow:
      if (importer.errors().empty()) break;
      std::snprintf(text, sizeof(text), tr(S::RfmFailBadRow), importer.errors().back().line,
                    rfm_row_problem(importer.errors().back()).c_str());
      return text;
    case P::Other: break;
  }
  return rfm_late_failure(job.error());
}

namespace {

// "R", "F" or "M" for a dimension's name in a path ("recency", or "r" in a segment rule); "" if none.
const char* dimension_letter(std::string_view name) {
  if (name == "recency" || name == "r") return "R";
  if (name == "frequency" || name == "f") return "F";
  if (name == "monetary" || name == "m") return "M";
  return "";
}

}  // namespace

std::string rfm_scoring_problem(const Error& e) {
  const char* letter = dimension_letter(e.position().path);
  const std::string rule = value_rule_text(e.rule());
  if (*letter == 0 || rule.empty()) return tr(S::RfmScoringOther);
  char text[512];
  std::snprintf(text, sizeof(text), tr(S::RfmBreaksProblem), letter, rule.c_str());
  return text;
}

std::string rfm_rules_problem(const Error& e) {
  const std::string& path = e.position().path;
  const std::string rule = value_rule_text(e.rule());
  char text[512];
  if (path == "scale" && !rule.empty()) {
    std::snprintf(text, sizeof(text), tr(S::RfmRuleScaleProblem), rule.c_str());
    return text;
  }
  // "rules[3].r": the fourth rule's R range.
  unsigned index = 0;
  char field[16] = {};
  if (rule.empty() || std::sscanf(path.c_str(), "rules[%u].%15s", &index, field) != 2) return tr(S::RfmRulesOther);
  const int number = static_cast<int>(index) + 1;
  if (std::string_view(field).starts_with("name")) {
    std::snprintf(text, sizeof(text), tr(S::RfmRuleNameProblem), number, rule.c_str());
  } else if (const char* letter = dimension_letter(field); *letter != 0) {
    std::snprintf(text, sizeof(text), tr(S::RfmRuleRangeProblem), number, letter, rule.c_str());
  } else {
    return tr(S::RfmRulesOther);
  }
  return text;
}

std::string rfm_late_failure(const std::string& error) {
  return language() == Language::Zh || error.empty() ? std::string(tr(S::RfmFailOther)) : error;
}

}  // namespace fieldbook::shell
