using System.Reflection;
using BenchmarkDotNet.Attributes;
using ThiDua.Core.Audit;
using ThiDua.Core.Shared;

namespace ThiDua.Bench;

/// <summary>Hot paths of the foundation: folding names for search, hashing audit events.</summary>
[MemoryDiagnoser]
public class CoreBenchmarks
{
    private readonly AuditEvent _event = (AuditEvent)typeof(AuditEvent).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, null,
        [typeof(long), typeof(DateTime), typeof(int?), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string)], null)!
        .Invoke([1L, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), 1, "Nguyễn Văn An", "Person.updated", "Person", "42", "/1/2/3/", "Position: 'Chấp hành viên' → 'Phó Trưởng phòng'", AuditChain.GenesisHash]);

    [Benchmark]
    public string FoldVietnameseName() => SearchText.Fold("Nguyễn Thị Phương Thảo");

    [Benchmark]
    public string HashAuditEvent() => AuditChain.ComputeHash(_event);
}
