using ThiDua.Core.Organisation;

namespace ThiDua.Core.Demo;

/// <summary>
/// Realistic Vietnamese names for demo data, drawn with weights close to the national distribution of family
/// names (Nguyễn about 38 %), with Tày and Nùng family names for the northern mountain provinces.
/// </summary>
public sealed class VietnameseNames(Random random)
{
    private static readonly (string Name, int Weight)[] Families =
    [
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 50), ("Phan", 45), ("Vũ", 40),
        ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đinh", 8),
        ("Trịnh", 6), ("Đào", 6), ("Mai", 5), ("Tạ", 3), ("Lương", 4), ("Cao", 4), ("Tô", 3), ("Đoàn", 5), ("Lâm", 3),
    ];

    private static readonly (string Name, int Weight)[] NorthernMountainFamilies =
    [
        ("Hoàng", 60), ("Nông", 40), ("Lương", 30), ("Vi", 25), ("Lăng", 15), ("Chu", 15), ("Hà", 15), ("Mã", 10),
        ("Lục", 10), ("Triệu", 10), ("Nguyễn", 90), ("Trần", 20), ("Lê", 15), ("Phạm", 10),
    ];

    private static readonly string[] MaleMiddle = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thành", "Mạnh", "Công", "Tiến", "Ngọc", "Trung", "Anh"];
    private static readonly string[] FemaleMiddle = ["Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Phương", "Thúy", "Kim", "Bích", "Thùy", "Diệu", "Hải"];

    private static readonly string[] MaleGiven =
    [
        "An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hùng", "Huy", "Khánh", "Long", "Nam", "Phong", "Quân",
        "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Hoàng", "Hiếu", "Kiên", "Lâm", "Tùng", "Đông", "Hưng", "Lộc",
        "Nghĩa", "Phúc", "Thành", "Toàn", "Chiến", "Duy", "Khoa", "Quý", "Tài", "Thịnh", "Trường", "Vũ",
    ];

    private static readonly string[] FemaleGiven =
    [
        "Anh", "Chi", "Dung", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "Ngân",
        "Nhung", "Oanh", "Phượng", "Thảo", "Trang", "Vân", "Yến", "Nga", "Thủy", "Hiền", "Giang", "Hồng", "Liên",
        "Ly", "My", "Nhàn", "Quyên", "Tâm", "Thơ", "Trinh", "Uyên", "Xuân", "Diệp", "Hậu", "Khuê", "Ngọc",
    ];

    public string Next(Gender gender, bool northernMountain = false)
    {
        var family = Pick(northernMountain ? NorthernMountainFamilies : Families);
        var middle = gender == Gender.F ? FemaleMiddle[random.Next(FemaleMiddle.Length)] : MaleMiddle[random.Next(MaleMiddle.Length)];
        var given = gender == Gender.F ? FemaleGiven[random.Next(FemaleGiven.Length)] : MaleGiven[random.Next(MaleGiven.Length)];
        return $"{family} {middle} {given}";
    }

    private string Pick((string Name, int Weight)[] weighted)
    {
        var total = weighted.Sum(w => w.Weight);
        var roll = random.Next(total);
        foreach (var (name, weight) in weighted)
        {
            if (roll < weight)
            {
                return name;
            }

            roll -= weight;
        }

        return weighted[0].Name;
    }
}
