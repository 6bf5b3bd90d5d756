using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Demo;

public sealed record GenerateNationalInput(int Provinces = 34, int People = 10_000, int RegionalOffices = 355);

public sealed record GenerateNationalResult(int Units, int People);

/// <summary>
/// A national-scale data set for benchmarks: the 34 provincial agencies of 1 July 2025, 355 regional offices
/// spread over them, and N people. Inserted in batches with the change tracker cleared, and audited as one
/// summary event (one event per row would dwarf the data). Refuses a database that already has units.
/// </summary>
public sealed class GenerateNationalData(AppDbContext db, TimeProvider clock)
{
    public static readonly string[] ProvinceNames =
    [
        "thành phố Hà Nội", "thành phố Huế", "tỉnh Lai Châu", "tỉnh Điện Biên", "tỉnh Sơn La", "tỉnh Lạng Sơn", "tỉnh Quảng Ninh",
        "tỉnh Thanh Hóa", "tỉnh Nghệ An", "tỉnh Hà Tĩnh", "tỉnh Cao Bằng", "tỉnh Tuyên Quang", "tỉnh Lào Cai", "tỉnh Thái Nguyên",
        "tỉnh Phú Thọ", "tỉnh Bắc Ninh", "tỉnh Hưng Yên", "thành phố Hải Phòng", "tỉnh Ninh Bình", "tỉnh Quảng Trị",
        "thành phố Đà Nẵng", "tỉnh Quảng Ngãi", "tỉnh Gia Lai", "tỉnh Khánh Hòa", "tỉnh Lâm Đồng", "tỉnh Đắk Lắk",
        "Thành phố Hồ Chí Minh", "tỉnh Đồng Nai", "tỉnh Tây Ninh", "thành phố Cần Thơ", "tỉnh Vĩnh Long", "tỉnh Đồng Tháp",
        "tỉnh Cà Mau", "tỉnh An Giang",
    ];

    private const int Batch = 5_000;

    public async Task<GenerateNationalResult> HandleAsync(GenerateNationalInput input, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        if (input.Provinces is < 1 or > 34)
        {
            throw new ArgumentOutOfRangeException(nameof(input), "Số tỉnh phải từ 1 đến 34.");
        }

        if (input.People < 0 || input.RegionalOffices < input.Provinces)
        {
            throw new ArgumentOutOfRangeException(nameof(input), "Số công chức không âm và số phòng khu vực không ít hơn số tỉnh.");
        }

        if (await db.Units.AnyAsync(ct))
        {
            throw new InvalidOperationException("Cơ sở dữ liệu đã có đơn vị: hãy sinh dữ liệu quốc gia trên một cơ sở dữ liệu trống.");
        }

        var from = new DateOnly(2025, 7, 1);
        var random = new Random(34);
        var names = new VietnameseNames(random);
        db.SuppressEntityAudit = true;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.BeginOwnedTransactionAsync(ct);
            var ministry = new OrgUnit("BTP", "Bộ Tư pháp", UnitKind.MINISTRY, null, new DateOnly(2002, 8, 5));
            var central = new OrgUnit("QLTHADS", "Cục Quản lý Thi hành án dân sự", UnitKind.CENTRAL, ministry, from);
            db.Units.AddRange(ministry, central);
            var provinces = Enumerable.Range(0, input.Provinces)
                .Select(i => new OrgUnit($"T{i + 1:00}", "Thi hành án dân sự " + ProvinceNames[i], UnitKind.PROVINCIAL, central, from)).ToList();
            db.Units.AddRange(provinces);
            var offices = new List<OrgUnit>(input.RegionalOffices);
            for (var p = 0; p < provinces.Count; p++)
            {
                // Spread the offices as evenly as possible: the first (N mod P) provinces get one more.
                var count = input.RegionalOffices / provinces.Count + (p < input.RegionalOffices % provinces.Count ? 1 : 0);
                for (var k = 1; k <= count; k++)
                {
                    offices.Add(new OrgUnit($"T{p + 1:00}-KV{k:00}", $"Phòng Thi hành án dân sự khu vực {k} – {ProvinceNames[p]}", UnitKind.REGIONAL, provinces[p], from));
                }
            }

            db.Units.AddRange(offices);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            progress?.Report($"{offices.Count + provinces.Count + 2} đơn vị");

            var homes = provinces.Concat(offices).Select(u => (u.Id, u.Kind)).ToArray();
            var year = clock.GetUtcNow().Year;
            var made = 0;
            while (made < input.People)
            {
                db.ChangeTracker.Clear();
                var size = Math.Min(Batch, input.People - made);
                for (var i = 0; i < size; i++)
                {
                    var home = homes[random.Next(homes.Length)];
                    var gender = random.Next(100) < 48 ? Gender.F : Gender.M;
                    var leader = random.Next(100) < 12;
                    var age = 24 + random.Next(36);
                    var person = Person.ForBulk($"N{made + i + 1:0000000}", names.Next(gender), gender, new DateOnly(year - age, 1 + random.Next(12), 1 + random.Next(28)),
                        home.Id, leader ? "Phó Trưởng phòng" : "Chấp hành viên", leader ? LeadershipLevel.DIVISION : LeadershipLevel.NONE, new DateOnly(year - random.Next(1, Math.Max(2, age - 22)), 1 + random.Next(12), 1));
                    db.People.Add(person);
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                made += size;
                progress?.Report($"{made}/{input.People} công chức");
            }

            db.ChangeTracker.Clear();
            db.SuppressEntityAudit = false;
            var unitCount = offices.Count + provinces.Count + 2;
            db.RecordEvent("demo.national_generated", "Database", "national", $"Sinh dữ liệu quốc gia: {unitCount} đơn vị, {input.People} công chức.");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new GenerateNationalResult(unitCount, input.People);
        }
        finally
        {
            db.SuppressEntityAudit = false;
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
