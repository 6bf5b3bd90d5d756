using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Records;

namespace ThiDua.Core.Data;

/// <summary>Stores a glossary enum by its code ("HTXS", "CO_SO"), the same text files and the API use.</summary>
public sealed class CodeConverter<T>() : ValueConverter<T, string>(v => CodeOf<T>.Code(v), s => CodeOf<T>.Parse(s))
    where T : struct, Enum;

public sealed class PersonAssignmentConfiguration : IEntityTypeConfiguration<PersonAssignment>
{
    public void Configure(EntityTypeBuilder<PersonAssignment> builder)
    {
        builder.ToTable("PersonAssignments");
        builder.Property(a => a.Position).HasMaxLength(200);
        builder.Property(a => a.Leadership).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => new { a.PersonId, a.From });
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PersonRatingConfiguration : IEntityTypeConfiguration<PersonRating>
{
    public void Configure(EntityTypeBuilder<PersonRating> builder)
    {
        builder.ToTable("PersonRatings");
        builder.Property(r => r.Rating).HasConversion<CodeConverter<Rating>>().HasMaxLength(8);
        builder.HasIndex(r => new { r.PersonId, r.Year }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LeaveRecordConfiguration : IEntityTypeConfiguration<LeaveRecord>
{
    public void Configure(EntityTypeBuilder<LeaveRecord> builder)
    {
        builder.ToTable("LeaveRecords");
        builder.Property(r => r.Reason).HasConversion<CodeConverter<LeaveReason>>().HasMaxLength(16);
        builder.HasIndex(r => new { r.PersonId, r.Year, r.Reason }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DisciplineRecordConfiguration : IEntityTypeConfiguration<DisciplineRecord>
{
    public void Configure(EntityTypeBuilder<DisciplineRecord> builder)
    {
        builder.ToTable("DisciplineRecords");
        builder.Property(r => r.Level).HasConversion<CodeConverter<DisciplineLevel>>().HasMaxLength(16);
        builder.Property(r => r.DecisionRef).HasMaxLength(100);
        builder.HasIndex(r => new { r.PersonId, r.DecidedOn, r.Level }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PendingCaseConfiguration : IEntityTypeConfiguration<PendingCase>
{
    public void Configure(EntityTypeBuilder<PendingCase> builder)
    {
        builder.ToTable("PendingCases");
        builder.Property(r => r.Kind).HasConversion<CodeConverter<PendingKind>>().HasMaxLength(16);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.HasIndex(r => new { r.PersonId, r.Kind, r.OpenedOn }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class UnitRatingConfiguration : IEntityTypeConfiguration<UnitRating>
{
    public void Configure(EntityTypeBuilder<UnitRating> builder)
    {
        builder.ToTable("UnitRatings");
        builder.Property(r => r.Rating).HasConversion<CodeConverter<Rating>>().HasMaxLength(8);
        builder.HasIndex(r => new { r.UnitId, r.Year }).IsUnique();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.ToTable("Initiatives");
        builder.Property(i => i.Title).HasMaxLength(500).IsRequired();
        builder.Property(i => i.Scope).HasConversion<CodeConverter<InitiativeScope>>().HasMaxLength(16);
        builder.Property(i => i.RecognisedBy).HasMaxLength(300);
        builder.Property(i => i.DecisionNumber).HasMaxLength(100);
        builder.HasIndex(i => new { i.DecisionNumber, i.Title }).IsUnique();
        builder.HasMany(i => i.Authors).WithOne().HasForeignKey(a => a.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Authors).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class InitiativeAuthorConfiguration : IEntityTypeConfiguration<InitiativeAuthor>
{
    public void Configure(EntityTypeBuilder<InitiativeAuthor> builder)
    {
        builder.ToTable("InitiativeAuthors");
        builder.HasKey(a => new { a.InitiativeId, a.PersonId });
        builder.HasIndex(a => a.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AwardRecordConfiguration : IEntityTypeConfiguration<AwardRecord>
{
    public void Configure(EntityTypeBuilder<AwardRecord> builder)
    {
        builder.ToTable("AwardRecords");
        builder.Property(a => a.Code).HasConversion<CodeConverter<AwardCode>>().HasMaxLength(8);
        builder.Property(a => a.Kind).HasConversion<CodeConverter<AwardKind>>().HasMaxLength(16);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.DecisionNumber).HasMaxLength(100);
        builder.Property(a => a.Issuer).HasMaxLength(300);
        builder.Property(a => a.RevocationReason).HasMaxLength(500);
        builder.Property(a => a.RevocationGround).HasMaxLength(32);
        builder.Property(a => a.RevocationRef).HasMaxLength(300);
        builder.HasIndex(a => a.DecisionLineId);
        builder.HasIndex(a => new { a.PersonId, a.Code, a.DecisionNumber });
        builder.HasIndex(a => new { a.UnitId, a.Code, a.DecisionNumber });
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> builder)
    {
        builder.ToTable("UnitSuccessions");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(s => s.DecisionRef).HasMaxLength(100);
        builder.HasIndex(s => new { s.PredecessorId, s.SuccessorId }).IsUnique();
        builder.HasIndex(s => s.SuccessorId);
        builder.HasOne(s => s.Predecessor).WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Successor).WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.FormerParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> builder)
    {
        builder.ToTable("Clusters");
        builder.Property(c => c.Code).HasMaxLength(32).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(8);
        builder.HasOne(c => c.OwnerUnit).WithMany().HasForeignKey(c => c.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ClusterMemberConfiguration : IEntityTypeConfiguration<ClusterMember>
{
    public void Configure(EntityTypeBuilder<ClusterMember> builder)
    {
        builder.ToTable("ClusterMembers");
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(m => new { m.ClusterId, m.Year, m.UnitId }).IsUnique();
        builder.HasIndex(m => new { m.UnitId, m.Year });
        builder.HasOne<Cluster>().WithMany().HasForeignKey(m => m.ClusterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ImportUploadConfiguration : IEntityTypeConfiguration<Organisation.Import.ImportUpload>
{
    public void Configure(EntityTypeBuilder<Organisation.Import.ImportUpload> builder)
    {
        builder.ToTable("ImportUploads");
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.FileName).HasMaxLength(260);
        builder.HasIndex(u => u.CreatedAt);
    }
}
