// .xlsx reading: the zip entries through libzip, every XML part through expat, sheets streamed in chunks.
#include "dataset/xlsx_workbook.hpp"

#include <expat.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <exception>
#include <memory>

#include "dataset/libzip_api.hpp"
#include "dataset/messages.hpp"
#include "dataset/text.hpp"
#include "dataset/xlsx_values.hpp"

namespace kiemtra::core::dataset {

namespace {

constexpr std::size_t kChunk = 1 << 16;
constexpr std::uint32_t kMaxColumn = 16384;  // XFD

[[noreturn]] void fail(const std::string& file, const std::string& vi, const std::string& en) {
  throw UserError(Text{fmt::format("{}: {}", file, vi), fmt::format("{}: {}", file, en)});
}

// The local name of an element or attribute: "x:row" and "row" are the same element.
std::string_view local(const XML_Char* name) {
  const std::string_view n(name);
  const std::size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const char* attr(const XML_Char** atts, std::string_view name) {
  for (int i = 0; atts[i] != nullptr; i += 2)
    if (local(atts[i]) == name) return atts[i + 1];
  return nullptr;
}

// Feeds one zip entry to an expat parser chunk by chunk: the entry is never held whole.
class XmlStream {
 public:
  XmlStream() : parser_(XML_ParserCreate("UTF-8")) {
    if (parser_ == nullptr) throw std::bad_alloc();
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &XmlStream::on_start, &XmlStream::on_end);
    XML_SetCharacterDataHandler(parser_, &XmlStream::on_text);
  }
  virtual ~XmlStream() { XML_ParserFree(parser_); }
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  /// Parses entry `name` of `zip`; `where` names it in messages ("members.xlsx:Sheet1").
  void run(zip_t* zip, const std::string& name, const std::string& where) {
    zip_file_t* f = libzip::zip_fopen(zip, name.c_str(), 0);
    if (f == nullptr)
      fail(where, fmt::format("không mở được phần '{}' của tệp xlsx", name),
           fmt::format("cannot open the part '{}' of the xlsx file", name));
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> guard(f, [](zip_file_t* z) { return libzip::zip_fclose(z); });
    for (;;) {
      // Inflate straight into expat's buffer: the XML is not copied once more.
      void* buf = XML_GetBuffer(parser_, static_cast<int>(kChunk));
      if (buf == nullptr) throw std::bad_alloc();
      const zip_int64_t n = libzip::zip_fread(f, buf, kChunk);
      if (n < 0)
        fail(where, fmt::format("không giải nén được phần '{}' (tệp xlsx hỏng?)", name),
             fmt::format("cannot decompress the part '{}' (a damaged xlsx file?)", name));
      const bool last = n == 0;
      const XML_Status st = XML_ParseBuffer(parser_, static_cast<int>(n), last ? XML_TRUE : XML_FALSE);
      if (error_) std::rethrow_exception(error_);
      if (stopped_) return;
      if (st != XML_STATUS_OK)
        fail(where,
             fmt::format("XML hỏng ở dòng {}, cột {} của phần '{}': {}", XML_GetCurrentLineNumber(parser_),
                         XML_GetCurrentColumnNumber(parser_) + 1, name, XML_ErrorString(XML_GetErrorCode(parser_))),
             fmt::format("broken XML at line {}, column {} of the part '{}': {}", XML_GetCurrentLineNumber(parser_),
                         XML_GetCurrentColumnNumber(parser_) + 1, name, XML_ErrorString(XML_GetErrorCode(parser_))));
      if (last) return;
    }
  }

 protected:
  virtual void start(std::string_view name, const XML_Char** atts) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}
  /// Stops the parse after the current element (the caller has what it wanted).
  void stop() {
    stopped_ = true;
    XML_StopParser(parser_, XML_FALSE);
  }

 private:
  // Exceptions must not unwind through expat (C code): keep the first one, stop, rethrow in run().
  template <class F>
  static void guarded(void* self, F f) {
    auto* s = static_cast<XmlStream*>(self);
    if (s->error_ || s->stopped_) return;
    try {
      f(*s);
    } catch (...) {
      s->error_ = std::current_exception();
      XML_StopParser(s->parser_, XML_FALSE);
    }
  }
  static void on_start(void* self, const XML_Char* name, const XML_Char** atts) {
    guarded(self, [&](XmlStream& s) { s.start(local(name), atts); });
  }
  static void on_end(void* self, const XML_Char* name) {
    guarded(self, [&](XmlStream& s) { s.end(local(name)); });
  }
  static void on_text(void* self, const XML_Char* s, int len) {
    guarded(self, [&](XmlStream& x) { x.text(std::string_view(s, static_cast<std::size_t>(len))); });
  }

  XML_Parser parser_;
  std::exception_ptr error_;
  bool stopped_ = false;
};

std::string trim_part_path(std::string target) {
  // Relationship targets are relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/...").
  if (!target.empty() && target.front() == '/') return target.substr(1);
  return "xl/" + target;
}

}  // namespace

XlsxWorkbook::XlsxWorkbook(std::string file) : file_(std::move(file)) {
  int err = 0;
  zip_ = libzip::zip_open(file_.c_str(), ZIP_RDONLY, &err);
  if (zip_ == nullptr) {
    zip_error_t ze;
    libzip::zip_error_init_with_code(&ze, err);
    const std::string why = libzip::zip_error_strerror(&ze);
    libzip::zip_error_fini(&ze);
    fail(file_, fmt::format("không đọc được tệp xlsx (không phải tệp zip của Excel: {})", why),
         fmt::format("cannot read the xlsx file (not an Excel zip file: {})", why));
  }
  try {
    load_workbook();
  } catch (...) {
    libzip::zip_discard(zip_);
    throw;
  }
}

XlsxWorkbook::~XlsxWorkbook() {
  if (zip_) libzip::zip_discard(zip_);
}

int XlsxWorkbook::find_sheet(std::string_view name) const {
  std::string a, b;
  const std::string want(fold_key(name, a));
  for (std::size_t i = 0; i < names_.size(); ++i)
    if (fold_key(names_[i], b) == want) return static_cast<int>(i);
  return -1;
}

void XlsxWorkbook::load_workbook() {
  struct Workbook : XmlStream {
    std::vector<std::string> names, ids;
    bool date1904 = false;
    void start(std::string_view name, const XML_Char** atts) override {
      if (name == "sheet") {
        const char* n = attr(atts, "name");
        const char* id = attr(atts, "id");
        names.emplace_back(n ? n : "");
        ids.emplace_back(id ? id : "");
      } else if (name == "workbookPr") {
        const char* d = attr(atts, "date1904");
        date1904 = d != nullptr && (std::string_view(d) == "1" || std::string_view(d) == "true");
      }
    }
    void end(std::string_view) override {}
  } wb;
  if (libzip::zip_name_locate(zip_, "xl/workbook.xml", 0) < 0)
    fail(file_, "không phải sổ làm việc Excel (thiếu xl/workbook.xml)", "not an Excel workbook (no xl/workbook.xml)");
  wb.run(zip_, "xl/workbook.xml", file_);
  date1904_ = wb.date1904;

  struct Rels : XmlStream {
    std::vector<std::pair<std::string, std::string>> targets;  // id -> target
    std::string shared, styles;
    void start(std::string_view name, const XML_Char** atts) override {
      if (name != "Relationship") return;
      const char* id = attr(atts, "Id");
      const char* target = attr(atts, "Target");
      const char* type = attr(atts, "Type");
      if (!id || !target) return;
      targets.emplace_back(id, target);
      const std::string_view t = type ? type : "";
      if (t.ends_with("/sharedStrings")) shared = target;
      if (t.ends_with("/styles")) styles = target;
    }
    void end(std::string_view) override {}
  } rels;
  if (libzip::zip_name_locate(zip_, "xl/_rels/workbook.xml.rels", 0) >= 0)
    rels.run(zip_, "xl/_rels/workbook.xml.rels", file_);
  for (std::size_t i = 0; i < wb.names.size(); ++i) {
    std::string path;
    for (const auto& [id, target] : rels.targets)
      if (id == wb.ids[i]) path = trim_part_path(target);
    if (path.empty()) path = fmt::format("xl/worksheets/sheet{}.xml", i + 1);
    names_.push_back(wb.names[i]);
    paths_.push_back(path);
  }
  const std::string shared = rels.shared.empty() ? "xl/sharedStrings.xml" : trim_part_path(rels.shared);
  if (libzip::zip_name_locate(zip_, shared.c_str(), 0) >= 0) load_shared_strings(shared);
  const std::string styles = rels.styles.empty() ? "xl/styles.xml" : trim_part_path(rels.styles);
  if (libzip::zip_name_locate(zip_, styles.c_str(), 0) >= 0) load_styles(styles);
}

void XlsxWorkbook::load_shared_strings(const std::string& path) {
  struct Sst : XmlStream {
    std::vector<std::string>* out = nullptr;
    std::string cur;
    bool in_t = false;
    int phonetic = 0;  // <rPh> runs hold a reading aid, not the text
    void start(std::string_view name, const XML_Char**) override {
      if (name == "si") cur.clear();
      if (name == "rPh") ++phonetic;
      if (name == "t") in_t = phonetic == 0;
    }
    void end(std::string_view name) override {
      if (name == "t") in_t = false;
      if (name == "rPh") --phonetic;
      if (name == "si") out->push_back(std::move(cur));
    }
    void text(std::string_view s) override {
      if (in_t) cur.append(s);
    }
  } sst;
  sst.out = &strings_;
  sst.run(zip_, path, file_);
}

void XlsxWorkbook::load_styles(const std::string& path) {
  struct Styles : XmlStream {
    std::vector<std::pair<int, bool>> custom;  // numFmtId -> shows a date
    std::vector<int> xf_formats;
    bool in_cell_xfs = false;
    void start(std::string_view name, const XML_Char** atts) override {
      if (name == "numFmt") {
        const char* id = attr(atts, "numFmtId");
        const char* code = attr(atts, "formatCode");
        if (id && code) custom.emplace_back(std::atoi(id), date_format_code(code));
      } else if (name == "cellXfs") {
        in_cell_xfs = true;
      } else if (name == "xf" && in_cell_xfs) {
        const char* id = attr(atts, "numFmtId");
        xf_formats.push_back(id ? std::atoi(id) : 0);
      }
    }
    void end(std::string_view name) override {
      if (name == "cellXfs") in_cell_xfs = false;
    }
  } st;
  st.run(zip_, path, file_);
  for (const int f : st.xf_formats) {
    bool date = builtin_date_format(f);
    for (const auto& [id, is_date] : st.custom)
      if (id == f) date = is_date;
    date_style_.push_back(date);
  }
}

void XlsxWorkbook::stream_sheet(int index,
                                const std::function<bool(std::uint32_t, std::span<const XlsxCell>)>& row) const {
  struct Sheet : XmlStream {
    const XlsxWorkbook* wb = nullptr;
    const std::function<bool(std::uint32_t, std::span<const XlsxCell>)>* row = nullptr;
    std::string where;
    std::uint32_t row_number = 0;
    std::uint32_t next_column = 1;
    // The current row's values: texts in one buffer, cells pointing at offsets until the row ends.
    std::string texts;
    struct Pending {
      std::uint32_t column;
      std::size_t begin, size;
      bool number;
    };
    std::vector<Pending> pending;
    std::vector<XlsxCell> cells;
    // The current cell.
    std::uint32_t column = 0;
    char type = 'n';  // the first letter of t="": s(hared), b(oolean), n(umber), i(nlineStr), str, e(rror)
    int style = 0;
    std::string value;
    bool in_value = false;
    bool has_value = false;

    void start(std::string_view name, const XML_Char** atts) override {
      if (name == "c") {
        column = next_column;
        type = 'n';
        style = 0;
        for (int i = 0; atts[i] != nullptr; i += 2) {
          const std::string_view a = local(atts[i]);
          const char* v = atts[i + 1];
          if (a == "r") {
            std::uint32_t c = 0;
            for (const char* p = v; *p >= 'A' && *p <= 'Z' && c <= kMaxColumn; ++p)
              c = c * 26 + static_cast<std::uint32_t>(*p - 'A' + 1);
            if (c > kMaxColumn)  // beyond Excel's XFD: a damaged file, not a row of millions of cells
              fail(where, fmt::format("ô '{}' ở dòng {} nằm ngoài cột XFD (16384) của Excel", v, row_number),
                   fmt::format("cell '{}' in row {} is beyond Excel's last column XFD (16384)", v, row_number));
            if (c > 0) column = c;
          } else if (a == "t") {
            type = v[0];
          } else if (a == "s") {
            style = std::atoi(v);
          }
        }
        next_column = column + 1;
        value.clear();
        has_value = false;
      } else if (name == "v" || name == "t") {
        in_value = true;
        has_value = true;
      } else if (name == "row") {
        const char* r = attr(atts, "r");
        row_number = r ? static_cast<std::uint32_t>(std::strtoul(r, nullptr, 10)) : row_number + 1;
        next_column = 1;
        texts.clear();
        pending.clear();
      }
    }
    void text(std::string_view s) override {
      if (in_value) value.append(s);
    }
    void end(std::string_view name) override {
      if (name == "v" || name == "t") {
        in_value = false;
      } else if (name == "c") {
        if (!has_value) return;
        const std::size_t begin = texts.size();
        bool number = false;
        if (type == 's') {
          const unsigned long i = std::strtoul(value.c_str(), nullptr, 10);
          if (i >= wb->strings_.size())
            fail(where + "!" + cell_ref(column, row_number),
                 fmt::format("ô trỏ tới chuỗi dùng chung số {} không có trong tệp", value),
                 fmt::format("the cell refers to shared string {} which the file does not have", value));
          texts += wb->strings_[i];
        } else if (type == 'b') {
          texts += value == "1" ? "1" : "0";
        } else if (type == 'n') {
          const bool date = style >= 0 && static_cast<std::size_t>(style) < wb->date_style_.size() &&
                            wb->date_style_[static_cast<std::size_t>(style)];
          std::optional<std::string> as_date;
          if (date && !value.empty()) as_date = serial_date(std::strtod(value.c_str(), nullptr), wb->date1904_);
          if (as_date) {
            texts += *as_date;
          } else {  // a number, or a date-styled one outside Excel's dates: its digits, read as the column reads them
            texts += number_text(value);
            number = true;
          }
        } else {  // inlineStr, str (a formula's text), e (an error such as #N/A): the text as stored
          texts += value;
        }
        if (texts.size() == begin) return;
        pending.push_back({column, begin, texts.size() - begin, number});
      } else if (name == "row") {
        if (pending.empty()) return;
        // Excel writes a row's cells left to right, once each; a damaged or hand-made sheet may not, and the
        // row builders index by column up to the last cell's: sort, and keep the first of a repeated cell.
        std::stable_sort(pending.begin(), pending.end(),
                         [](const Pending& x, const Pending& y) { return x.column < y.column; });
        pending.erase(std::unique(pending.begin(), pending.end(),
                                  [](const Pending& x, const Pending& y) { return x.column == y.column; }),
                      pending.end());
        cells.clear();
        for (const Pending& p : pending)
          cells.push_back({p.column, std::string_view(texts).substr(p.begin, p.size), p.number});
        if (!(*row)(row_number, cells)) stop();
      }
    }
  } sheet;
  sheet.wb = this;
  sheet.row = &row;
  sheet.where = file_ + ":" + names_[static_cast<std::size_t>(index)];
  sheet.run(zip_, paths_[static_cast<std::size_t>(index)], sheet.where);
}

}  // namespace kiemtra::core::dataset
