using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Documents.Files;

namespace ThiDua.Core.Data;

public sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("Proposals");
        builder.Property(p => p.SubjectName).HasMaxLength(300);
        builder.Property(p => p.SearchName).HasMaxLength(300);
        builder.Property(p => p.Code).HasConversion<CodeConverter<AwardCode>>().HasMaxLength(12);
        builder.Property(p => p.Route).HasConversion<CodeConverter<ProposalRoute>>().HasMaxLength(12);
        builder.Property(p => p.Status).HasConversion<CodeConverter<ProposalStatus>>().HasMaxLength(16);
        builder.Property(p => p.RouteCode).HasMaxLength(30);
        builder.Property(p => p.Justification).HasMaxLength(4000);
        builder.Property(p => p.LastReason).HasMaxLength(1000);
        builder.Property(p => p.Verdict).HasMaxLength(16);
        builder.Property(p => p.CouncilSessionRef).HasMaxLength(100);
        builder.Property(p => p.DecisionRef).HasMaxLength(100);
        builder.HasOne(p => p.ProposingUnit).WithMany().HasForeignKey(p => p.ProposingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.DecidingUnit).WithMany().HasForeignKey(p => p.DecidingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.SubjectUnit).WithMany().HasForeignKey(p => p.SubjectUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ProposingUnitId, p.Year, p.Status });
        builder.HasIndex(p => new { p.DecidingUnitId, p.Status });
        builder.HasIndex(p => new { p.PersonId, p.Code, p.Year });
        builder.HasIndex(p => new { p.SubjectUnitId, p.Code, p.Year });
        builder.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(nameof(Proposal.Documents)).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ProposalDocumentConfiguration : IEntityTypeConfiguration<ProposalDocument>
{
    public void Configure(EntityTypeBuilder<ProposalDocument> builder)
    {
        builder.ToTable("ProposalDocuments");
        builder.Property(d => d.ItemCode).HasMaxLength(30);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.UploadedBy).HasMaxLength(200);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(d => d.StoredFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ProposalId, d.ItemCode }).IsUnique();
    }
}

public sealed class ProposalDeadlineConfiguration : IEntityTypeConfiguration<ProposalDeadline>
{
    public void Configure(EntityTypeBuilder<ProposalDeadline> builder)
    {
        builder.ToTable("ProposalDeadlines");
        builder.HasKey(d => d.Step);
        builder.Property(d => d.Step).HasConversion<CodeConverter<DeadlineStep>>().HasMaxLength(16);
        builder.HasData(ProposalDeadline.Defaults.Select(kv => new ProposalDeadline(kv.Key, kv.Value)));
    }
}

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Text).HasMaxLength(500);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.HasOne<Identity.AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles");
        builder.Property(f => f.StorageName).HasMaxLength(32);
        builder.Property(f => f.OriginalName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UploadedBy).HasMaxLength(200);
        builder.HasIndex(f => f.StorageName).IsUnique();
        builder.HasIndex(f => f.Sha256);
        builder.HasOne<Organisation.OrgUnit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
