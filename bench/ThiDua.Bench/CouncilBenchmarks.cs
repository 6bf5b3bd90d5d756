using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Bench;

/// <summary>
/// Closing a council session of 100 candidates × 15 members (issue 6: tallied in under 200 ms): the whole
/// <see cref="ChangeSessionStep"/> CLOSE use case on a SQLite file database — load the session, count the 15 ballots,
/// check ballots = participants, record the results, rewrite the ballots in a random order with new ids, audit, commit.
/// Each iteration gets a fresh voting session (made in <see cref="NewSession"/>, not timed).
/// Run: dotnet run -c Release --project bench/ThiDua.Bench -- --filter '*CouncilBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 20, invocationCount: 1)]
[MinColumn, MaxColumn, Q3Column]
[Config(typeof(P95Config))]
public class CouncilBenchmarks
{
    private const int Candidates = 100;
    private const int Members = 15;
    private ServiceProvider _services = null!;
    private int _council;
    private List<int> _people = [];
    private int _session;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(Path.GetTempPath(), "thidua-council-bench");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, true);
        }

        Directory.CreateDirectory(folder);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddThiDuaData(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "councils.db")};Pooling=true"));
        services.AddThiDuaCore();
        services.AddThiDuaIdentityCore();
        _services = services.BuildServiceProvider();
        using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        DataModule.MigrateAsync(db).GetAwaiter().GetResult();
        var unit = new OrgUnit("BENCH", "Đơn vị đo hiệu năng", UnitKind.PROVINCIAL, null, new DateOnly(2020, 1, 1));
        db.Units.Add(unit);
        var people = Enumerable.Range(1, Members).Select(i => new Person($"BEN-{i:0000}", $"Thành viên {i}", Gender.F, null, unit, "Chuyên viên", LeadershipLevel.NONE, null)).ToList();
        db.People.AddRange(people);
        db.SaveChanges();
        var council = new Council(unit.Id, "Hội đồng đo hiệu năng", new DateOnly(2020, 1, 1), null, null);
        council.SetMembers(people.Select((p, i) => (p.Id, i == 0 ? CouncilRole.Chair : i == 1 ? CouncilRole.Secretary : CouncilRole.Member)));
        db.Councils.Add(council);
        db.SaveChanges();
        _council = council.Id;
        _people = people.Select(p => p.Id).ToList();
    }

    [IterationSetup]
    public void NewSession()
    {
        using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = new CouncilSession(_council, 2026, "Phiên đo hiệu năng", new DateOnly(2026, 11, 27), true);
        for (var i = 0; i < Candidates; i++)
        {
            session.AddCandidate(CandidateKind.Person, _people[i % Members], null, i % 10 == 0 ? "CSTDBO" : "CSTDCS", 2026, $"Người đề nghị {i + 1}", i + 1);
        }

        session.StartPosting(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 16), 10);
        session.OpenVoting(new DateOnly(2026, 11, 27), "2025", _people.Select((p, i) => (p, i == 0 ? CouncilRole.Chair : CouncilRole.Member, $"Thành viên {i + 1}", "Chuyên viên")).ToList(),
            (_, n) => (n / 2) + 1, 10);
        db.CouncilSessions.Add(session);
        db.SaveChanges();
        var random = new Random(_session + 7);
        foreach (var person in _people)
        {
            db.VoteParticipations.Add(new VoteParticipation(session.Id, person, ParticipationMethod.InPerson, new DateOnly(2026, 11, 27)));
            db.SecretBallots.Add(new SecretBallot(session.Id, SecretBallot.NewReceipt(), new string(Enumerable.Range(0, Candidates).Select(_ => "YYYNA"[random.Next(5)]).ToArray())));
        }

        db.SaveChanges();
        _session = session.Id;
    }

    [Benchmark(Description = "Close and tally: 100 candidates × 15 members")]
    public async Task<int> CloseSession()
    {
        using var scope = Scope();
        var result = await scope.ServiceProvider.GetRequiredService<ChangeSessionStep>().HandleAsync(_session, new SessionStepInput(SessionAction.Close, null, null));
        return result.IsSuccess ? result.Value!.BallotCount ?? 0 : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    private IServiceScope Scope()
    {
        var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Set(new SystemUser("benchmark"));
        return scope;
    }

    private sealed class P95Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public P95Config() => AddColumn(StatisticColumn.P95);
    }
}

/// <summary>The count alone: 15 ballots of 100 choices (<see cref="CouncilTally.Count"/>), in memory.</summary>
[MemoryDiagnoser]
public class CouncilTallyBenchmarks
{
    private string[] _ballots = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(15);
        _ballots = Enumerable.Range(0, 15).Select(_ => new string(Enumerable.Range(0, 100).Select(_ => "YYYNA"[random.Next(5)]).ToArray())).ToArray();
    }

    [Benchmark(Description = "Count 15 ballots × 100 candidates")]
    public int Count() => CouncilTally.Count(_ballots, 100).Ballots;
}
