using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Core.Audit;
using ThiDua.Core.Identity;

namespace ThiDua.Core.Data;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne(u => u.Person).WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Grants).WithOne().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> builder)
    {
        builder.ToTable("RoleGrants");
        builder.Property(g => g.Role).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(g => g.Unit).WithMany().HasForeignKey(g => g.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.UserId, g.Role, g.UnitId }).IsUnique();
    }
}

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Prefix).HasMaxLength(16).IsRequired();
        builder.Property(t => t.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("AuditEvents");
        builder.HasIndex(a => a.Sequence).IsUnique();
        builder.Property(a => a.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(100).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(100).IsRequired();
        builder.Property(a => a.ScopePath).HasMaxLength(400);
        builder.Property(a => a.Summary).IsRequired();
        builder.Property(a => a.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.ActorUserId);
        builder.HasIndex(a => a.ScopePath).HasOperators("varchar_pattern_ops");
    }
}
