using ThiDua.Core.Imports.Files;
using ThiDua.Core.Organisation.Import;

namespace ThiDua.Bench;

/// <summary>
/// Writes the files of the import benchmark (bench/import.sh): N people in the demo province's regional offices and
/// their records for five emulation years — ratings, some leave, a few disciplines, initiatives and LĐTT awards —
/// as .xlsx files with the import templates' columns. Deterministic.
/// </summary>
public static class ImportFiles
{
    public static void Write(string folder, int people, int lastYear)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(2026);
        var codes = Enumerable.Range(1, people).Select(i => $"B{i:000000}").ToArray();
        string[] family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hoàng", "Nông", "Vi", "Lương"];
        string[] middle = ["Văn", "Thị", "Đức", "Minh", "Thu", "Hồng", "Quang", "Ngọc", "Thanh", "Xuân"];
        string[] given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Lan", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến", "Đạt", "Hiếu", "Linh"];
        var years = Enumerable.Range(lastYear - 4, 5).ToArray();

        Xlsx(folder, ImportKind.People, codes.Select((c, i) => (IReadOnlyList<object?>)
        [
            c, $"{family[random.Next(family.Length)]} {middle[random.Next(middle.Length)]} {given[random.Next(given.Length)]}",
            random.Next(2) == 0 ? "Nữ" : "Nam", new DateOnly(1965 + random.Next(25), 1 + random.Next(12), 1 + random.Next(28)),
            $"LSN-KV{1 + (i % 8)}", i % 10 == 0 ? "Phó Trưởng phòng" : "Chấp hành viên", i % 10 == 0 ? "DIVISION" : "NONE",
            new DateOnly(2010 + random.Next(10), 1 + random.Next(12), 1), null,
        ]));
        Xlsx(folder, ImportKind.Ratings, codes.SelectMany(c => years.Select(y => (IReadOnlyList<object?>)
            [c, y, random.Next(100) switch { < 18 => "HTXS", < 92 => "HTT", < 99 => "HT", _ => "KHT" }])));
        Xlsx(folder, ImportKind.Leave, codes.Where((_, i) => i % 25 == 0).Select(c => (IReadOnlyList<object?>)
            [c, years[random.Next(5)], random.Next(2) == 0 ? "MATERNITY" : "TRAINING", 20 + random.Next(120)]));
        Xlsx(folder, ImportKind.Discipline, codes.Where((_, i) => i % 200 == 0).Select(c => (IReadOnlyList<object?>)
            [c, "KHIEN_TRACH", new DateOnly(years[random.Next(5)], 3, 1 + random.Next(27)), null, $"{random.Next(1, 300)}/QĐ-THADS"]));
        Xlsx(folder, ImportKind.Initiatives, codes.Where((_, i) => i % 20 == 0).Select((c, i) => (IReadOnlyList<object?>)
            [$"Giải pháp nâng cao hiệu quả thi hành án số {i + 1}", "CO_SO", "Hội đồng sáng kiến THADS tỉnh Lạng Sơn", $"{i + 1}/QĐ-HĐSK",
                new DateOnly(years[i % 5], 11, 15), years[i % 5], c]));
        Xlsx(folder, ImportKind.Awards, codes.SelectMany(c => years.Take(4).Select(y => (IReadOnlyList<object?>)
            [c, null, "LDTT", "CONG_TRANG", y, null, $"{y - 2000}{c[^4..]}/QĐ-THADS", new DateOnly(y + 1, 1, 15), "Trưởng Thi hành án dân sự tỉnh Lạng Sơn"])));
    }

    private static void Xlsx(string folder, ImportKind kind, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var file = File.Create(Path.Combine(folder, ImportSchemas.Slug(kind) + ".xlsx"));
        TabularFileWriter.WriteXlsx(file, ImportSchemas.Title(kind), ImportSchemas.Columns(kind).Select(c => c.Header).ToList(), rows);
    }
}
