using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Core.Movements;
using ThiDua.Core.Organisation;
using ThiDua.Core.Targets;

namespace ThiDua.Core.Data;

public sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("Indicators");
        builder.Property(i => i.Code).HasMaxLength(32);
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.NumeratorLabel).HasMaxLength(200);
        builder.Property(i => i.DenominatorLabel).HasMaxLength(200);
        builder.HasIndex(i => i.Code).IsUnique();
    }
}

public sealed class UnitTargetConfiguration : IEntityTypeConfiguration<UnitTarget>
{
    public void Configure(EntityTypeBuilder<UnitTarget> builder)
    {
        builder.ToTable("UnitTargets");
        builder.Property(t => t.Percent).HasPrecision(5, 2);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.UnitId, t.Year, t.IndicatorId }).IsUnique();
        builder.HasIndex(t => new { t.Year, t.IndicatorId });
    }
}

public sealed class MonthlyActualConfiguration : IEntityTypeConfiguration<MonthlyActual>
{
    public void Configure(EntityTypeBuilder<MonthlyActual> builder)
    {
        builder.ToTable("MonthlyActuals");
        builder.Property(a => a.Numerator).HasPrecision(20, 2);
        builder.Property(a => a.Denominator).HasPrecision(20, 2);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.UnitId, a.Year, a.IndicatorId, a.Month }).IsUnique();
        builder.HasIndex(a => new { a.Year, a.IndicatorId });
    }
}

public sealed class RankingGradeConfiguration : IEntityTypeConfiguration<RankingGrade>
{
    public void Configure(EntityTypeBuilder<RankingGrade> builder)
    {
        builder.ToTable("RankingGrades");
        builder.Property(g => g.Code).HasMaxLength(8);
        builder.HasIndex(g => g.Code).IsUnique();
    }
}

public sealed class CriterionIndicatorConfiguration : IEntityTypeConfiguration<CriterionIndicator>
{
    public void Configure(EntityTypeBuilder<CriterionIndicator> builder)
    {
        builder.ToTable("CriterionIndicators");
        builder.HasOne<MovementCriterion>().WithMany().HasForeignKey(c => c.CriterionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.CriterionId).IsUnique();
    }
}
