#!/usr/bin/env python3
"""Writes the .xlsx fixtures of tests/dataset/xlsx_test.cpp with openpyxl (a real spreadsheet writer),
so the reader is tested on files as Excel-compatible software writes them, not on hand-made XML.

usage: make_xlsx.py KIND OUT_PATH
  office    members as an office keeps them: a title block with merged cells, Vietnamese headers,
            date cells, numeric ids (one that lost its leading zero), a text id, a bad date
  workbook  a whole dataset in one workbook: sheets organizations, members, dues
  big N     N members on one sheet (and organizations on another), for the streaming test
  bad-column, broken-xml
            the office workbook damaged after openpyxl wrote it: a cell reference beyond column XFD,
            or the sheet's XML cut off in the middle of a row
"""
import datetime
import sys
import zipfile

from openpyxl import Workbook


def organizations(ws):
    ws.append(["id", "parent_id", "name", "kind"])
    ws.append(["T", None, "Đảng bộ Khối", "cap_tren_co_so"])
    ws.append(["CB01", "T", "Chi bộ Sở Tư pháp", "chi_bo_co_so"])
    ws.append(["CB02", "T", "Chi bộ Sở Y tế", "chi_bo_co_so"])


def office(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    # The title block: merged across the table's width, then an empty row.
    ws["A1"] = "DANH SÁCH ĐẢNG VIÊN"
    ws.merge_cells("A1:I1")
    ws["A2"] = "Đảng bộ Khối các cơ quan tỉnh"
    ws.merge_cells("A2:I2")
    ws.append([])
    ws.append(["Mã đảng viên", "Mã chi bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Trạng thái",
               "Ngày vào Đảng", "Số CCCD", "Số thẻ đảng viên"])
    ws.append(["M1", "CB01", "Nguyễn Văn An", "Nam", datetime.date(1980, 1, 2), "Chính thức",
               datetime.date(2005, 3, 4), "001080012345", 12345])   # row 5: the id stored as text
    ws.append(["M2", "CB01", "Trần Thị Bình", "Nữ", datetime.date(1990, 5, 6), "Dự bị",
               datetime.date(2019, 1, 1), 1090012345, None])        # row 6: the id stored as a number
    ws.append(["M3", "CB02", "Lê Văn Cường", "Nam", "31/02/1975", "Chính thức",
               datetime.datetime(2000, 9, 10, 8, 30), None, None])  # row 7: a text date, a time of day
    ws.append(["M4", "CB02", "Phạm Thị Dung", "nu", "15/06/1985", "chinh_thuc", "20/11/2010", 123456789012, 7])
    for row in ws.iter_rows(min_row=5, min_col=5, max_col=7):
        for c in row:
            if isinstance(c.value, (datetime.date, datetime.datetime)):
                c.number_format = "dd/mm/yyyy"
    wb.save(path)


def workbook(path):
    wb = Workbook()
    organizations(wb.active)
    wb.active.title = "organizations"
    ws = wb.create_sheet("Members")  # any case
    ws.append(["id", "org_id", "full_name", "gender", "birth_date", "status", "admitted_on", "ghi chú"])
    ws.append(["M1", "CB01", "Nguyễn Văn An", "nam", datetime.date(1980, 1, 2), "chinh_thuc", datetime.date(2005, 3, 4), "tổ 1"])
    ws.append(["M2", "CB02", "Trần Thị Bình", "nu", datetime.date(1990, 5, 6), "du_bi", datetime.date(2019, 1, 1), True])
    for row in ws.iter_rows(min_row=2, min_col=5, max_col=7):
        for c in row:
            c.number_format = "yyyy-mm-dd"
    ws = wb.create_sheet("dues")
    ws.append(["member_id", "period", "amount"])
    ws.append(["M1", "2024-01", 50000])
    ws.append(["M1", "2024-02", "50.000"])
    wb.save(path)


def big(path, n):
    wb = Workbook(write_only=True)  # openpyxl's streaming writer
    orgs = wb.create_sheet("organizations")
    organizations(orgs)
    ws = wb.create_sheet("members")
    ws.append(["id", "org_id", "full_name", "gender", "birth_date", "status", "admitted_on", "citizen_id"])
    for i in range(n):
        ws.append([f"M{i}", "CB01" if i % 2 else "CB02", f"Đảng viên số {i}", "nam" if i % 3 else "nu",
                   datetime.date(1960 + i % 40, 1 + i % 12, 1 + i % 28), "chinh_thuc",
                   datetime.date(2000 + i % 20, 1 + i % 12, 1 + i % 28), f"{i:012d}"])
    wb.save(path)


def damaged(path, how):
    office(path + ".tmp")
    with zipfile.ZipFile(path + ".tmp") as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                if how == "bad-column":
                    text = text.replace('r="C6"', 'r="ZZZZ6"')
                else:
                    text = text[: text.index('<row r="6"') + 20]
                data = text.encode("utf-8")
            zout.writestr(item, data)


if __name__ == "__main__":
    kind, out = sys.argv[1], sys.argv[2]
    if kind == "office":
        office(out)
    elif kind == "workbook":
        workbook(out)
    elif kind in ("bad-column", "broken-xml"):
        damaged(out, kind)
    elif kind == "big":
        big(out, int(sys.argv[3]))
    else:
        sys.exit(f"unknown fixture kind {kind}")
