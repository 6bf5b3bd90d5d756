using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared;
using CstdcsRoute = ThiDua.Core.Awards.Eligibility.CstdcsRoute;

namespace ThiDua.Core.Demo;

/// <summary>What <see cref="SeedDemoRecords"/> wrote.</summary>
public sealed record DemoRecordsResult(
    int Units,
    int Successions,
    int Assignments,
    int Ratings,
    int Leaves,
    int Disciplines,
    int PendingCases,
    int Initiatives,
    int UnitRatings,
    int Awards,
    int Clusters,
    int ClusterMembers);

/// <summary>
/// Five finished emulation years of records for the demo province, relative to the clock, so that the rules engine has
/// real material for the year it assesses:
/// the reorganisation of 1 July 2025 (the old Cục THADS Lạng Sơn and its 11 Chi cục, closed and placed under their
/// successors as UnitSuccession requires), careers, ratings, leave, disciplines, pending cases, initiatives, unit
/// ratings, historic awards decided under the regime in force on their decision date (rules.md §1–4, through
/// <see cref="RegimeCatalog.Default"/>), and two emulation clusters. Deterministic (fixed seed); called by
/// <see cref="SeedDemoData"/> inside its transaction.
/// </summary>
/// <remarks>
/// <para>
/// <b>Years.</b> The THADS emulation year runs 1 October → 30 September (rules.md §6). The <c>Year</c> of every
/// record written here (rating, leave, initiative, unit rating, cluster membership, an award's period) is the
/// calendar year in which that emulation year <b>ends</b>: 2025 is 01/10/2024–30/09/2025 (<see cref="EmulationYear"/>).
/// </para>
/// <para>
/// <b>The assessed year.</b> <c>last</c> = <see cref="AssessedYear"/>, the last emulation year finished on the
/// clock's date (2026 on 27/11/2026); records cover <c>last − 4 … last</c>. <c>last</c> is the year the app is about
/// to judge: it has ratings, leave, disciplines and initiatives, but <b>no award of any kind</b> (no LĐTT, CSTĐCS,
/// BKBO nor collective title): the app proposes them. Awards exist for the four years before, decided early in the
/// following calendar year under the regime in force on that date.
/// </para>
/// <para>
/// <b>History is not relative.</b> The reorganisation of 1 July 2025 and the moves between Chi cục in 2023 keep their
/// real dates: careers pass through the old units until 30/06/2025 whatever the clock, and a year's collective is the
/// unit open at the end of that year (the old Cục and Chi cục for the years up to 2024, the new agency and the
/// offices from 2025). Issuers and decision-number suffixes follow the organisation on the decision date.
/// </para>
/// <para>
/// <b>References.</b> A decision's number fields hold its số hiệu ("1035/QĐ-BTP"); the free-text references of a
/// discipline or a succession hold the whole phrase ("Quyết định số 57/QĐ-CTHADS ngày 20/3/2024"). All of them are
/// fictitious demo values.
/// </para>
/// </remarks>
public sealed class SeedDemoRecords(AppDbContext db, TimeProvider clock)
{
    /// <summary>How many emulation years are recorded: the assessed one and the four before it.</summary>
    public const int YearsRecorded = 5;

    public const string OldProvincialCode = "LSN-CUC-CU";

    /// <summary>The first day of the new organisation (Cục Quản lý THADS, THADS tỉnh, Phòng THADS khu vực).</summary>
    public static readonly DateOnly Reorganised = new(2025, 7, 1);

    /// <summary>A plausible opening date of the Cục and Chi cục of the 2009 organisation (demo value).</summary>
    public static readonly DateOnly PredecessorsOpened = new(2009, 7, 1);

    /// <summary>A fictitious but well-formed reference of the reorganisation decision (demo data).</summary>
    public const string ReorganisationDecision = "Quyết định số 1568/QĐ-BTP ngày 20/6/2025 của Bộ trưởng Bộ Tư pháp";

    /// <summary>Lạng Sơn's former district sub-departments and the regional office (1-based, LSN-KVn) that took each over.</summary>
    public static IReadOnlyList<(string Code, string Name, int Office)> SubDepartments { get; } =
    [
        ("LSN-CC-TPLANGSON", "Chi cục Thi hành án dân sự thành phố Lạng Sơn", 1),
        ("LSN-CC-CAOLOC", "Chi cục Thi hành án dân sự huyện Cao Lộc", 1),
        ("LSN-CC-VANLANG", "Chi cục Thi hành án dân sự huyện Văn Lãng", 2),
        ("LSN-CC-TRANGDINH", "Chi cục Thi hành án dân sự huyện Tràng Định", 2),
        ("LSN-CC-BINHGIA", "Chi cục Thi hành án dân sự huyện Bình Gia", 3),
        ("LSN-CC-VANQUAN", "Chi cục Thi hành án dân sự huyện Văn Quan", 3),
        ("LSN-CC-BACSON", "Chi cục Thi hành án dân sự huyện Bắc Sơn", 4),
        ("LSN-CC-HUULUNG", "Chi cục Thi hành án dân sự huyện Hữu Lũng", 5),
        ("LSN-CC-CHILANG", "Chi cục Thi hành án dân sự huyện Chi Lăng", 6),
        ("LSN-CC-LOCBINH", "Chi cục Thi hành án dân sự huyện Lộc Bình", 7),
        ("LSN-CC-DINHLAP", "Chi cục Thi hành án dân sự huyện Đình Lập", 8),
    ];

    /// <summary>The emulation year of the reorganisation (2025): the first whose collectives are the new units.</summary>
    public static int ReorganisationYear => EmulationYear.Of(Reorganised);

    /// <summary>The year being assessed on <paramref name="today"/> (records but no awards yet): the last finished emulation year.</summary>
    public static int AssessedYear(DateOnly today) => EmulationYear.LastFinished(today);

    public async Task<DemoRecordsResult> HandleAsync(CancellationToken ct = default)
    {
        var today = VietnameseFormat.Today(clock);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var people = await db.People.OrderBy(p => p.Id).ToListAsync(ct);

        // Structure first and audited one by one (12 units, 12 links): the ids of the existing units stay 1…22.
        var oldProvince = new OrgUnit(OldProvincialCode, "Cục Thi hành án dân sự tỉnh Lạng Sơn", UnitKind.PROVINCIAL, units["LSN"], PredecessorsOpened);
        var subDepartments = SubDepartments
            .Select(s => new OrgUnit(s.Code, s.Name, UnitKind.REGIONAL, units[$"LSN-KV{s.Office}"], PredecessorsOpened))
            .ToList();
        foreach (var unit in subDepartments.Prepend(oldProvince))
        {
            unit.Close(Reorganised.AddDays(-1));
        }

        db.Units.Add(oldProvince);
        db.Units.AddRange(subDepartments);
        await db.SaveChangesAsync(ct);

        var successions = new List<UnitSuccession>
        {
            // The Tổng cục THADS is not in the demo tree; its successor stands for it as the former parent.
            new(oldProvince.Id, units["LSN"].Id, Reorganised, SuccessionKind.MERGE, units["QLTHADS"].Id, ReorganisationDecision),
        };
        successions.AddRange(subDepartments.Select(s =>
            new UnitSuccession(s.Id, s.ParentId!.Value, Reorganised, SuccessionKind.MERGE, oldProvince.Id, ReorganisationDecision)));
        db.UnitSuccessions.AddRange(successions);
        var clusters = new[]
        {
            new Cluster("CUM-TINH-1", "Cụm thi đua số 1 – cơ quan thi hành án dân sự tỉnh, thành phố", ClusterKind.CLUSTER, units["QLTHADS"].Id),
            new Cluster("KHOI-LSN-KV", "Khối thi đua các đơn vị thi hành án dân sự cấp huyện, khu vực tỉnh Lạng Sơn", ClusterKind.BLOCK, units["LSN"].Id),
        };
        db.Clusters.AddRange(clusters);
        await db.SaveChangesAsync(ct);

        var history = new History(units, oldProvince, subDepartments, people, today);
        history.Generate(clusters);

        // Every row is audited by AppDbContext like any other change (about 2,700 events: about 2 s on SQLite and on
        // PostgreSQL on a 2-core machine, so SuppressEntityAudit is not needed); the summary event names the batch.
        db.Assignments.AddRange(history.Assignments);
        db.PersonRatings.AddRange(history.Ratings);
        db.LeaveRecords.AddRange(history.Leaves);
        db.DisciplineRecords.AddRange(history.Disciplines);
        db.PendingCases.AddRange(history.PendingCases);
        db.Initiatives.AddRange(history.Initiatives);
        db.UnitRatings.AddRange(history.UnitRatings);
        db.AwardRecords.AddRange(history.Awards);
        db.ClusterMembers.AddRange(history.ClusterMembers);
        var result = new DemoRecordsResult(
            subDepartments.Count + 1, successions.Count, history.Assignments.Count, history.Ratings.Count, history.Leaves.Count,
            history.Disciplines.Count, history.PendingCases.Count, history.Initiatives.Count, history.UnitRatings.Count,
            history.Awards.Count, clusters.Length, history.ClusterMembers.Count);
        db.RecordEvent("demo.records_seeded", "Database", "demo", string.Create(CultureInfo.InvariantCulture,
            $"Dữ liệu mẫu {history.First}–{history.Last}: {result.Units} đơn vị trước sắp xếp, {result.Assignments} quá trình công tác, "
            + $"{result.Ratings} xếp loại, {result.Leaves} nghỉ dài ngày, {result.Disciplines} kỷ luật, {result.PendingCases} vụ việc đang xem xét, "
            + $"{result.Initiatives} sáng kiến, {result.UnitRatings} xếp loại tập thể, {result.Awards} khen thưởng đã có, "
            + $"{result.Clusters} cụm/khối thi đua ({result.ClusterMembers} lượt thành viên)."));
        await db.SaveChangesAsync(ct);
        return result;
    }

    private sealed record Stint(OrgUnit Unit, string Position, DateOnly From, DateOnly? To)
    {
        public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);
    }

    private enum Tier
    {
        Star,
        Solid,
        Weak,
    }

    /// <summary>Whose story an initiative belongs to: a random author, or one of the people the demo tells about.</summary>
    private enum Lead
    {
        Random,
        An,
        Veteran,
        TwoYearCstdcs,
    }

    /// <summary>
    /// About five initiatives a year; <c>Offset</c> counts from the first recorded year (0 = <c>last − 4</c>, 4 = the
    /// assessed year). The titles fit any year: those of the last offset speak of the regional offices, which exist from
    /// 1 July 2025 on, as every assessed year does from 2025.
    /// </summary>
    private static readonly (int Offset, InitiativeScope Scope, Lead Lead, string Title)[] InitiativePlan =
    [
        (0, InitiativeScope.CoSo, Lead.TwoYearCstdcs, "Giải pháp nâng cao hiệu quả xác minh điều kiện thi hành án thông qua phối hợp với các ngân hàng thương mại trên địa bàn tỉnh"),
        (0, InitiativeScope.CoSo, Lead.Random, "Xây dựng quy trình phối hợp với Ủy ban nhân dân cấp xã trong tống đạt văn bản về thi hành án"),
        (0, InitiativeScope.CoSo, Lead.Random, "Ứng dụng bảng tính theo dõi thời hạn tố tụng trong tổ chức thi hành án tại đơn vị"),
        (0, InitiativeScope.Bo, Lead.Random, "Giải pháp đẩy nhanh tiến độ xử lý tài sản bảo đảm trong các việc thi hành án tín dụng, ngân hàng"),
        (0, InitiativeScope.CoSo, Lead.Random, "Sổ tay hướng dẫn nghiệp vụ cho Thư ký thi hành án mới được tuyển dụng"),
        (1, InitiativeScope.CoSo, Lead.TwoYearCstdcs, "Giải pháp giảm số việc chuyển kỳ sau đối với các việc thi hành án có giá trị nhỏ"),
        (1, InitiativeScope.CoSo, Lead.Veteran, "Quy trình kiểm tra nội bộ hồ sơ thi hành án trước khi ra quyết định đình chỉ, trả đơn yêu cầu"),
        (1, InitiativeScope.CoSo, Lead.Random, "Mô hình phối hợp liên ngành trong cưỡng chế thi hành án tại các xã biên giới"),
        (1, InitiativeScope.CoSo, Lead.Random, "Số hóa hồ sơ thi hành án đã kết thúc phục vụ tra cứu, lưu trữ"),
        (1, InitiativeScope.CoSo, Lead.Random, "Giải pháp vận động đương sự tự nguyện thi hành án bằng tiếng Tày, tiếng Nùng"),
        (2, InitiativeScope.CoSo, Lead.An, "Giải pháp nâng cao hiệu quả xác minh điều kiện thi hành án đối với người phải thi hành án là lao động tự do"),
        (2, InitiativeScope.CoSo, Lead.Random, "Giải pháp nâng cao chất lượng thẩm định giá tài sản kê biên thông qua lựa chọn tổ chức thẩm định giá"),
        (2, InitiativeScope.Bo, Lead.Random, "Xây dựng cơ sở dữ liệu theo dõi người phải thi hành án chưa có điều kiện thi hành"),
        (2, InitiativeScope.CoSo, Lead.Random, "Giải pháp rút ngắn thời gian bán đấu giá tài sản thi hành án"),
        (2, InitiativeScope.CoSo, Lead.Random, "Đổi mới công tác thu, chi tiền thi hành án bằng hình thức chuyển khoản"),
        (3, InitiativeScope.Bo, Lead.An, "Quy trình phối hợp với Văn phòng đăng ký đất đai trong kê biên, xử lý quyền sử dụng đất chưa được cấp giấy chứng nhận"),
        (3, InitiativeScope.CoSo, Lead.Random, "Giải pháp nâng cao hiệu quả thu các khoản nộp ngân sách nhà nước trong bản án hình sự"),
        (3, InitiativeScope.CoSo, Lead.Random, "Quy trình giải quyết khiếu nại về thi hành án dân sự theo hướng công khai, minh bạch"),
        (3, InitiativeScope.CoSo, Lead.Random, "Giải pháp phối hợp với trại giam trong thi hành khoản tiền phạt, bồi thường của phạm nhân"),
        (3, InitiativeScope.CoSo, Lead.Random, "Mẫu biên bản xác minh điều kiện thi hành án điện tử dùng thống nhất trong toàn tỉnh"),
        (4, InitiativeScope.CoSo, Lead.An, "Giải pháp rà soát, phân loại việc có điều kiện và chưa có điều kiện thi hành tại Phòng Thi hành án dân sự khu vực quản lý nhiều địa bàn"),
        (4, InitiativeScope.CoSo, Lead.Random, "Cẩm nang kỹ năng đối thoại với đương sự trong thi hành án dân sự"),
        (4, InitiativeScope.CoSo, Lead.Random, "Giải pháp bàn giao, tiếp nhận hồ sơ thi hành án giữa các Phòng Thi hành án dân sự khu vực khi đương sự chuyển nơi cư trú"),
        (4, InitiativeScope.CoSo, Lead.Random, "Quy trình tổ chức thi hành án tại Phòng Thi hành án dân sự khu vực sau sắp xếp bộ máy"),
        (4, InitiativeScope.CoSo, Lead.Random, "Mô hình \"Chấp hành viên đồng hành\" hỗ trợ đương sự ở vùng sâu, vùng xa"),
    ];

    // Issuers before the reorganisation of 1 July 2025 …
    private const string CucLangSon = "Cục trưởng Cục Thi hành án dân sự tỉnh Lạng Sơn";
    private const string TongCuc = "Tổng cục trưởng Tổng cục Thi hành án dân sự";

    // … and from it on.
    private const string TruongLangSon = "Trưởng Thi hành án dân sự tỉnh Lạng Sơn";
    private const string CucQuanLy = "Cục trưởng Cục Quản lý Thi hành án dân sự";
    private const string BoTruong = "Bộ trưởng Bộ Tư pháp";

    /// <summary>The generation itself: plain objects in memory, in a fixed order, from one seeded random source.</summary>
    private sealed class History
    {
        private readonly Random _random = new(2025);
        private readonly Dictionary<string, OrgUnit> _units;
        private readonly OrgUnit _oldProvince;
        private readonly List<OrgUnit> _subDepartments;
        private readonly List<Person> _people;
        private readonly Dictionary<string, Person> _byCode;
        private readonly DateOnly _today;
        private readonly Dictionary<int, List<Stint>> _stints = [];
        private readonly Dictionary<int, Tier> _tiers = [];
        private readonly Dictionary<(int Person, int Year), Rating> _ratings = [];
        private readonly Dictionary<(int Person, int Year), List<Initiative>> _initiativesOf = [];
        private readonly HashSet<(int Person, int Year)> _ldtt = [];
        private readonly HashSet<(int Person, int Year)> _cstdcs = [];
        private readonly HashSet<int> _taken = [];
        private readonly Dictionary<string, string> _decisionNumbers = new(StringComparer.Ordinal);
        private readonly HashSet<string> _usedNumbers = new(StringComparer.Ordinal);
        private readonly Person _an;
        private readonly Person _veteran;
        private readonly Person _twoYearCstdcs;

        public History(Dictionary<string, OrgUnit> units, OrgUnit oldProvince, List<OrgUnit> subDepartments, List<Person> people, DateOnly today)
        {
            _units = units;
            _oldProvince = oldProvince;
            _subDepartments = subDepartments;
            _people = people;
            _today = today;
            _byCode = people.ToDictionary(p => p.Code, StringComparer.Ordinal);

            Last = AssessedYear(today);
            First = Last - YearsRecorded + 1;

            // The people the demo tells about. Nguyễn Văn An (LSN-0100): HTXS in the last three years, an initiative every
            // one of them (one at ministry scope), CSTĐCS for the two years before the assessed one, no Bằng khen yet: the
            // app should propose CSTĐCS, BKBO and CSTĐBO for the assessed year.
            _an = _byCode["LSN-0100"];
            // The longest-serving leader of Lạng Sơn: BKBO early in last − 5 (for last − 7 and last − 6), then BKTTG in
            // the assessed year for last − 5 … last − 1.
            _veteran = LangSon(p => p.IsLeader && p.RecruitedOn < new DateOnly(First - 9, 1, 1)).OrderBy(p => p.RecruitedOn).ThenBy(p => p.Id).First();
            _taken.Add(_an.Id);
            _taken.Add(_veteran.Id);
            // A provincial department's officer with CSTĐCS in the first two years and a BKBO for them early in the third.
            _twoYearCstdcs = Pick(LangSon(p => !p.IsLeader && p.Unit.Kind == UnitKind.DEPARTMENT && p.RecruitedOn < new DateOnly(First - 3, 1, 1)));
        }

        /// <summary>The first recorded emulation year: <see cref="Last"/> − 4.</summary>
        public int First { get; }

        /// <summary>The assessed year: records, no award.</summary>
        public int Last { get; }

        public List<PersonAssignment> Assignments { get; } = [];

        public List<PersonRating> Ratings { get; } = [];

        public List<LeaveRecord> Leaves { get; } = [];

        public List<DisciplineRecord> Disciplines { get; } = [];

        public List<PendingCase> PendingCases { get; } = [];

        public List<Initiative> Initiatives { get; } = [];

        public List<UnitRating> UnitRatings { get; } = [];

        public List<AwardRecord> Awards { get; } = [];

        public List<ClusterMember> ClusterMembers { get; } = [];

        private IEnumerable<int> Years => Enumerable.Range(First, YearsRecorded);

        /// <summary>Years with decided awards: every recorded year but the assessed one.</summary>
        private IEnumerable<int> AwardYears => Years.Where(y => y < Last);

        public void Generate(Cluster[] clusters)
        {
            MakeCareers();
            MakeDisciplines();
            MakeRatings();
            MakeLeave();
            MakePendingCases();
            MakeInitiatives();
            foreach (var year in AwardYears)
            {
                AwardTitles(year);
            }

            AwardForms();
            RateCollectives();
            MakeClusters(clusters);
        }

        // ---- Careers -------------------------------------------------------------------------------------------

        /// <summary>
        /// Regional offices' staff were in one of their office's predecessor Chi cục until 30/06/2025; the provincial
        /// agency's leaders and departments in the old Cục; everyone else has one open assignment from recruitment.
        /// Five officers moved between Chi cục in 2023 (history: real dates, whatever the clock).
        /// </summary>
        private void MakeCareers()
        {
            var lastOldDay = Reorganised.AddDays(-1);
            var movers = PickMany(5, LangSon(p => !p.IsLeader && p.Unit.Kind == UnitKind.REGIONAL && p.RecruitedOn < new DateOnly(2021, 1, 1)));
            foreach (var person in _people)
            {
                var current = person.Unit;
                var stints = new List<Stint>();
                var start = person.RecruitedOn ?? PredecessorsOpened;
                var predecessors = Predecessors(current);
                if (predecessors.Count == 0 || start >= Reorganised)
                {
                    stints.Add(new Stint(current, person.Position, start, null));
                }
                else
                {
                    var oldStart = start < PredecessorsOpened ? PredecessorsOpened : start;
                    var former = predecessors[_random.Next(predecessors.Count)];
                    var oldPosition = FormerPosition(person, current);
                    if (movers.Contains(person))
                    {
                        var others = _subDepartments.Where(s => !predecessors.Contains(s)).ToList();
                        var moved = new DateOnly(2023, 2 + _random.Next(7), 1);
                        stints.Add(new Stint(others[_random.Next(others.Count)], oldPosition, oldStart, moved.AddDays(-1)));
                        oldStart = moved;
                    }

                    stints.Add(new Stint(former, oldPosition, oldStart, lastOldDay));
                    stints.Add(new Stint(current, person.Position, Reorganised, null));
                }

                _stints[person.Id] = stints;
                foreach (var stint in stints)
                {
                    var assignment = new PersonAssignment(person.Id, stint.Unit.Id, stint.Position, person.Leadership, stint.From);
                    if (stint.To is { } to)
                    {
                        assignment.End(to);
                    }

                    Assignments.Add(assignment);
                }
            }
        }

        private List<OrgUnit> Predecessors(OrgUnit current) => current.Code switch
        {
            "LSN" => [_oldProvince],
            _ when current.Kind == UnitKind.DEPARTMENT && current.ParentId == _units["LSN"].Id => [_oldProvince],
            _ when current.Code.StartsWith("LSN-KV", StringComparison.Ordinal) => _subDepartments.Where(s => s.ParentId == current.Id).ToList(),
            _ => [],
        };

        /// <summary>Titles before 7/2025: Chi cục trưởng, Cục trưởng; a department's staff were staff of the Cục.</summary>
        private static string FormerPosition(Person person, OrgUnit current) => current.Kind switch
        {
            UnitKind.REGIONAL when person.Position == "Trưởng phòng" => "Chi cục trưởng",
            UnitKind.REGIONAL when person.Position == "Phó Trưởng phòng" => "Phó Chi cục trưởng",
            UnitKind.PROVINCIAL when person.Position.StartsWith("Trưởng ", StringComparison.Ordinal) => "Cục trưởng",
            UnitKind.PROVINCIAL when person.Position.StartsWith("Phó Trưởng ", StringComparison.Ordinal) => "Phó Cục trưởng",
            UnitKind.DEPARTMENT when person.Position.Contains("Văn phòng", StringComparison.Ordinal) => person.Position,
            UnitKind.DEPARTMENT => person.Position + ", " + current.Name,
            _ => person.Position,
        };

        private OrgUnit? UnitOn(Person person, DateOnly date) => _stints[person.Id].FirstOrDefault(s => s.Covers(date))?.Unit;

        /// <summary>The collective a person counted in at the end of a year: a department counts with its agency.</summary>
        private OrgUnit? CollectiveOf(Person person, int year) =>
            UnitOn(person, EmulationYear.End(year)) is { } unit ? unit.Kind == UnitKind.DEPARTMENT ? unit.Parent! : unit : null;

        private static bool Employed(Person person, int year) => person.RecruitedOn is null || person.RecruitedOn <= EmulationYear.End(year);

        // ---- Disciplines, ratings, leave, pending cases ---------------------------------------------------------

        /// <summary>
        /// Five disciplines, one decided in each recorded emulation year (dates given as calendar dates: 25 November of
        /// the first year's calendar year falls in the second emulation year); khiển trách and cảnh cáo run 12 months, hạ
        /// bậc lương 18 months. The reference's suffix is the organisation's of the day.
        /// </summary>
        private void MakeDisciplines()
        {
            (DisciplineLevel Level, DateOnly On, int Months)[] plan =
            [
                (DisciplineLevel.KhienTrach, new DateOnly(First, 6, 15), 12),
                (DisciplineLevel.CanhCao, new DateOnly(First, 11, 25), 12),
                (DisciplineLevel.CanhCao, new DateOnly(First + 1, 12, 8), 12),
                (DisciplineLevel.HaBacLuong, new DateOnly(First + 3, 3, 20), 18),
                (DisciplineLevel.KhienTrach, new DateOnly(First + 4, 4, 10), 12),
            ];
            foreach (var (level, on, months) in plan)
            {
                var person = Pick(LangSon(p => !p.IsLeader && p.RecruitedOn < on.AddYears(-2)));
                var number = Decision("KL|" + person.Code, on < Reorganised ? "QĐ-CTHADS" : "QĐ-THADS", on, 20, 480);
                Disciplines.Add(new DisciplineRecord(person.Id, level, on, on.AddMonths(months).AddDays(-1),
                    string.Create(CultureInfo.InvariantCulture, $"Quyết định số {number} ngày {on.Day}/{on.Month}/{on.Year}")));
            }
        }

        /// <summary>A discipline of <paramref name="lightest"/> or heavier decided in the year or whose period runs into it.</summary>
        private bool DisciplinedIn(Person person, int year, DisciplineLevel lightest = DisciplineLevel.KhienTrach) =>
            Disciplines.Any(d => d.PersonId == person.Id && d.Level >= lightest && d.DecidedOn <= EmulationYear.End(year) && (d.EndsOn ?? DateOnly.MaxValue) >= EmulationYear.Start(year));

        /// <summary>
        /// Ratings persist: a star is mostly HTXS, a solid performer HTT, a weak one HT (about 17 % HTXS, 73 % HTT, 9 % HT,
        /// under 1 % KHT). The year a discipline is decided is rated HT (khiển trách) or KHT (heavier).
        /// </summary>
        private void MakeRatings()
        {
            foreach (var person in _people)
            {
                var roll = _random.Next(100);
                var tier = roll < 18 ? Tier.Star : roll < 90 ? Tier.Solid : Tier.Weak;
                _tiers[person.Id] = person == _an || person == _veteran || person == _twoYearCstdcs ? Tier.Star : tier;
                foreach (var year in Years.Where(y => Employed(person, y)))
                {
                    _ratings[(person.Id, year)] = Draw(tier);
                }
            }

            Set(_an, Rating.Htt, Rating.Htt, Rating.Htxs, Rating.Htxs, Rating.Htxs);
            Set(_veteran, Rating.Htt, Rating.Htxs, Rating.Htxs, Rating.Htxs, Rating.Htt);
            Set(_twoYearCstdcs, Rating.Htxs, Rating.Htxs);
            foreach (var d in Disciplines)
            {
                var key = (d.PersonId, EmulationYear.Of(d.DecidedOn));
                if (_ratings.ContainsKey(key))
                {
                    _ratings[key] = d.Level == DisciplineLevel.KhienTrach ? Rating.Ht : Rating.Kht;
                }
            }

            foreach (var ((personId, year), rating) in _ratings.OrderBy(r => r.Key.Person).ThenBy(r => r.Key.Year))
            {
                Ratings.Add(new PersonRating(personId, year, rating));
            }

            // The BKTTG run of the veteran starts the year before the first: the one rating recorded before it.
            Ratings.Add(new PersonRating(_veteran.Id, First - 1, Rating.Htxs));
        }

        private Rating Draw(Tier tier)
        {
            var roll = _random.Next(100);
            return tier switch
            {
                Tier.Star => roll < 80 ? Rating.Htxs : Rating.Htt,
                Tier.Solid => roll < 4 ? Rating.Htxs : roll < 96 ? Rating.Htt : Rating.Ht,
                _ => roll < 33 ? Rating.Htt : roll < 93 ? Rating.Ht : Rating.Kht,
            };
        }

        private void Set(Person person, params Rating[] fromFirstYear)
        {
            for (var i = 0; i < fromFirstYear.Length; i++)
            {
                if (_ratings.ContainsKey((person.Id, First + i)))
                {
                    _ratings[(person.Id, First + i)] = fromFirstYear[i];
                }
            }
        }

        /// <summary>
        /// Long leave: maternity (about 130 working days, women only), work injury, illness, training, and other
        /// reasons, two of them above the 40 days that excluded LĐTT under regime 2014 only (rules.md §2): under the
        /// regimes in force since 2017 leave excludes nothing, so those two still hold LĐTT when rated well.
        /// </summary>
        private void MakeLeave()
        {
            (LeaveReason Reason, int Year, int Days)[] plan =
            [
                (LeaveReason.Maternity, First + 1, 130),
                (LeaveReason.Maternity, First + 2, 128),
                (LeaveReason.Maternity, Last, 132),
                (LeaveReason.WorkInjury, First + 2, 62),
                (LeaveReason.Illness, First + 3, 48),
                (LeaveReason.Training, First, 60),
                (LeaveReason.Training, First + 3, 85),
                (LeaveReason.Other, First + 1, 45),
                (LeaveReason.Other, First + 2, 12),
                (LeaveReason.Other, Last, 52),
            ];
            foreach (var (reason, year, days) in plan)
            {
                var person = Pick(LangSon(p => p.RecruitedOn <= EmulationYear.Start(year)
                    && (reason != LeaveReason.Maternity || (p.Gender == Gender.F && p.BirthDate?.Year >= Last - 39))));
                Leaves.Add(new LeaveRecord(person.Id, year, reason, days));
            }
        }

        /// <summary>
        /// An open complaint and an open discipline procedure, opened in the current emulation year (19 and 34 days after
        /// the assessed year's end, or today if that is earlier) and both suspending the assessed year's awards; and an
        /// investigation opened and closed in the fourth year.
        /// </summary>
        private void MakePendingCases()
        {
            (PendingKind Kind, DateOnly Opened, DateOnly? Closed, string Note)[] plan =
            [
                (PendingKind.Complaint, SinceYearEnd(19), null,
                    "Đơn khiếu nại của người được thi hành án về việc chậm tổ chức thi hành án; đang xác minh, chưa có kết luận."),
                (PendingKind.Investigation, new DateOnly(First + 3, 5, 6), new DateOnly(First + 3, 12, 20),
                    "Cơ quan điều tra xác minh tin báo liên quan đến việc kê biên tài sản; kết luận không có dấu hiệu vi phạm."),
                (PendingKind.Discipline, SinceYearEnd(34), null,
                    "Đang xem xét kỷ luật do để quá thời hạn ra quyết định thi hành án chủ động."),
            ];
            foreach (var (kind, opened, closed, note) in plan)
            {
                // People who would otherwise be proposed for the assessed year: the suspension is what the demo shows.
                var person = Pick(LangSon(p => _ratings.GetValueOrDefault((p.Id, Last)) >= Rating.Htt && _ratings.GetValueOrDefault((p.Id, Last - 1)) >= Rating.Htt));
                if (kind == PendingKind.Complaint && _ratings.ContainsKey((person.Id, Last)))
                {
                    _ratings[(person.Id, Last)] = Rating.Htxs;
                    Ratings.Single(r => r.PersonId == person.Id && r.Year == Last).Change(Rating.Htxs);
                }

                PendingCases.Add(new PendingCase(person.Id, kind, opened, closed, note));
            }
        }

        /// <summary>The day <paramref name="days"/> after the assessed year's end, or today if that is earlier.</summary>
        private DateOnly SinceYearEnd(int days)
        {
            var day = EmulationYear.End(Last).AddDays(days);
            return day < _today ? day : _today;
        }

        private bool PendingOn(Person person, DateOnly date) => PendingCases.Any(c => c.PersonId == person.Id && c.IsOpenOn(date));

        // ---- Initiatives -----------------------------------------------------------------------------------------

        /// <summary>
        /// About five initiatives a year, mostly at unit scope, with one to three authors of the same collective. The
        /// recognising body is the old Cục's council before 7/2025, the new agency's after, the Ministry's for scope BO;
        /// one decision per body and batch, dated inside the emulation year (20 August; in the reorganisation year 2025,
        /// if recorded, the old council's batch of two on 22 May and the new council's on 12 September).
        /// </summary>
        private void MakeInitiatives()
        {
            foreach (var year in Years)
            {
                var batch = 0;
                foreach (var (_, scope, lead, title) in InitiativePlan.Where(i => First + i.Offset == year))
                {
                    var (body, key, suffix, date) = scope == InitiativeScope.Bo
                        ? ("Hội đồng sáng kiến Bộ Tư pháp", "SK|BO|", "QĐ-BTP", new DateOnly(year, 9, 5))
                        : UnitCouncil(year, batch++);
                    var first = lead switch
                    {
                        Lead.An => _an,
                        Lead.Veteran => _veteran,
                        Lead.TwoYearCstdcs => _twoYearCstdcs,
                        _ => PickAuthor(year, p => _tiers[p.Id] == Tier.Star && !_taken.Contains(p.Id)),
                    };
                    var number = Decision(key + year.ToString(CultureInfo.InvariantCulture), suffix, date, suffix == "QĐ-BTP" ? 1000 : 150, suffix == "QĐ-BTP" ? 2400 : 320);
                    var initiative = new Initiative(title, scope, body, number, date, year);
                    var team = CollectiveOf(first, year);
                    var coAuthors = _random.Next(10) switch { < 5 => 0, < 8 => 1, _ => 2 };
                    foreach (var author in new[] { first }.Concat(Enumerable.Range(0, coAuthors)
                        .Select(_ => PickAuthor(year, p => CollectiveOf(p, year) == team && p != first && p != _veteran))
                        .Where(p => p is not null).Select(p => p!)))
                    {
                        initiative.AddAuthor(author.Id);
                        if (!_initiativesOf.TryGetValue((author.Id, year), out var list))
                        {
                            _initiativesOf[(author.Id, year)] = list = [];
                        }

                        list.Add(initiative);
                    }

                    Initiatives.Add(initiative);
                }
            }
        }

        /// <summary>The unit-scope council and its decision date for the <paramref name="batch"/>-th unit-scope initiative of a year.</summary>
        private static (string Body, string Key, string Suffix, DateOnly Date) UnitCouncil(int year, int batch)
        {
            var date = year != ReorganisationYear ? new DateOnly(year, 8, 20) : batch < 2 ? new DateOnly(year, 5, 22) : new DateOnly(year, 9, 12);
            return date < Reorganised
                ? ("Hội đồng sáng kiến Cục Thi hành án dân sự tỉnh Lạng Sơn", "SK|OLD|", "QĐ-CTHADS", date)
                : ("Hội đồng sáng kiến Thi hành án dân sự tỉnh Lạng Sơn", "SK|NEW|", "QĐ-THADS", date);
        }

        /// <summary>A Lạng Sơn author rated HTT or better that year, not disciplined, without another initiative that year.</summary>
        private Person PickAuthor(int year, Func<Person, bool> filter) =>
            PickOrNull(LangSon(p => _ratings.GetValueOrDefault((p.Id, year), Rating.Kht) >= Rating.Htt && !DisciplinedIn(p, year)
                && !_initiativesOf.ContainsKey((p.Id, year)) && p != _an && filter(p)), reserve: false)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No author available for {year}."));

        private bool HasInitiative(Person person, int year, InitiativeScope scope) =>
            _initiativesOf.TryGetValue((person.Id, year), out var list) && list.Any(i => i.Scope >= scope);

        // ---- Individual titles and forms ---------------------------------------------------------------------------

        /// <summary>
        /// LĐTT and CSTĐCS of one year, judged under the regime in force on the decision date (early the next year):
        /// rating, minimum service, discipline, leave (regime 2014 only), pending cases; CSTĐCS needs an initiative
        /// (2017) or HTXS or an initiative (2024, 2025), within the 15 % quota of each collective's LĐTT holders (2017).
        /// </summary>
        private void AwardTitles(int year)
        {
            var ldttDate = new DateOnly(year + 1, 1, 12);
            var cstdcsDate = new DateOnly(year + 1, 2, 24);
            var ldttRegime = RegimeCatalog.Default.Resolve(ldttDate);
            var regime = RegimeCatalog.Default.Resolve(cstdcsDate);
            foreach (var person in _people.Where(p => _ratings.ContainsKey((p.Id, year))))
            {
                if (MeetsLdtt(person, year, ldttRegime, ldttDate))
                {
                    _ldtt.Add((person.Id, year));
                    Awards.Add(TitleAward(person, year, AwardCode.Ldtt, ldttDate));
                }
            }

            var candidates = _people
                .Where(p => _ldtt.Contains((p.Id, year)) && !PendingOn(p, cstdcsDate)
                    && (HasInitiative(p, year, regime.CstdcsInitiativeScope.Value)
                        || (regime.CstdcsRoute.Value == CstdcsRoute.ExcellentOrInitiative && _ratings[(p.Id, year)] == Rating.Htxs)))
                .OrderByDescending(p => p == _veteran || p == _twoYearCstdcs || p == _an)
                .ThenByDescending(p => _ratings[(p.Id, year)])
                .ThenBy(p => p.Id);
            var granted = new Dictionary<OrgUnit, int>();
            foreach (var person in candidates)
            {
                var collective = CollectiveOf(person, year)!;
                var count = granted.GetValueOrDefault(collective);
                if (regime.CstdcsQuotaPercent.Value is int percent)
                {
                    var holders = _people.Count(p => _ldtt.Contains((p.Id, year)) && CollectiveOf(p, year) == collective);
                    if (100 * (count + 1) > percent * holders)
                    {
                        continue;
                    }
                }

                granted[collective] = count + 1;
                _cstdcs.Add((person.Id, year));
                Awards.Add(TitleAward(person, year, AwardCode.Cstdcs, cstdcsDate));
            }
        }

        private bool MeetsLdtt(Person person, int year, RegimeParameters regime, DateOnly decided)
        {
            var served = person.RecruitedOn is not { } recruited || recruited.AddMonths(regime.LdttMinServiceMonths.Value) <= EmulationYear.End(year).AddDays(1);
            var leave = Leaves.Where(l => l.PersonId == person.Id && l.Year == year && l.Reason == LeaveReason.Other).Sum(l => l.WorkingDays);
            return _ratings[(person.Id, year)] >= regime.LdttMinRating.Value
                && served
                && !(regime.DisciplineExcludesLdtt.Value && DisciplinedIn(person, year, regime.ExcludingDisciplineLevel.Value))
                && !(regime.LeaveLimitEnabled.Value && leave >= regime.LeaveLimitWorkingDays.Value)
                && !(regime.PendingCaseSuspends.Value && PendingOn(person, decided));
        }

        /// <summary>
        /// A person's title: decided for Lạng Sơn, Hà Nội and Nghệ An by the head of the Cục THADS before 1 July 2025 and
        /// of the provincial THADS from then on, for the centre by the Tổng cục, then by the Cục Quản lý THADS.
        /// </summary>
        private AwardRecord TitleAward(Person person, int year, AwardCode code, DateOnly decided)
        {
            var before = decided < Reorganised;
            var (issuer, suffix) = person.Code[..3] switch
            {
                "LSN" => before ? (CucLangSon, "QĐ-CTHADS") : (TruongLangSon, "QĐ-THADS"),
                "HNI" => before ? ("Cục trưởng Cục Thi hành án dân sự thành phố Hà Nội", "QĐ-CTHADS") : ("Trưởng Thi hành án dân sự thành phố Hà Nội", "QĐ-THADS"),
                "NAN" => before ? ("Cục trưởng Cục Thi hành án dân sự tỉnh Nghệ An", "QĐ-CTHADS") : ("Trưởng Thi hành án dân sự tỉnh Nghệ An", "QĐ-THADS"),
                _ => before ? (TongCuc, "QĐ-TCTHADS") : (CucQuanLy, "QĐ-QLTHADS"),
            };
            var number = Decision($"{issuer}|{CodeOf<AwardCode>.Code(code)}|{year}", suffix, decided, 20, 480);
            return new AwardRecord(person.Id, null, code, AwardKind.CongTrang, year, year, number, decided, issuer, AwardSource.HISTORIC);
        }

        /// <summary>
        /// Forms of commendation, for <c>last</c> = the assessed year: the veteran's BKBO (early in last − 5, for last − 7
        /// and last − 6) and BKTTG (May of last, for last − 5 … last − 1: five years HTT or better with CSTĐCS three times,
        /// Law 06/2022 Art 73); one BKBO early in the third year for CSTĐCS in the first two; four BKBO in April of last
        /// for CSTĐCS in last − 2 and last − 1 (Law Art 74); one đột xuất BKBO (last − 2) and three Giấy khen of a
        /// thematic movement (last − 1), which count toward nothing later. None covers the assessed year.
        /// </summary>
        private void AwardForms()
        {
            var veteranBkbo = new DateOnly(Last - 5, 4, 22);
            Awards.Add(Form(_veteran, AwardCode.Bkbo, AwardKind.CongTrang, Last - 7, Last - 6, veteranBkbo, BoTruong, Decision("BKBO|VETERAN", "QĐ-BTP", veteranBkbo, 900, 1300)));
            var bkttgDate = new DateOnly(Last, 5, 26);
            if (Enumerable.Range(Last - 3, 3).All(y => _cstdcs.Contains((_veteran.Id, y))))
            {
                Awards.Add(Form(_veteran, AwardCode.Bkttg, AwardKind.CongTrang, Last - 5, Last - 1, bkttgDate, "Thủ tướng Chính phủ", Decision("BKTTG", "QĐ-TTg", bkttgDate, 500, 800)));
            }

            var twoYearBkbo = new DateOnly(First + 2, 3, 28);
            if (_cstdcs.Contains((_twoYearCstdcs.Id, First)) && _cstdcs.Contains((_twoYearCstdcs.Id, First + 1)))
            {
                Awards.Add(Form(_twoYearCstdcs, AwardCode.Bkbo, AwardKind.CongTrang, First, First + 1, twoYearBkbo, BoTruong, Decision("BKBO|TWO-YEAR", "QĐ-BTP", twoYearBkbo, 500, 900)));
            }

            var bkbo = new DateOnly(Last, 4, 15);
            var number = Decision("BKBO|LAST", "QĐ-BTP", bkbo, 600, 1100);
            foreach (var person in PickMany(4, LangSon(p => _cstdcs.Contains((p.Id, Last - 2)) && _cstdcs.Contains((p.Id, Last - 1))
                && !DisciplinedIn(p, Last - 2) && !DisciplinedIn(p, Last - 1) && !PendingOn(p, bkbo))))
            {
                Awards.Add(Form(person, AwardCode.Bkbo, AwardKind.CongTrang, Last - 2, Last - 1, bkbo, BoTruong, number));
            }

            var featYear = Last - 2;
            var feat = Pick(LangSon(p => p.Position == "Chấp hành viên" && _ratings.ContainsKey((p.Id, featYear)) && !DisciplinedIn(p, featYear)));
            var featDate = new DateOnly(featYear, 7, 20);
            Awards.Add(Form(feat, AwardCode.Bkbo, AwardKind.DotXuat, featYear, featYear, featDate, BoTruong, Decision("BKBO|DX", "QĐ-BTP", featDate, 1500, 1900)));
            var movementYear = Last - 1;
            var movementDate = new DateOnly(movementYear, 9, 25);
            var (movementIssuer, movementSuffix) = movementDate < Reorganised ? (CucLangSon, "QĐ-CTHADS") : (TruongLangSon, "QĐ-THADS");
            var movement = Decision("GK|CD", movementSuffix, movementDate, 300, 420);
            foreach (var person in PickMany(3, LangSon(p => _ratings.GetValueOrDefault((p.Id, movementYear)) >= Rating.Htt && !DisciplinedIn(p, movementYear))))
            {
                // Giấy khen for the year's "về đích" drive (đợt thi đua cao điểm), a thematic award.
                Awards.Add(Form(person, AwardCode.Gk, AwardKind.ChuyenDe, movementYear, movementYear, movementDate, movementIssuer, movement));
            }
        }

        private static AwardRecord Form(Person person, AwardCode code, AwardKind kind, int from, int to, DateOnly decided, string issuer, string number) =>
            new(person.Id, null, code, kind, from, to, number, decided, issuer, AwardSource.HISTORIC);

        // ---- Collectives ---------------------------------------------------------------------------------------------

        /// <summary>
        /// Every collective of Lạng Sơn open at a year's end (30 September) is rated (the old Cục and the Chi cục for the
        /// years up to 2024, the new agency and the offices from 2025), mostly HTT or HTXS; a collective with a member
        /// under cảnh cáo or heavier is at best HTT. TTLĐXS or TTLĐTT follow rules.md §3 under the regime of their decision
        /// date (none for the assessed year).
        /// </summary>
        private void RateCollectives()
        {
            var collectives = _subDepartments.Prepend(_oldProvince)
                .Concat(_units.Values.Where(u => u.Code == "LSN" || u.Code.StartsWith("LSN-KV", StringComparison.Ordinal)))
                .OrderBy(u => u.Id).ToList();
            var strong = collectives.ToDictionary(u => u, _ => _random.Next(100) < 40);
            foreach (var year in Years)
            {
                foreach (var unit in collectives.Where(u => u.IsActiveOn(EmulationYear.End(year))))
                {
                    var members = _people.Where(p => _ratings.ContainsKey((p.Id, year)) && CollectiveOf(p, year) == unit).ToList();
                    var heavy = members.Any(p => DisciplinedIn(p, year, DisciplineLevel.CanhCao));
                    var roll = _random.Next(100);
                    var rating = heavy
                        ? roll < 50 ? Rating.Ht : Rating.Htt
                        : roll < (strong[unit] ? 60 : 25) ? Rating.Htxs : roll < 97 ? Rating.Htt : Rating.Ht;
                    UnitRatings.Add(new UnitRating(unit.Id, year, rating));
                    if (year < Last && members.Count > 0)
                    {
                        AwardCollective(unit, year, rating, members, heavy);
                    }
                }
            }
        }

        private void AwardCollective(OrgUnit unit, int year, Rating rating, List<Person> members, bool heavy)
        {
            var ldtt = members.Count(p => _ldtt.Contains((p.Id, year)));
            var xsDate = new DateOnly(year + 1, 3, 10);
            var xs = RegimeCatalog.Default.Resolve(xsDate);
            if (rating >= xs.TtldxsMinRating.Value
                && 100 * members.Count(p => _ratings[(p.Id, year)] >= Rating.Ht) >= xs.TtldxsCompletionPercent.Value * members.Count
                && xs.TtldxsLdttShare.Value.IsMet(ldtt, members.Count)
                && members.Count(p => _cstdcs.Contains((p.Id, year))) >= xs.TtldxsMinCstdcsMembers.Value
                && !(xs.TtldxsNoHeavyDiscipline.Value && heavy))
            {
                Awards.Add(new AwardRecord(null, unit.Id, AwardCode.Ttldxs, AwardKind.CongTrang, year, year,
                    Decision($"TTLDXS|{year}", "QĐ-BTP", xsDate, 300, 900), xsDate, BoTruong, AwardSource.HISTORIC));
                return;
            }

            var ttDate = new DateOnly(year + 1, 2, 10);
            var tt = RegimeCatalog.Default.Resolve(ttDate);
            if (rating >= tt.TtldttMinRating.Value && tt.TtldttLdttShare.Value.IsMet(ldtt, members.Count) && !(tt.TtldttNoHeavyDiscipline.Value && heavy))
            {
                var (issuer, suffix) = ttDate < Reorganised
                    ? unit == _oldProvince ? (TongCuc, "QĐ-TCTHADS") : (CucLangSon, "QĐ-CTHADS")
                    : unit.Kind == UnitKind.PROVINCIAL ? (CucQuanLy, "QĐ-QLTHADS") : (TruongLangSon, "QĐ-THADS");
                Awards.Add(new AwardRecord(null, unit.Id, AwardCode.Ttldtt, AwardKind.CongTrang, year, year,
                    Decision($"{issuer}|TTLDTT|{year}", suffix, ttDate, 20, 480), ttDate, issuer, AwardSource.HISTORIC));
            }
        }

        /// <summary>
        /// Cụm thi đua số 1 of the three provincial agencies (organised by the central authority) and the block of
        /// Lạng Sơn's district-level units (the 11 Chi cục for the years up to 2024, the 8 offices from 2025: the units
        /// open at the year's end), members per year from the first recorded year to the current one (last + 1). The
        /// head rotates by the agreed order, by the year itself so that a past year keeps its head whatever the clock;
        /// the next in turn is the deputy.
        /// </summary>
        private void MakeClusters(Cluster[] clusters)
        {
            var provinces = new[] { _units["HNI"], _units["NAN"], _units["LSN"] };
            var offices = _units.Values.Where(u => u.Code.StartsWith("LSN-KV", StringComparison.Ordinal)).OrderBy(u => u.Id).ToArray();
            for (var year = First; year <= Last + 1; year++)
            {
                AddMembers(clusters[0], year, provinces);
                AddMembers(clusters[1], year, year < ReorganisationYear ? [.. _subDepartments] : offices);
            }
        }

        private void AddMembers(Cluster cluster, int year, OrgUnit[] members)
        {
            var head = year % members.Length;
            for (var i = 0; i < members.Length; i++)
            {
                var role = i == head ? ClusterRole.HEAD : i == (head + 1) % members.Length ? ClusterRole.DEPUTY : ClusterRole.MEMBER;
                ClusterMembers.Add(new ClusterMember(cluster.Id, year, members[i].Id, role, i + 1));
            }
        }

        // ---- Helpers --------------------------------------------------------------------------------------------------

        private IEnumerable<Person> LangSon(Func<Person, bool> filter) =>
            _people.Where(p => p.Code.StartsWith("LSN-", StringComparison.Ordinal) && filter(p));

        /// <summary>One person at random among the candidates not yet given a role in the story.</summary>
        private Person Pick(IEnumerable<Person> candidates) =>
            PickOrNull(candidates, reserve: true) ?? throw new InvalidOperationException("The demo people do not offer a candidate.");

        private Person? PickOrNull(IEnumerable<Person> candidates, bool reserve)
        {
            var list = candidates.Where(p => !reserve || !_taken.Contains(p.Id)).ToList();
            if (list.Count == 0)
            {
                return null;
            }

            var person = list[_random.Next(list.Count)];
            if (reserve)
            {
                _taken.Add(person.Id);
            }

            return person;
        }

        private List<Person> PickMany(int count, IEnumerable<Person> candidates)
        {
            var list = candidates.Where(p => !_taken.Contains(p.Id)).ToList();
            var picked = new List<Person>();
            while (picked.Count < count && list.Count > 0)
            {
                var person = list[_random.Next(list.Count)];
                list.Remove(person);
                _taken.Add(person.Id);
                picked.Add(person);
            }

            return picked;
        }

        /// <summary>
        /// One number per decision (all the people of one decision share it), e.g. "215/QĐ-CTHADS"; numbers restart each
        /// calendar year, so a number is not given twice to one kind of issuer in one year.
        /// </summary>
        private string Decision(string key, string suffix, DateOnly decided, int min, int max)
        {
            if (_decisionNumbers.TryGetValue(key, out var number))
            {
                return number;
            }

            do
            {
                number = string.Create(CultureInfo.InvariantCulture, $"{_random.Next(min, max)}/{suffix}");
            }
            while (!_usedNumbers.Add(string.Create(CultureInfo.InvariantCulture, $"{number}|{decided.Year}")));

            _decisionNumbers[key] = number;
            return number;
        }
    }
}
