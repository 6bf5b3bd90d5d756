using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThiDua.Core.Awards.Regimes;

/// <summary>
/// One legal regime as stored data (ADR 0012): the complete document written by <c>RegimeJson</c>, with the columns
/// the list and the constraints need. The use cases audit changes themselves (old → new per parameter), so the
/// generic entity audit leaves this table out.
/// </summary>
public sealed class RegimeRecord
{
    private RegimeRecord()
    {
    }

    public RegimeRecord(string code, DateOnly effectiveFrom, string json, bool builtIn, DateTime updatedAt, string updatedBy)
    {
        Code = code;
        EffectiveFrom = effectiveFrom;
        Json = json;
        BuiltIn = builtIn;
        UpdatedAt = updatedAt;
        UpdatedBy = updatedBy;
    }

    public string Code { get; private set; } = string.Empty;

    /// <summary>Copied from the document: two regimes may not start on the same day (unique index).</summary>
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The complete regime, as <c>RegimeJson.Serialize</c> writes it.</summary>
    public string Json { get; private set; } = string.Empty;

    /// <summary>One of rules.md §1's regimes, inserted at start-up: it can be changed but not deleted.</summary>
    public bool BuiltIn { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public void Replace(DateOnly effectiveFrom, string json, DateTime updatedAt, string updatedBy)
    {
        EffectiveFrom = effectiveFrom;
        Json = json;
        UpdatedAt = updatedAt;
        UpdatedBy = updatedBy;
    }
}

public sealed class RegimeRecordConfiguration : IEntityTypeConfiguration<RegimeRecord>
{
    public void Configure(EntityTypeBuilder<RegimeRecord> builder)
    {
        builder.ToTable("Regimes");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(16);
        builder.Property(r => r.Json).IsRequired();
        builder.Property(r => r.UpdatedBy).HasMaxLength(200);
        builder.HasIndex(r => r.EffectiveFrom).IsUnique();
    }
}
