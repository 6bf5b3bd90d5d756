using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Data;

public sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Code).HasMaxLength(32).IsRequired();
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(300).IsRequired();
        builder.Property(u => u.SearchName).HasMaxLength(300).IsRequired();
        builder.HasIndex(u => u.SearchName);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.Path).HasMaxLength(400).IsRequired();
        // varchar_pattern_ops lets PostgreSQL use the index for "Path LIKE '/1/4/%'" under any collation.
        builder.HasIndex(u => u.Path).HasOperators("varchar_pattern_ops");
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Code).HasMaxLength(32).IsRequired();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.FullName).HasMaxLength(200).IsRequired();
        builder.Property(p => p.GivenName).HasMaxLength(60).IsRequired();
        builder.Property(p => p.SearchName).HasMaxLength(200).IsRequired();
        builder.HasIndex(p => p.SearchName);
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(1);
        builder.Property(p => p.Position).HasMaxLength(200);
        builder.Property(p => p.Leadership).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.NationalId).HasMaxLength(12);
        // Unique when present: both providers support a filtered (partial) unique index.
        builder.HasIndex(p => p.NationalId).IsUnique().HasFilter("\"NationalId\" IS NOT NULL");
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
