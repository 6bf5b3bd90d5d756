namespace ThiDua.Tests.Imports;

/// <summary>
/// Genuine Unicode Vietnamese as officers type it (people, units, titles, sentences), plus English and foreign names,
/// for checking that the legacy-encoding detector never fires on real text.
/// </summary>
internal static class VietnameseCorpus
{
    public static readonly string[] People =
    [
        "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Huỳnh Thị Giang", "Phan Văn Hải",
        "Vũ Thị Hạnh", "Võ Văn Hùng", "Đặng Thị Hương", "Bùi Văn Khánh", "Đỗ Thị Lan", "Hồ Văn Long", "Ngô Thị Mai",
        "Dương Văn Minh", "Lý Thị Nga", "Đinh Văn Nam", "Trương Thị Oanh", "Lương Văn Phúc", "Tạ Thị Quỳnh", "Đoàn Văn Sơn",
        "Mai Thị Thảo", "Cao Văn Thắng", "Lâm Thị Thu", "Quách Văn Toàn", "Tô Thị Trang", "Hà Văn Tuấn", "Lã Thị Uyên",
        "Mạc Văn Việt", "Thái Thị Xuân", "Châu Văn Yên", "Kiều Thị Ánh", "Âu Văn Ấn", "Ông Thị Ứng", "Khổng Văn Đức",
        "Nguyễn Thị Ngọc Hân", "Trần Quốc Toản", "Lê Thị Thuý Hằng", "Phạm Ngọc Thạch", "Hoàng Thị Thúy Kiều",
        "Nguyễn Hữu Nghĩa", "Trần Thị Huyền Trang", "Đặng Quang Khải", "Nguyễn Thị Khuê", "Lê Thị Hoè", "Phạm Thị Huệ",
        "Nguyễn Thị Tuyết", "Trần Thị Nguyệt", "Vũ Thị Oanh", "Hoàng Thị Loan", "Ngô Quyền", "Nguyễn Trãi", "Lê Lợi",
        "Quang Trung", "Trần Hưng Đạo", "Nguyễn Thị Minh Khai", "Võ Thị Sáu", "Phan Bội Châu", "Phan Châu Trinh",
        "Huỳnh Thúc Kháng", "Nguyễn Đình Chiểu", "Hồ Xuân Hương", "Đoàn Thị Điểm", "Bà Huyện Thanh Quan", "Nguyễn Khuyến",
        "Tú Xương", "Xuân Diệu", "Huy Cận", "Chế Lan Viên", "Tố Hữu", "Nguyễn Thị Ngoãn", "Trịnh Công Sơn",
        "Y Ngông Niê Kđăm", "Ksor Ní", "H'Hen Niê", "Rơ Mah Phi", "Đinh Thị Ê Đê", "Nông Đức Mạnh", "Lò Văn Giàng",
        "Hứa Thị Phấn", "Giáp Văn Khương", "Ngô Gia Tự", "Khuất Duy Tiến", "Nguyễn Thị Giàu", "Lê Thị Gìn",
        "ĐẶNG THỊ THU HÀ", "NGUYỄN VĂN QUYẾT", "TRẦN THỊ KHUYÊN",
    ];

    public static readonly string[] Units =
    [
        "Cục Thi hành án dân sự tỉnh Lạng Sơn", "Chi cục Thi hành án dân sự huyện Cao Lộc", "Phòng Tổ chức cán bộ",
        "Văn phòng Cục", "Phòng Nghiệp vụ và Tổ chức thi hành án", "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo",
        "Phòng Kế hoạch - Tài chính", "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Sở Giáo dục và Đào tạo", "Sở Tư pháp",
        "Bộ Tư pháp", "Tổng cục Thi hành án dân sự", "Trường Trung học phổ thông Lê Lợi", "Bệnh viện Đa khoa tỉnh",
        "Công an thành phố Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Buôn Ma Thuột",
        "Đắk Lắk", "Đắk Nông", "Gia Lai", "Kon Tum", "Lâm Đồng", "Khánh Hoà", "Bà Rịa - Vũng Tàu", "Quảng Ngãi",
        "Quảng Bình", "Hà Tĩnh", "Nghệ An", "Thanh Hoá", "Ninh Bình", "Thái Bình", "Nam Định", "Hưng Yên", "Bắc Ninh",
        "Vĩnh Phúc", "Phú Thọ", "Tuyên Quang", "Hà Giang", "Lào Cai", "Điện Biên", "Sơn La", "Hoà Bình", "Yên Bái",
        "Bắc Kạn", "Cao Bằng", "Quảng Ninh", "Huyện Krông Búk", "Xã Ea H'leo", "Huyện Cư M'gar", "Xã Ia Grai",
        "Phường Bến Nghé, Quận 1", "Thị xã Sơn Tây", "Thị trấn Đồng Đăng", "Khu phố 3, phường Tân Phong",
        "Đội Thi hành án số 2", "Ban Thi đua - Khen thưởng", "Hội đồng Thi đua - Khen thưởng Cục",
    ];

    public static readonly string[] Sentences =
    [
        "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ",
        "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua toàn quốc", "Tập thể lao động xuất sắc",
        "Cờ thi đua của Chính phủ", "Bằng khen của Thủ tướng Chính phủ", "Huân chương Lao động hạng Ba", "Kỷ niệm chương",
        "Giấy khen của Cục trưởng", "Sáng kiến cải tiến quy trình xác minh điều kiện thi hành án",
        "Đề tài khoa học cấp bộ đã được nghiệm thu", "Đang bị xem xét kỷ luật", "Nghỉ ốm 45 ngày trong năm",
        "Nghỉ thai sản theo quy định", "Chuyển công tác ngày 15/03/2024", "Được bổ nhiệm làm Phó Chi cục trưởng",
        "Khen thưởng đột xuất vì có thành tích xuất sắc trong đấu tranh phòng, chống tham nhũng",
        "Người khuyết tật được ưu tiên", "Gương người tốt, việc tốt", "Điển hình tiên tiến giai đoạn 2020–2025",
        "Đồng chí đã hoàn thành xuất sắc nhiệm vụ được giao, gương mẫu chấp hành chủ trương của Đảng.",
        "Tích cực học tập chính trị, văn hoá, chuyên môn, nghiệp vụ.", "Có đạo đức, lối sống lành mạnh.",
        "Khoẻ mạnh, thuỷ chung, quý trọng, khuỷu tay, ngoằn ngoèo, xoong nồi, quần soóc, thuở nhỏ, khuya khoắt.",
        "Giữ gìn sự trong sáng của tiếng Việt", "Rượu uống nhiều hại sức khoẻ", "Người già, trẻ em, phụ nữ",
        "Mưa to gió lớn, nước dâng cao", "Ngày mai trời nắng, chiều có mưa rào", "Yêu nước, thương nòi",
        "Ăn quả nhớ kẻ trồng cây", "Uống nước nhớ nguồn", "Ở hiền gặp lành", "Ơn nghĩa sinh thành", "Ừ, được rồi!",
        "Ghi chú: đã xác minh (lần 2) — đủ điều kiện; số tiền 1.234.567 đồng; tỷ lệ 98,5%.",
        "Địa chỉ: số 12, ngõ 34/5, đường Nguyễn Chí Thanh, phường Láng Thượng, quận Đống Đa",
        "Điện thoại: 0912 345 678 — Email: can.bo@thads.moj.gov.vn", "Số quyết định: 123/QĐ-TCTHADS ngày 05/02/2024",
        "TĐKT, CSTĐCS, LĐTT, HTXS, HTT, UBND, HĐND, QĐ, TTLĐXS", "Khoá học bồi dưỡng nghiệp vụ thẩm tra viên",
        "Thẩm tra viên chính", "Chấp hành viên sơ cấp", "Thư ký thi hành án", "Kế toán viên", "Chuyên viên chính",
    ];

    public static readonly string[] Foreign =
    [
        "Annual performance review", "Excellent", "Total: 1,234.56 USD", "N/A", "#REF!", "TRUE", "FALSE", "e-mail: a@b.c",
        "Müller", "François Mitterrand", "José Peña", "Zoë", "Bjørn Ångström", "São Paulo", "naïve café résumé",
        "Noël à Paris", "Jürgen Köln Straße", "Crème brûlée", "Dvořák", "Łódź", "İstanbul", "Ñandú", "Øresund",
        "© 2024 Công ty", "« Hà Nội »", "Nhiệt độ 25 °C", "5 µm", "3 × 4 = 12", "½ ngày", "§ 3 Điều 5", "A·B",
    ];

    public static IEnumerable<string> All => People.Concat(Units).Concat(Sentences).Concat(Foreign);
}
