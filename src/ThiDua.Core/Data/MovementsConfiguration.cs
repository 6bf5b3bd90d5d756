using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Core.Movements;
using ThiDua.Core.Organisation.Clusters;

namespace ThiDua.Core.Data;

public sealed class MovementConfiguration : IEntityTypeConfiguration<Movement>
{
    public void Configure(EntityTypeBuilder<Movement> builder)
    {
        builder.ToTable("Movements");
        builder.Property(m => m.Name).HasMaxLength(300);
        builder.Property(m => m.Kind).HasConversion<CodeConverter<MovementKind>>().HasMaxLength(16);
        builder.Property(m => m.Scope).HasConversion<CodeConverter<MovementScope>>().HasMaxLength(16);
        builder.Property(m => m.Goals).HasMaxLength(4000);
        builder.Property(m => m.LaunchReference).HasMaxLength(100);
        builder.Ignore(m => m.Duration);
        builder.HasOne(m => m.OwnerUnit).WithMany().HasForeignKey(m => m.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Parent).WithMany(m => m.Responses).HasForeignKey(m => m.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cluster>().WithMany().HasForeignKey(m => m.ClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Criteria).WithOne().HasForeignKey(c => c.MovementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Criteria).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Responses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(m => new { m.OwnerUnitId, m.PeriodFrom });
        builder.HasIndex(m => m.ParentId);
    }
}

public sealed class MovementCriterionConfiguration : IEntityTypeConfiguration<MovementCriterion>
{
    public void Configure(EntityTypeBuilder<MovementCriterion> builder)
    {
        builder.ToTable("MovementCriteria");
        builder.Property(c => c.Name).HasMaxLength(500);
        builder.HasIndex(c => new { c.MovementId, c.Order }).IsUnique();
    }
}
