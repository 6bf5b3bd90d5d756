using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Core.Awards.Quotas;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Data;

public sealed class QuotaOverrideConfiguration : IEntityTypeConfiguration<QuotaOverride>
{
    public void Configure(EntityTypeBuilder<QuotaOverride> builder)
    {
        builder.ToTable("QuotaOverrides");
        builder.Property(o => o.Target).HasConversion<CodeConverter<AwardCode>>().HasMaxLength(8);
        builder.Property(o => o.Reason).HasMaxLength(500);
        builder.Property(o => o.DecidedBy).HasMaxLength(200);
        builder.HasIndex(o => new { o.UnitId, o.Year, o.Target, o.SubjectId }).IsUnique();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
