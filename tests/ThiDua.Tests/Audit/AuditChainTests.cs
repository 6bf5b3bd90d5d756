using System.Reflection;
using System.Text;
using ThiDua.Core.Audit;

namespace ThiDua.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTime At = new(2026, 11, 27, 4, 0, 0, DateTimeKind.Utc);

    private static AuditEvent Make(string summary = "Name: 'A' → 'B'", string actor = "Nguyễn Văn An", long sequence = 1, string previous = AuditChain.GenesisHash) =>
        (AuditEvent)typeof(AuditEvent).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, null,
            [typeof(long), typeof(DateTime), typeof(int?), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string)], null)!
            .Invoke([sequence, At, 7, actor, "OrgUnit.updated", "OrgUnit", "3", "/1/3/", summary, previous]);

    [Fact]
    public void Hash_IsStable_AndSha256Hex()
    {
        var a = Make();
        var b = Make();
        Assert.Equal(a.Hash, b.Hash);
        Assert.Equal(64, a.Hash.Length);
        Assert.Equal(a.Hash, AuditChain.ComputeHash(a));
    }

    [Fact]
    public void Hash_OfDecomposedText_EqualsHashOfComposedText()
    {
        var composed = Make(actor: "Nguyễn Văn An".Normalize(NormalizationForm.FormC));
        var decomposed = Make(actor: "Nguyễn Văn An".Normalize(NormalizationForm.FormD));
        Assert.Equal(composed.Hash, decomposed.Hash);
    }

    [Fact]
    public void Hash_ChangesWithAnyField()
    {
        var baseline = Make().Hash;
        Assert.NotEqual(baseline, Make(summary: "Name: 'A' → 'C'").Hash);
        Assert.NotEqual(baseline, Make(sequence: 2).Hash);
        Assert.NotEqual(baseline, Make(previous: new string('1', 64)).Hash);
    }

    [Fact]
    public void Canonical_SeparatesFields_SoThatShiftedTextDoesNotCollide()
    {
        // "a|b" + "c" and "a" + "b|c" must not produce the same canonical form.
        var first = Make(actor: "x\"y", summary: "z");
        var second = Make(actor: "x", summary: "\"yz");
        Assert.NotEqual(AuditChain.Canonical(first), AuditChain.Canonical(second));
    }
}
