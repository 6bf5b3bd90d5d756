using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Core.Organisation;
using ThiDua.Core.Registrations;

namespace ThiDua.Core.Data;

public sealed class RegistrationRoundConfiguration : IEntityTypeConfiguration<RegistrationRound>
{
    public void Configure(EntityTypeBuilder<RegistrationRound> builder)
    {
        builder.ToTable("RegistrationRounds");
        builder.Property(r => r.OpenedBy).HasMaxLength(200);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.UnitId, r.Year }).IsUnique();
        builder.HasIndex(r => r.Year);
    }
}

public sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("Registrations");
        builder.Property(r => r.Title).HasConversion<CodeConverter<AwardCode>>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<CodeConverter<RegistrationStatus>>().HasMaxLength(16);
        builder.Property(r => r.FiledBy).HasMaxLength(200);
        builder.Property(r => r.DecidedBy).HasMaxLength(200);
        builder.Property(r => r.LateReason).HasMaxLength(1000);
        builder.Property(r => r.ReturnReason).HasMaxLength(1000);
        builder.Ignore(r => r.IsCollective);
        builder.Ignore(r => r.CanChange);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.CollectiveUnitId).OnDelete(DeleteBehavior.Restrict);
        // One registration per person, and per collective, a year (NULLs are distinct on both providers).
        builder.HasIndex(r => new { r.Year, r.PersonId }).IsUnique();
        builder.HasIndex(r => new { r.Year, r.CollectiveUnitId }).IsUnique();
        builder.HasIndex(r => new { r.Year, r.UnitId, r.Status });
    }
}
