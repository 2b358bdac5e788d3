# The words of the khoi-cqt-2019 sample: agencies of a provincial bloc, their units, Vietnamese names, places.
"""Vocabulary for generate.py. Only lists: every choice among them is made by generate.py's seeded RNG."""

# The 31 grassroots party committees (đảng bộ cơ sở): the larger agencies, with their units (chi bộ trực thuộc).
DANG_BO = [
    ("Sở Tài chính", ["Văn phòng", "Phòng Ngân sách", "Phòng Quản lý giá và Công sản", "Phòng Tài chính đầu tư",
                      "Phòng Tài chính doanh nghiệp", "Thanh tra Sở", "Phòng Tin học và Thống kê"]),
    ("Sở Kế hoạch và Đầu tư", ["Văn phòng", "Phòng Tổng hợp, Quy hoạch", "Phòng Đăng ký kinh doanh",
                               "Phòng Kinh tế ngành", "Phòng Đấu thầu, Thẩm định và Giám sát đầu tư", "Thanh tra Sở"]),
    ("Sở Nội vụ", ["Văn phòng", "Phòng Tổ chức, Biên chế", "Phòng Công chức, Viên chức", "Ban Thi đua - Khen thưởng",
                   "Ban Tôn giáo", "Chi cục Văn thư - Lưu trữ"]),
    ("Bệnh viện Đa khoa tỉnh", ["Phòng Kế hoạch tổng hợp", "Phòng Tổ chức cán bộ", "Khoa Dược", "Khoa Xét nghiệm",
                                "Khoa Chẩn đoán hình ảnh"]),
    ("Sở Công Thương", ["Văn phòng", "Phòng Quản lý công nghiệp", "Phòng Quản lý thương mại", "Phòng Quản lý năng lượng",
                        "Trung tâm Khuyến công"]),
    ("Sở Nông nghiệp và Phát triển nông thôn", ["Văn phòng", "Phòng Kế hoạch - Tài chính", "Chi cục Thủy lợi",
                                                "Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục Chăn nuôi và Thú y",
                                                "Chi cục Phát triển nông thôn", "Trung tâm Khuyến nông",
                                                "Chi cục Thủy sản", "Ban Quản lý rừng phòng hộ"]),
    ("Sở Giao thông vận tải", ["Văn phòng", "Phòng Quản lý vận tải", "Phòng Quản lý kết cấu hạ tầng giao thông",
                               "Thanh tra Sở", "Ban Quản lý dự án giao thông", "Trung tâm Đăng kiểm xe cơ giới"]),
    ("Sở Xây dựng", ["Văn phòng", "Phòng Quản lý xây dựng", "Phòng Quy hoạch - Kiến trúc", "Thanh tra Sở",
                     "Trung tâm Giám định chất lượng xây dựng"]),
    ("Sở Tài nguyên và Môi trường", ["Văn phòng", "Phòng Quản lý đất đai", "Chi cục Bảo vệ môi trường",
                                     "Văn phòng Đăng ký đất đai", "Trung tâm Quan trắc tài nguyên và môi trường",
                                     "Trung tâm Phát triển quỹ đất", "Thanh tra Sở"]),
    ("Sở Lao động - Thương binh và Xã hội", ["Văn phòng", "Phòng Người có công", "Phòng Bảo trợ xã hội",
                                             "Trung tâm Dịch vụ việc làm", "Trung tâm Bảo trợ xã hội",
                                             "Cơ sở Cai nghiện ma túy"]),
    ("Sở Văn hóa, Thể thao và Du lịch", ["Văn phòng", "Phòng Quản lý văn hóa", "Phòng Quản lý thể dục thể thao",
                                         "Phòng Quản lý du lịch", "Thư viện tỉnh", "Bảo tàng tỉnh",
                                         "Trung tâm Văn hóa tỉnh", "Nhà hát Nghệ thuật truyền thống"]),
    ("Sở Giáo dục và Đào tạo", ["Văn phòng", "Phòng Giáo dục trung học", "Phòng Giáo dục mầm non và tiểu học",
                                "Phòng Khảo thí và Kiểm định chất lượng", "Phòng Tổ chức cán bộ", "Thanh tra Sở"]),
    ("Sở Y tế", ["Văn phòng", "Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược", "Chi cục Dân số - Kế hoạch hóa gia đình",
                 "Chi cục An toàn vệ sinh thực phẩm", "Trung tâm Giám định y khoa", "Thanh tra Sở"]),
    ("Sở Thông tin và Truyền thông", ["Văn phòng", "Phòng Bưu chính - Viễn thông", "Phòng Thông tin - Báo chí - Xuất bản",
                                      "Trung tâm Công nghệ thông tin và Truyền thông"]),
    ("Sở Khoa học và Công nghệ", ["Văn phòng", "Phòng Quản lý khoa học", "Chi cục Tiêu chuẩn Đo lường Chất lượng",
                                  "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"]),
    ("Văn phòng UBND tỉnh", ["Phòng Tổng hợp", "Phòng Kinh tế", "Phòng Khoa giáo - Văn xã", "Phòng Hành chính - Tổ chức",
                             "Ban Tiếp công dân", "Trung tâm Phục vụ hành chính công", "Nhà khách tỉnh"]),
    ("Văn phòng Tỉnh ủy", ["Phòng Tổng hợp", "Phòng Hành chính - Lưu trữ", "Phòng Quản trị - Tài vụ",
                           "Phòng Tài chính Đảng", "Nhà khách Tỉnh ủy"]),
    ("Cục Thuế tỉnh", ["Văn phòng", "Phòng Tuyên truyền - Hỗ trợ người nộp thuế", "Phòng Kiểm tra thuế số 1",
                       "Phòng Kiểm tra thuế số 2", "Phòng Thanh tra thuế", "Phòng Quản lý nợ và cưỡng chế nợ thuế",
                       "Phòng Kê khai và Kế toán thuế", "Phòng Tổ chức cán bộ", "Phòng Tin học"]),
    ("Kho bạc Nhà nước tỉnh", ["Văn phòng", "Phòng Kế toán Nhà nước", "Phòng Kiểm soát chi", "Phòng Thanh tra - Kiểm tra",
                               "Phòng Tổ chức cán bộ"]),
    ("Bảo hiểm xã hội tỉnh", ["Văn phòng", "Phòng Quản lý thu", "Phòng Chế độ bảo hiểm xã hội", "Phòng Giám định bảo hiểm y tế",
                              "Phòng Kế hoạch - Tài chính", "Phòng Cấp sổ, thẻ", "Phòng Kiểm tra"]),
    ("Đài Phát thanh và Truyền hình tỉnh", ["Phòng Tổ chức - Hành chính", "Phòng Thời sự", "Phòng Chuyên đề",
                                            "Phòng Kỹ thuật - Công nghệ", "Phòng Biên tập", "Phòng Dịch vụ quảng cáo"]),
    ("Báo tỉnh", ["Phòng Trị sự", "Phòng Thời sự", "Phòng Kinh tế", "Phòng Xây dựng Đảng", "Phòng Điện tử"]),
    ("Trường Chính trị tỉnh", ["Phòng Tổ chức - Hành chính", "Phòng Đào tạo", "Khoa Lý luận cơ sở",
                               "Khoa Xây dựng Đảng", "Khoa Nhà nước và Pháp luật"]),
    ("Trường Cao đẳng Y tế", ["Phòng Đào tạo", "Phòng Hành chính - Quản trị", "Khoa Điều dưỡng", "Khoa Dược",
                              "Khoa Y học cơ sở", "Khoa Khoa học cơ bản"]),
    ("Trường Cao đẳng Sư phạm", ["Phòng Đào tạo", "Phòng Tổ chức - Hành chính", "Khoa Tự nhiên", "Khoa Xã hội",
                                 "Khoa Tiểu học - Mầm non", "Khoa Ngoại ngữ - Tin học", "Trường Thực hành Sư phạm"]),
    ("Tòa án nhân dân tỉnh", ["Văn phòng", "Tòa Hình sự", "Tòa Dân sự", "Tòa Hành chính", "Phòng Giám đốc kiểm tra"]),
    ("Viện Kiểm sát nhân dân tỉnh", ["Văn phòng", "Phòng Thực hành quyền công tố về hình sự", "Phòng Kiểm sát dân sự",
                                     "Phòng Kiểm sát thi hành án", "Phòng Thanh tra - Khiếu tố"]),
    ("Cục Thống kê tỉnh", ["Văn phòng", "Phòng Thống kê Tổng hợp", "Phòng Thống kê Kinh tế", "Phòng Thống kê Xã hội",
                           "Phòng Thu thập thông tin"]),
    ("Cục Thi hành án dân sự tỉnh", ["Văn phòng", "Phòng Nghiệp vụ và Tổ chức thi hành án", "Phòng Kiểm tra",
                                     "Phòng Tổ chức cán bộ"]),
    ("Ban Quản lý các khu công nghiệp", ["Văn phòng", "Phòng Quản lý đầu tư", "Phòng Quản lý doanh nghiệp",
                                         "Phòng Quy hoạch - Xây dựng", "Công ty Phát triển hạ tầng khu công nghiệp"]),
    ("Ngân hàng Nhà nước chi nhánh tỉnh", ["Phòng Tổng hợp, Nhân sự", "Phòng Kế toán - Thanh toán",
                                           "Thanh tra, giám sát ngân hàng", "Phòng Tiền tệ - Kho quỹ"]),
]

# The two sub-committees (đảng bộ bộ phận) of the provincial hospital's committee, with their cells.
BO_PHAN = {
    "Bệnh viện Đa khoa tỉnh": [
        ("Khối Nội", ["Khoa Nội tổng hợp", "Khoa Tim mạch", "Khoa Nhi", "Khoa Truyền nhiễm", "Khoa Hồi sức tích cực"]),
        ("Khối Ngoại", ["Khoa Ngoại tổng hợp", "Khoa Chấn thương chỉnh hình", "Khoa Gây mê hồi sức", "Khoa Sản",
                        "Khoa Cấp cứu"]),
    ]
}

# The 42 grassroots cells (chi bộ cơ sở): the smaller agencies. The first is the bloc committee's own office.
CHI_BO = [
    "Cơ quan Đảng ủy Khối", "Sở Tư pháp", "Sở Ngoại vụ", "Thanh tra tỉnh", "Ban Dân tộc tỉnh",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
    "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Cơ quan Ủy ban MTTQ Việt Nam tỉnh", "Cơ quan Tỉnh đoàn",
    "Cơ quan Hội Liên hiệp Phụ nữ tỉnh", "Cơ quan Hội Nông dân tỉnh", "Cơ quan Hội Cựu chiến binh tỉnh",
    "Cơ quan Liên đoàn Lao động tỉnh", "Liên minh Hợp tác xã tỉnh", "Hội Chữ thập đỏ tỉnh",
    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Hội Văn học Nghệ thuật tỉnh", "Hội Nhà báo tỉnh",
    "Hội Luật gia tỉnh", "Cục Quản lý thị trường", "Chi cục Kiểm lâm", "Quỹ Đầu tư phát triển tỉnh",
    "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp",
    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Bệnh viện Y dược cổ truyền", "Bệnh viện Lao và Bệnh phổi",
    "Bệnh viện Mắt", "Bệnh viện Tâm thần", "Bệnh viện Sản - Nhi", "Trung tâm Kiểm soát bệnh tật tỉnh",
    "Trường THPT Chuyên", "Trường Cao đẳng Nghề", "Ngân hàng Chính sách xã hội chi nhánh tỉnh",
    "Trung tâm Lưu trữ lịch sử tỉnh", "Ban Quản lý Khu kinh tế cửa khẩu", "Đoàn Luật sư tỉnh",
    "Trung tâm Phát triển quỹ nhà ở", "Hội Người cao tuổi tỉnh",
]

SURNAMES = ["Nguyễn"] * 10 + ["Trần"] * 4 + ["Lê"] * 4 + ["Phạm"] * 3 + ["Hoàng"] * 2 + [
    "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào", "Lương", "Trịnh",
    "Mai", "Cao", "Hà", "Lưu", "Tạ", "Chu", "Lã", "Tô", "Quách", "Kiều"]
MIDDLE_MALE = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thanh", "Ngọc", "Xuân", "Đình", "Trọng",
               "Mạnh", "Quốc", "Tiến", "Anh", "Duy", "Hoàng", "Bá"]
MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Kim", "Phương", "Thùy", "Lan",
                 "Mai", "Bích", "Diệu", "Hải", "Khánh", "Quỳnh"]
GIVEN_MALE = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khánh", "Long", "Minh", "Nam", "Phong",
              "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Vinh", "Trung", "Hiếu", "Tâm", "Thành", "Toàn", "Khoa", "Lâm",
              "Nghĩa", "Phúc", "Quang", "Tài", "Tùng", "Hưng", "Kiên", "Lợi", "Mạnh", "Nhân", "Tiến", "Trí", "Vũ",
              "Hoà", "Đông", "Thịnh", "Chiến", "Hậu", "Khải", "Luân", "Quyết", "Sang", "Thuận", "Đức"]
GIVEN_FEMALE = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Huyền", "Lan", "Liên", "Linh",
                "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thủy", "Trang", "Uyên",
                "Vân", "Yến", "Xuân", "Hiền", "Hòa", "Huệ", "Lệ", "Ly", "My", "Nguyệt", "Nhàn", "Thu", "Thư", "Tâm",
                "Tuyết", "Vy", "Diệp", "Hồng", "Lý", "Ngọc", "Thắm", "Trinh", "Duyên"]

# Counterparts of transfers: organizations outside the bloc on the other side.
DISTRICTS = ["huyện Đông Sơn", "huyện Yên Định", "huyện Hoằng Hóa", "huyện Quảng Xương", "huyện Thọ Xuân",
             "huyện Nông Cống", "thị xã Bỉm Sơn", "thành phố Sầm Sơn", "huyện Tĩnh Gia", "huyện Hậu Lộc",
             "huyện Vĩnh Lộc", "huyện Thiệu Hóa", "huyện Triệu Sơn", "huyện Ngọc Lặc", "huyện Như Thanh"]
COMMUNES = ["xã Đông Hòa", "xã Quảng Tân", "phường Điện Biên", "phường Ba Đình", "xã Hoằng Phúc", "xã Yên Trường",
            "thị trấn Rừng Thông", "phường Lam Sơn", "xã Thiệu Đô", "xã Xuân Lập", "phường Trường Thi",
            "xã Nga Thạch", "thị trấn Nông Cống", "phường Đông Vệ", "xã Thọ Dân"]
OUTSIDE = ["Đảng bộ Khối Doanh nghiệp tỉnh", "Đảng bộ Công an tỉnh", "Đảng bộ Quân sự tỉnh",
           "Đảng bộ Bộ đội Biên phòng tỉnh", "Đảng ủy Khối các cơ quan Trung ương",
           "Đảng bộ Khối các Cơ quan tỉnh Nghệ An", "Đảng bộ Khối các Cơ quan tỉnh Ninh Bình",
           "Đảng ủy Khối Cơ quan và Doanh nghiệp thành phố Hà Nội", "Đảng bộ Đại học Quốc gia Hà Nội"]
