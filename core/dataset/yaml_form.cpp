// Single-file YAML tables: header = the keys of all rows in first-seen order; cells located by mark.
#include "dataset/yaml_form.hpp"

#include "dataset/manifest.hpp"
#include "dataset/messages.hpp"
#include "dataset/table_merge.hpp"
#include "dataset/table_rows.hpp"
#include "dataset/text.hpp"

namespace kiemtra::core::dataset {

namespace {

std::size_t index_of(const std::vector<std::string>& names, const std::string& key) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == key) return i;
  return names.size();
}

}  // namespace

template <class Row>
void read_yaml_table(const YAML::Node& node, const std::string& file, TableId id, ReadState& st, Table<Row>& table) {
  const TableSpec& spec = spec_of(id);
  const std::string_view tname = table_name(id);
  table.file = file;
  table.present = true;
  if (!node || node.IsNull()) return;
  if (!node.IsSequence())
    bad_yaml_value(file, node, tname, "phải là một danh sách, mỗi dòng là một bảng khóa: giá trị",
              "must be a list with one map of key: value per row");

  std::vector<std::string> names;
  std::vector<TextPos> positions;
  std::string scratch;
  for (const YAML::Node& row : node) {
    if (!row.IsMap())
      bad_yaml_value(file, row, tname, "mỗi dòng phải là một bảng khóa: giá trị", "each row must be a map of key: value");
    for (const auto& kv : row) {
      if (!kv.first.IsScalar()) bad_yaml_value(file, kv.first, tname, "khóa phải là chữ", "keys must be text");
      std::string key(to_nfc(trim(kv.first.Scalar()), scratch));
      if (index_of(names, key) == names.size()) {
        names.push_back(std::move(key));
        positions.push_back(yaml_pos(kv.first));
      }
    }
  }
  const HeaderMap map = map_header(spec, names, positions, st.aliases[static_cast<std::size_t>(id)], file,
                                   st.manifest_file, /*require=*/false);
  table.extra_names = map.extra_names;
  const TableSetup setup = st.table_setup(spec, map, file, id);

  Chunk<Row> chunk;
  RowContext ctx(setup, chunk.sink);
  std::vector<Cell> cells(names.size());
  for (const YAML::Node& row : node) {
    const TextPos at = yaml_pos(row);
    for (Cell& c : cells) c = Cell{{}, nullptr, at.line, at.column, true, false};
    for (const auto& kv : row) {
      std::string key(to_nfc(trim(kv.first.Scalar()), scratch));
      Cell& c = cells[index_of(names, key)];
      const YAML::Node& v = kv.second;
      const TextPos vp = v.Mark().is_null() ? yaml_pos(kv.first) : yaml_pos(v);
      c.line = vp.line;
      c.column = vp.column;
      if (v.IsScalar()) {
        c.text = v.Scalar();
        c.ascii = is_ascii(c.text);
      } else if (v.IsSequence() || v.IsMap()) {
        c.not_scalar = true;
      }
    }
    Row r{};
    ctx.begin_row(cells, nullptr, at.line - 1, static_cast<std::uint32_t>(chunk.rows.size()), at.column);
    build_row(ctx, r);
    ctx.finish_row();
    set_line(chunk, r, at.line);
    chunk.rows.push_back(r);
    if (st.strict && ctx.row_has_issue()) break;
  }
  merge_chunk(table, chunk, 0, id, st);
  if (st.strict && !st.dataset->read_issues.empty()) throw UserError(msg_strict(st.dataset->read_issues.front()));
}

template void read_yaml_table(const YAML::Node&, const std::string&, TableId, ReadState&, Table<Organization>&);
template void read_yaml_table(const YAML::Node&, const std::string&, TableId, ReadState&, Table<Member>&);
template void read_yaml_table(const YAML::Node&, const std::string&, TableId, ReadState&, Table<Payment>&);
template void read_yaml_table(const YAML::Node&, const std::string&, TableId, ReadState&, Table<Candidate>&);
template void read_yaml_table(const YAML::Node&, const std::string&, TableId, ReadState&, Table<CommitteeSeat>&);
template void read_yaml_table(const YAML::Node&, const std::string&, TableId, ReadState&, Table<Transfer>&);
template void read_yaml_table(const YAML::Node&, const std::string&, TableId, ReadState&, Table<Event>&);
template void read_yaml_table(const YAML::Node&, const std::string&, TableId, ReadState&, Table<Rating>&);
template void read_yaml_table(const YAML::Node&, const std::string&, TableId, ReadState&, Table<Meeting>&);
template void read_yaml_table(const YAML::Node&, const std::string&, TableId, ReadState&, Table<Attendance>&);

}  // namespace kiemtra::core::dataset
