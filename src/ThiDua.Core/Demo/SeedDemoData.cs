using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;
using ThiDua.Core.Identity.Accounts;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Demo;

public sealed record DemoAccount(string UserName, string DisplayName, Role Role, string UnitCode, string? PersonCode);

/// <summary>
/// The demo province: Bộ Tư pháp → Cục Quản lý THADS → three provincial agencies, Lạng Sơn complete with its
/// departments and eight regional offices, about 250 staff with realistic names, and one account per role; then
/// <see cref="SeedDemoRecords"/> adds the five emulation years up to the last finished one and the units closed in the
/// 2025 reorganisation.
/// Runs only in demo mode and only on an empty database; deterministic (fixed random seed).
/// </summary>
public sealed class SeedDemoData(AppDbContext db, CreateAccount createAccount, SeedDemoRecords records, SeedDemoMovements movements, TimeProvider clock,
    SeedDemoRegistrations registrations, SeedDemoCovenants covenants, SeedDemoTargets targets, SeedDemoCouncils councils,
    SeedDemoProposals proposals, SeedDemoDecisions decisions, SeedDemoPastYear pastYear)
{
    /// <summary>Shared by every demo account; printed at start-up in demo mode only.</summary>
    public const string DemoPassword = "ThiDua-Demo-2026";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("quantri", "Quản trị hệ thống (demo)", Role.Administrator, "BTP", null),
        new("canbo.langson", "Cán bộ thi đua THADS Lạng Sơn (demo)", Role.EmulationOfficer, "LSN", "LSN-0014"),
        new("lanhdao.langson", "Lãnh đạo THADS Lạng Sơn (demo)", Role.UnitLeader, "LSN", "LSN-0001"),
        new("hoidong.langson", "Thành viên Hội đồng TĐKT Lạng Sơn (demo)", Role.CouncilMember, "LSN", "LSN-0002"),
        new("canbo.cuc", "Cán bộ thi đua Cục Quản lý THADS (demo)", Role.EmulationOfficer, "QLTHADS", "QLT-0004"),
        new("kiemtra", "Thành viên đoàn kiểm tra của Cục (demo)", Role.Inspector, "QLTHADS", "QLT-0003"),
        new("nhanvien", "Nguyễn Văn An (demo)", Role.StaffMember, "LSN-KV1", "LSN-0100"),
        new("congkhai", "Người xem công khai (demo)", Role.Public, "BTP", null),
        new("canbo.hanoi", "Cán bộ thi đua THADS Hà Nội (demo)", Role.EmulationOfficer, "HNI", "HNI-0004"),
    ];

    private static readonly DateOnly Reorganised = new(2025, 7, 1);

    public async Task<bool> HandleAsync(CancellationToken ct = default)
    {
        if (await db.Units.AnyAsync(ct))
        {
            return false;
        }

        var random = new Random(2015);
        var names = new VietnameseNames(random);
        await using var transaction = await db.BeginOwnedTransactionAsync(ct);

        var ministry = Add(new OrgUnit("BTP", "Bộ Tư pháp", UnitKind.MINISTRY, null, new DateOnly(2002, 8, 5)));
        var central = Add(new OrgUnit("QLTHADS", "Cục Quản lý Thi hành án dân sự", UnitKind.CENTRAL, ministry, Reorganised));
        var langSon = Add(new OrgUnit("LSN", "Thi hành án dân sự tỉnh Lạng Sơn", UnitKind.PROVINCIAL, central, Reorganised));
        var haNoi = Add(new OrgUnit("HNI", "Thi hành án dân sự thành phố Hà Nội", UnitKind.PROVINCIAL, central, Reorganised));
        var ngheAn = Add(new OrgUnit("NAN", "Thi hành án dân sự tỉnh Nghệ An", UnitKind.PROVINCIAL, central, Reorganised));
        OrgUnit[] lsDepartments =
        [
            Add(new OrgUnit("LSN-VP", "Văn phòng", UnitKind.DEPARTMENT, langSon, Reorganised)),
            Add(new OrgUnit("LSN-TCCB", "Phòng Tổ chức cán bộ", UnitKind.DEPARTMENT, langSon, Reorganised)),
            Add(new OrgUnit("LSN-NV", "Phòng Nghiệp vụ và Tổ chức thi hành án", UnitKind.DEPARTMENT, langSon, Reorganised)),
            Add(new OrgUnit("LSN-KT", "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo", UnitKind.DEPARTMENT, langSon, Reorganised)),
            Add(new OrgUnit("LSN-KHTC", "Phòng Kế hoạch – Tài chính", UnitKind.DEPARTMENT, langSon, Reorganised)),
        ];
        string[] lsAreas = ["Thành phố Lạng Sơn – Cao Lộc", "Văn Lãng – Tràng Định", "Bình Gia – Văn Quan", "Bắc Sơn", "Hữu Lũng", "Chi Lăng", "Lộc Bình", "Đình Lập"];
        var lsOffices = lsAreas.Select((area, i) => Add(new OrgUnit(
            $"LSN-KV{i + 1}", $"Phòng Thi hành án dân sự khu vực {i + 1} ({area})", UnitKind.REGIONAL, langSon, Reorganised))).ToArray();
        string[] hnAreas = ["Ba Đình – Hoàn Kiếm", "Cầu Giấy – Tây Hồ"];
        string[] naAreas = ["Vinh – Hưng Nguyên", "Diễn Châu – Yên Thành"];
        var hnOffices = hnAreas.Select((area, i) => Add(new OrgUnit(
            $"HNI-KV{i + 1}", $"Phòng Thi hành án dân sự khu vực {i + 1} ({area})", UnitKind.REGIONAL, haNoi, Reorganised))).ToArray();
        var naOffices = naAreas.Select((area, i) => Add(new OrgUnit(
            $"NAN-KV{i + 1}", $"Phòng Thi hành án dân sự khu vực {i + 1} ({area})", UnitKind.REGIONAL, ngheAn, Reorganised))).ToArray();
        await db.SaveChangesAsync(ct);

        var people = new PeopleFactory(names, random, clock.GetUtcNow().Year);
        // Central authority: leadership and the inspection department's staff.
        people.Add(central, "QLT", "Cục trưởng", true, Gender.M, null);
        people.Add(central, "QLT", "Phó Cục trưởng", true, null, null);
        people.Add(central, "QLT", "Thanh tra viên chính", false, Gender.F, null);
        for (var i = 0; i < 7; i++)
        {
            people.Add(central, "QLT", i < 2 ? "Trưởng phòng" : "Chuyên viên chính", i < 2, null, null);
        }

        // Lạng Sơn: leadership first (LSN-0001 the head, LSN-0002 and -0003 the deputies), then each department's head and
        // deputy (LSN-0004 … -0013), so that LSN-0014 is the emulation officer of Phòng TCCB, the person of canbo.langson.
        people.Add(langSon, "LSN", "Trưởng Thi hành án dân sự tỉnh", true, Gender.M, null, northern: true);
        people.Add(langSon, "LSN", "Phó Trưởng Thi hành án dân sự tỉnh", true, Gender.F, null, northern: true);
        people.Add(langSon, "LSN", "Phó Trưởng Thi hành án dân sự tỉnh", true, Gender.M, null, northern: true);
        foreach (var department in lsDepartments)
        {
            people.Add(department, "LSN", department.Code == "LSN-VP" ? "Chánh Văn phòng" : "Trưởng phòng", true, null, null, northern: true);
            people.Add(department, "LSN", department.Code == "LSN-VP" ? "Phó Chánh Văn phòng" : "Phó Trưởng phòng", true, null, null, northern: true);
        }

        people.Add(lsDepartments[1], "LSN", "Chuyên viên (phụ trách thi đua, khen thưởng)", false, Gender.F, null, northern: true);
        foreach (var department in lsDepartments)
        {
            for (var i = 0; i < 5; i++)
            {
                people.Add(department, "LSN", Pick(random, "Chuyên viên", "Chuyên viên", "Thẩm tra viên", "Kế toán viên", "Văn thư"), false, null, null, northern: true);
            }
        }

        people.SkipTo("LSN", 100);
        people.Add(lsOffices[0], "LSN", "Chấp hành viên", false, Gender.M, "Nguyễn Văn An", northern: true);
        foreach (var office in lsOffices)
        {
            people.Add(office, "LSN", "Trưởng phòng", true, null, null, northern: true);
            people.Add(office, "LSN", "Phó Trưởng phòng", true, null, null, northern: true);
            var staff = 15 + random.Next(6);
            for (var i = 0; i < staff; i++)
            {
                people.Add(office, "LSN", Pick(random, "Chấp hành viên", "Chấp hành viên", "Chấp hành viên", "Thư ký thi hành án", "Thư ký thi hành án",
                    "Thẩm tra viên", "Kế toán viên", "Văn thư", "Chuyên viên"), false, null, null, northern: true);
            }
        }

        foreach (var (province, offices, prefix) in new[] { (haNoi, hnOffices, "HNI"), (ngheAn, naOffices, "NAN") })
        {
            people.Add(province, prefix, "Trưởng Thi hành án dân sự " + (prefix == "HNI" ? "thành phố" : "tỉnh"), true, Gender.M, null);
            people.Add(province, prefix, "Phó Trưởng Thi hành án dân sự " + (prefix == "HNI" ? "thành phố" : "tỉnh"), true, null, null);
            people.Add(province, prefix, "Trưởng phòng Tổ chức cán bộ", true, Gender.F, null);
            people.Add(province, prefix, "Chuyên viên (phụ trách thi đua, khen thưởng)", false, Gender.F, null);
            foreach (var office in offices)
            {
                people.Add(office, prefix, "Trưởng phòng", true, null, null);
                for (var i = 0; i < 6; i++)
                {
                    people.Add(office, prefix, Pick(random, "Chấp hành viên", "Thư ký thi hành án", "Thẩm tra viên", "Chuyên viên"), false, null, null);
                }
            }
        }

        db.People.AddRange(people.Created);
        await db.SaveChangesAsync(ct);

        var byCode = people.Created.ToDictionary(p => p.Code);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, ct);
        foreach (var account in Accounts)
        {
            var result = await createAccount.HandleAsync(new CreateAccountInput(
                account.UserName,
                account.PersonCode is null ? account.DisplayName : byCode[account.PersonCode].FullName + " (demo)",
                null,
                DemoPassword,
                account.PersonCode is null ? null : byCode[account.PersonCode].Id,
                [new GrantInput(account.Role, units[account.UnitCode].Id)],
                IsDemo: true), ct);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException("Demo account " + account.UserName + ": " + string.Join("; ", result.Errors.Select(e => e.Message)));
            }
        }

        // Five years of history (ratings, awards, the 2025 reorganisation…); its new units come after all of the above.
        await records.HandleAsync(ct);
        await movements.HandleAsync(ct);
        await registrations.HandleAsync(ct);
        await covenants.HandleAsync(ct);
        await targets.HandleAsync(ct);
        await councils.HandleAsync(ct);
        await proposals.HandleAsync(ct);
        await decisions.HandleAsync(ct);
        await pastYear.HandleAsync(ct);
        db.RecordEvent("demo.seeded", "Database", "demo", $"Dữ liệu mẫu: {units.Count} đơn vị, {people.Created.Count} công chức, {Accounts.Count} tài khoản demo.");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private OrgUnit Add(OrgUnit unit)
    {
        db.Units.Add(unit);
        return unit;
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];

    /// <summary>Makes people with codes per prefix ("LSN-0001"), plausible birth and recruitment dates.</summary>
    private sealed class PeopleFactory(VietnameseNames names, Random random, int currentYear)
    {
        private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

        public List<Person> Created { get; } = [];

        public void SkipTo(string prefix, int number) => _next[prefix] = Math.Max(_next.GetValueOrDefault(prefix, 1), number);

        public void Add(OrgUnit unit, string prefix, string position, bool leader, Gender? gender, string? name, bool northern = false)
        {
            var number = _next.GetValueOrDefault(prefix, 1);
            _next[prefix] = number + 1;
            var g = gender ?? (random.Next(100) < 48 ? Gender.F : Gender.M);
            var age = leader ? 40 + random.Next(18) : 24 + random.Next(34);
            var birth = new DateOnly(currentYear - age, 1 + random.Next(12), 1 + random.Next(28));
            var recruitedYear = Math.Min(currentYear - 1, birth.Year + 23 + random.Next(Math.Max(1, age - 23)));
            var recruited = new DateOnly(recruitedYear, 1 + random.Next(12), 1);
            var level = !leader ? LeadershipLevel.NONE
                : position.Contains("Trưởng Thi hành án", StringComparison.Ordinal) || position.Contains("Cục trưởng", StringComparison.Ordinal)
                    ? LeadershipLevel.DEPARTMENT : LeadershipLevel.DIVISION;
            Created.Add(new Person($"{prefix}-{number:0000}", name ?? names.Next(g, northern), g, birth, unit, position, level, recruited));
        }
    }
}
