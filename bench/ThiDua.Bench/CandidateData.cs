using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using ThiDua.Core;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Data;
using ThiDua.Core.Demo;
using ThiDua.Core.Identity;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Bench;

/// <summary>
/// The data set of the candidate-list benchmark (bench/candidates.sh): the national tree of <see cref="GenerateNationalData"/>
/// (34 provincial agencies, 355 regional offices) and N people spread over them with ten emulation years of records —
/// ratings (each person has a "quality" so that some are often excellent), initiatives in some excellent years,
/// some long leave, a few disciplines and open pending cases, and the historic LĐTT, CSTĐCS and Bằng khen awards
/// their ratings earned, so that a realistic share is eligible. Written in bulk: PostgreSQL binary COPY, SQLite
/// prepared inserts in one transaction. Deterministic (person i's records come from Random(i)). The database is
/// the one the CLI would use (Database__Provider, ConnectionStrings__Default, THIDUA_DATA) and must be empty.
/// </summary>
public static class CandidateData
{
    private const string Issuer = "Cục trưởng Cục Quản lý Thi hành án dân sự";

    public static async Task<int> GenerateAsync(int people, int? assessedYear)
    {
        var (provider, settings) = Services();
        await using var _ = provider;
        await using var scope = OperatorScope(provider);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DataModule.MigrateAsync(db);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await scope.ServiceProvider.GetRequiredService<GenerateNationalData>().HandleAsync(new GenerateNationalInput(34, 0, 355));
        var calendar = scope.ServiceProvider.GetRequiredService<EmulationCalendar>();
        var year = assessedYear ?? calendar.LastFinished;
        var homes = await db.Units.Where(u => u.Kind == UnitKind.REGIONAL || u.Kind == UnitKind.PROVINCIAL).OrderBy(u => u.Id).Select(u => u.Id).ToArrayAsync();
        var model = new Model(year, homes, calendar);

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        ISink sink = settings.Provider == DatabaseProvider.Postgres ? new PostgresSink((NpgsqlConnection)connection) : new SqliteSink((SqliteConnection)connection);
        await sink.WriteAsync("People", ["Id", "Code", "FullName", "GivenName", "SearchName", "Gender", "BirthDate", "UnitId", "Position", "IsLeader", "RecruitedOn", "Leadership"],
            Each(people, model, p => [p.Row]));
        await sink.WriteAsync("PersonRatings", ["PersonId", "Year", "Rating"], Each(people, model, p => p.Ratings));
        await sink.WriteAsync("LeaveRecords", ["PersonId", "Year", "Reason", "WorkingDays"], Each(people, model, p => p.Leave));
        await sink.WriteAsync("DisciplineRecords", ["PersonId", "Level", "DecidedOn", "EndsOn", "DecisionRef"], Each(people, model, p => p.Discipline));
        await sink.WriteAsync("PendingCases", ["PersonId", "Kind", "OpenedOn", "ClosedOn", "Note"], Each(people, model, p => p.Pending));
        await sink.WriteAsync("Initiatives", ["Id", "Title", "Scope", "RecognisedBy", "DecisionNumber", "DecisionDate", "Year"], Each(people, model, p => p.Initiatives));
        await sink.WriteAsync("InitiativeAuthors", ["InitiativeId", "PersonId"], Each(people, model, p => p.Authors));
        await sink.WriteAsync("AwardRecords", ["PersonId", "Code", "Kind", "PeriodFrom", "PeriodTo", "DecisionNumber", "DecisionDate", "Issuer", "Source"], Each(people, model, p => p.Awards));
        await sink.FinishAsync();
        Console.Error.WriteLine($"Generated {people:N0} people with ten years of records ({year - 9}–{year}) in {started.Elapsed.TotalSeconds:0.0} s.");
        return year;
    }

    /// <summary>
    /// Times <see cref="ListCandidates"/> (the paged list's use case: every person × the individual titles and forms and
    /// every collective × the collective titles, counted and sorted) for the root unit, as the operator, <paramref name="runs"/> times.
    /// </summary>
    public static async Task TimeListAsync(int? year, int runs)
    {
        var (provider, settings) = Services();
        await using var _ = provider;
        for (var run = 1; run <= runs; run++)
        {
            await using var scope = OperatorScope(provider);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var list = await scope.ServiceProvider.GetRequiredService<ListCandidates>().HandleAsync(new CandidateQuery(null, year, Size: 50));
            var value = list.Value ?? throw new InvalidOperationException("The root unit was not found.");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{settings.Provider}: ListCandidates run {run}: {started.Elapsed.TotalSeconds:0.00} s, {value.Total:N0} rows ({string.Join(", ", value.Counts.Select(c => $"{c.Outcome} {c.Count:N0}"))}), year {value.Year}, GC heap {GC.GetTotalMemory(false) / 1048576} MB"));
        }
    }

    private static (ServiceProvider Provider, DatabaseSettings Settings) Services()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        var settings = DatabaseSettings.From(configuration, DataPaths.FromEnvironment(configuration));
        services.AddThiDuaData(settings);
        services.AddThiDuaCore();
        services.AddThiDuaIdentityCore();
        return (services.BuildServiceProvider(), settings);
    }

    private static AsyncServiceScope OperatorScope(ServiceProvider provider)
    {
        var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Set(new SystemUser("benchmark"));
        return scope;
    }

    /// <summary>The rows of every person for one table; initiative ids are counted the same way in every pass.</summary>
    private static IEnumerable<object?[]> Each(int people, Model model, Func<Profile, IEnumerable<object?[]>> rows)
    {
        var initiative = 0;
        for (var i = 1; i <= people; i++)
        {
            var profile = model.Of(i, ref initiative);
            foreach (var row in rows(profile))
            {
                yield return row;
            }
        }
    }

    private sealed record Profile(object?[] Row, List<object?[]> Ratings, List<object?[]> Leave, List<object?[]> Discipline, List<object?[]> Pending,
        List<object?[]> Initiatives, List<object?[]> Authors, List<object?[]> Awards);

    private sealed class Model(int year, int[] homes, EmulationCalendar calendar)
    {
        public Profile Of(int id, ref int initiativeId)
        {
            var r = new Random(id);
            var gender = r.Next(100) < 48 ? Gender.F : Gender.M;
            var leader = r.Next(100) < 12;
            // Most have served long; some were recruited within the ten years, a few in the last two (service too short).
            var recruited = r.Next(100) switch
            {
                < 80 => new DateOnly(year - 10 - r.Next(20), 1 + r.Next(12), 1),
                < 95 => new DateOnly(year - 9 + r.Next(7), 1 + r.Next(12), 1),
                _ => new DateOnly(year - 1 + r.Next(2), 1 + r.Next(6), 1),
            };
            var person = Person.ForBulk($"C{id:0000000}", new VietnameseNames(r).Next(gender), gender, new DateOnly(year - 24 - r.Next(36), 1 + r.Next(12), 1 + r.Next(28)),
                homes[r.Next(homes.Length)], leader ? "Phó Trưởng phòng" : "Chấp hành viên", leader ? LeadershipLevel.DIVISION : LeadershipLevel.NONE, recruited);
            var profile = new Profile(
                [id, person.Code, person.FullName, person.GivenName, person.SearchName, person.Gender.ToString(), person.BirthDate, person.UnitId, person.Position, person.IsLeader, person.RecruitedOn, person.Leadership.ToString()],
                [], [], [], [], [], [], []);

            var quality = r.NextDouble();
            var first = Math.Max(year - 9, recruited.Year);
            var ratings = new Dictionary<int, Rating>();
            var initiatives = new HashSet<int>();
            for (var y = first; y <= year; y++)
            {
                var roll = r.NextDouble();
                ratings[y] = roll < 0.01 ? Rating.Kht : roll < 0.07 ? Rating.Ht : roll < 0.07 + 0.1 + 0.4 * quality ? Rating.Htxs : Rating.Htt;
                profile.Ratings.Add([id, y, CodeOf<Rating>.Code(ratings[y])]);
                if (ratings[y] == Rating.Htxs && r.Next(100) < 55)
                {
                    initiatives.Add(y);
                    initiativeId++;
                    var scope = r.Next(100) < 10 ? InitiativeScope.Bo : InitiativeScope.CoSo;
                    profile.Initiatives.Add([initiativeId, $"Giải pháp nâng cao hiệu quả thi hành án của {person.Code} năm {y}", CodeOf<InitiativeScope>.Code(scope),
                        "Hội đồng sáng kiến", $"{initiativeId}/QĐ-HĐSK", calendar.End(y).AddDays(-20), y]);
                    profile.Authors.Add([initiativeId, id]);
                }
            }

            var disciplined = -1;
            if (r.Next(1000) < 7)
            {
                disciplined = r.Next(first, year + 1);
                var decided = calendar.Start(disciplined).AddMonths(2);
                profile.Discipline.Add([id, CodeOf<DisciplineLevel>.Code(r.Next(7) == 0 ? DisciplineLevel.CanhCao : DisciplineLevel.KhienTrach), decided, decided.AddMonths(12), $"{id}/QĐ-KL"]);
            }

            if (r.Next(100) < 3)
            {
                var reason = r.Next(3) switch { 0 when gender == Gender.F => LeaveReason.Maternity, 1 => LeaveReason.Training, _ => LeaveReason.Other };
                profile.Leave.Add([id, r.Next(first, year + 1), CodeOf<LeaveReason>.Code(reason), 20 + r.Next(130)]);
            }

            if (r.Next(1000) < 3)
            {
                profile.Pending.Add([id, CodeOf<PendingKind>.Code((PendingKind)r.Next(3)), calendar.Start(year).AddDays(60), null, "Đang xác minh"]);
            }

            // Historic awards of the finished years, as their ratings earned them (none in a disciplined year).
            var cstdcs = new HashSet<int>();
            for (var y = first; y < year; y++)
            {
                if (ratings[y] < Rating.Htt || y == disciplined)
                {
                    continue;
                }

                var decided = calendar.End(y).AddDays(45);
                profile.Awards.Add(Award(id, "LDTT", y, decided));
                if (ratings[y] == Rating.Htxs && initiatives.Contains(y))
                {
                    cstdcs.Add(y);
                    profile.Awards.Add(Award(id, "CSTDCS", y, decided));
                    if (cstdcs.Contains(y - 1) && r.Next(100) < 40)
                    {
                        profile.Awards.Add(Award(id, "BKBO", y, decided.AddDays(60)));
                    }
                }
            }

            return profile;
        }

        private static object?[] Award(int id, string code, int year, DateOnly decided) =>
            [id, code, "CONG_TRANG", year, year, string.Create(CultureInfo.InvariantCulture, $"{id % 997 + 1}/QĐ-{code}-{year}"), decided, Issuer, "HISTORIC"];
    }

    private interface ISink
    {
        Task WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows);

        Task FinishAsync();
    }

    /// <summary>Binary COPY per table, then the identity sequences moved past the explicit ids and the planner's statistics refreshed.</summary>
    private sealed class PostgresSink(NpgsqlConnection connection) : ISink
    {
        public async Task WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            await using var importer = await connection.BeginBinaryImportAsync(
                $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
            var count = 0;
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null: await importer.WriteNullAsync(); break;
                        case int i: await importer.WriteAsync(i, NpgsqlDbType.Integer); break;
                        case string s: await importer.WriteAsync(s, NpgsqlDbType.Varchar); break;
                        case bool b: await importer.WriteAsync(b, NpgsqlDbType.Boolean); break;
                        case DateOnly d: await importer.WriteAsync(d, NpgsqlDbType.Date); break;
                        default: throw new InvalidOperationException($"No COPY type for {value.GetType()}.");
                    }
                }

                count++;
            }

            await importer.CompleteAsync();
            Console.Error.WriteLine($"{table}: {count:N0} rows in {started.Elapsed.TotalSeconds:0.0} s");
        }

        public async Task FinishAsync()
        {
            foreach (var table in new[] { "People", "Initiatives" })
            {
                await using var command = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST(1, (SELECT MAX(\"Id\") FROM \"{table}\")))", connection);
                await command.ExecuteNonQueryAsync();
            }

            await using var analyze = new NpgsqlCommand("ANALYZE", connection);
            analyze.CommandTimeout = 600;
            await analyze.ExecuteNonQueryAsync();
        }
    }

    /// <summary>One transaction, one prepared INSERT per table; dates as ISO text and booleans as 0/1, as EF Core stores them.</summary>
    private sealed class SqliteSink(SqliteConnection connection) : ISink
    {
        private readonly DbTransaction _transaction = connection.BeginTransaction();

        public async Task WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            await using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction)_transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
            command.Prepare();
            var count = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i] switch
                    {
                        null => DBNull.Value,
                        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        bool b => b ? 1 : 0,
                        var v => v,
                    };
                }

                await command.ExecuteNonQueryAsync();
                count++;
            }

            Console.Error.WriteLine($"{table}: {count:N0} rows in {started.Elapsed.TotalSeconds:0.0} s");
        }

        public async Task FinishAsync()
        {
            await _transaction.CommitAsync();
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync();
        }
    }
}
