namespace ThiDua.Core.Documents;

/// <summary>
/// Sample documents of the demo province (THADS Lạng Sơn), for `thidua document sample`, the tests and the benchmark:
/// an engineer or an officer can look at the layout without a database.
/// </summary>
public static class SampleDocuments
{
    public static readonly Issuer LangSon = new("Cục Quản lý THADS", "Thi hành án dân sự tỉnh Lạng Sơn", "THADS", "Lạng Sơn", "TCCB");

    public static readonly DateOnly Date = new(2026, 11, 27);

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Hà", "Vi", "Lương", "Nông", "Đặng"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Thị Thu", "Minh", "Thị Hồng", "Quốc", "Thị Phương"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Giang", "Hạnh", "Hương", "Khánh", "Lâm", "Mai", "Nghĩa", "Phượng", "Quân", "Thảo", "Tuấn", "Yến"];
    private static readonly string[] Positions = ["Chấp hành viên", "Thẩm tra viên", "Thư ký thi hành án", "Kế toán viên", "Chuyên viên", "Phó Trưởng phòng"];
    private static readonly string[] Offices =
    [
        "Phòng Thi hành án dân sự khu vực 1", "Phòng Thi hành án dân sự khu vực 2", "Phòng Thi hành án dân sự khu vực 3",
        "Phòng Nghiệp vụ và Tổ chức thi hành án", "Văn phòng",
    ];

    public static SignatureBlock DeputyHead { get; } = new(AuthorityForm.KT, "Phó Trưởng", "Hoàng Văn Nghĩa", "Trưởng");

    /// <summary>A deterministic person: the same index always gives the same name, position and unit.</summary>
    public static (string Name, string PositionAndUnit) Person(int i) =>
        ($"{FamilyNames[i % FamilyNames.Length]} {MiddleNames[i / 3 % MiddleNames.Length]} {GivenNames[i * 7 % GivenNames.Length]}",
         $"{Positions[i % Positions.Length]}, {Offices[i / 2 % Offices.Length]}");

    public static OfficialDocument AwardDecision(int awardees) => OfficialDocuments.AwardDecision(AwardDecisionInput(awardees));

    /// <summary>The facts of the sample decision (number 05): with <c>Number = null, Draft = true</c> its draft.</summary>
    public static AwardDecisionInput AwardDecisionInput(int awardees) => new(
        LangSon, 5, Date, "Trưởng Thi hành án dân sự tỉnh Lạng Sơn", "Giấy khen",
        "xuất sắc trong phong trào thi đua \"Vì công lý, tận tụy phục vụ nhân dân\" năm 2026",
        [
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
            "Căn cứ Thông tư số 01/2024/TT-BTP ngày 26 tháng 01 năm 2024 của Bộ trưởng Bộ Tư pháp hướng dẫn công tác thi đua, khen thưởng ngành Tư pháp",
        ],
        "Theo đề nghị của Hội đồng Thi đua – Khen thưởng Thi hành án dân sự tỉnh Lạng Sơn",
        Enumerable.Range(0, awardees).Select(i => Person(i)).Select(p => new Awardee(p.Name, p.PositionAndUnit, "Giấy khen", 1_800_000)).ToList(),
        "Quỹ thi đua, khen thưởng năm 2026 của Thi hành án dân sự tỉnh Lạng Sơn",
        "Chánh Văn phòng, Trưởng phòng Nghiệp vụ và Tổ chức thi hành án, Kế toán trưởng",
        DeputyHead,
        ["Như Điều 3", "Cục Quản lý thi hành án dân sự (để báo cáo)", "Lãnh đạo đơn vị"]);

    public static OfficialDocument Plan() => OfficialDocuments.Plan(new PlanInput(
        LangSon, 12, new DateOnly(2026, 2, 3), "Tổ chức phong trào thi đua \"Vì công lý, tận tụy phục vụ nhân dân\" năm 2026",
        ["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "Căn cứ Kế hoạch công tác năm 2026 của Cục Quản lý thi hành án dân sự"],
        [
            new("Mục đích, yêu cầu", [
                "1. Động viên công chức, người lao động thi đua hoàn thành xuất sắc chỉ tiêu thi hành án về việc và về tiền năm 2026.",
                "2. Phong trào thi đua phải thiết thực, tránh hình thức; việc bình xét khen thưởng công khai, dân chủ, đúng quy định.",
            ]),
            new("Nội dung thi đua", [
                "1. Thi đua hoàn thành các chỉ tiêu, nhiệm vụ được giao: tỷ lệ thi hành xong về việc đạt trên 85%, về tiền đạt trên 45% số có điều kiện thi hành.",
                "2. Thi đua cải cách hành chính, ứng dụng công nghệ thông tin, xây dựng cơ quan văn hóa.",
            ]),
            new("Tổ chức thực hiện", [
                "1. Các phòng chuyên môn tổ chức đăng ký thi đua trước ngày 15 tháng 3 năm 2026.",
                "2. Văn phòng là cơ quan thường trực, tổng hợp, báo cáo kết quả thực hiện Kế hoạch.",
            ]),
        ],
        DeputyHead,
        ["Cục Quản lý thi hành án dân sự (để báo cáo)", "Lãnh đạo đơn vị", "Các phòng chuyên môn"]));

    public static OfficialDocument RegistrationList(int people) => OfficialDocuments.RegistrationList(new RegistrationListInput(
        LangSon with { ParentBody = "Thi hành án dân sự tỉnh Lạng Sơn", Name = "Phòng Thi hành án dân sự khu vực 1", Code = "KV1" }, new DateOnly(2026, 3, 9), 2026,
        Enumerable.Range(0, people)
            .Select(i => new Registration(Person(i).Name, Positions[i % Positions.Length] + ", Phòng Thi hành án dân sự khu vực 1",
                i % 5 == 0 ? "Chiến sĩ thi đua cơ sở" : "Lao động tiên tiến")).ToList(),
        new SignatureBlock(AuthorityForm.Direct, "Trưởng phòng", "Lương Thị Hạnh")));
}
