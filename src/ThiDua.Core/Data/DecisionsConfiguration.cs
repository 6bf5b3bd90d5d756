using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Records;

namespace ThiDua.Core.Data;

public sealed class AwardDecisionConfiguration : IEntityTypeConfiguration<AwardDecision>
{
    public void Configure(EntityTypeBuilder<AwardDecision> builder)
    {
        builder.ToTable("AwardDecisions");
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Code).HasConversion<CodeConverter<AwardCode>>().HasMaxLength(8);
        builder.Property(d => d.Kind).HasConversion<CodeConverter<AwardKind>>().HasMaxLength(16);
        builder.Property(d => d.Symbol).HasMaxLength(40);
        builder.Property(d => d.Achievement).HasMaxLength(2000);
        builder.Property(d => d.IssuerTitle).HasMaxLength(300);
        builder.Property(d => d.LegalBases).HasMaxLength(8000);
        builder.Property(d => d.ProposedBy).HasMaxLength(500);
        builder.Property(d => d.SignerForm).HasConversion<string>().HasMaxLength(8);
        builder.Property(d => d.SignerPosition).HasMaxLength(200);
        builder.Property(d => d.SignerName).HasMaxLength(200);
        builder.Property(d => d.SignerPrincipal).HasMaxLength(200);
        builder.Property(d => d.Recipients).HasMaxLength(4000);
        builder.Property(d => d.Fund).HasMaxLength(500);
        builder.Property(d => d.Executors).HasMaxLength(500);
        builder.Property(d => d.IssuedBy).HasMaxLength(200);
        builder.Property(d => d.RevocationReason).HasMaxLength(500);
        builder.Property(d => d.RevocationGround).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.RevocationRef).HasMaxLength(300);
        builder.Property(d => d.SearchText).HasMaxLength(4000);

        // A number is never reused: unique over every decision ever issued by the unit in the year, revoked ones included
        // (drafts have no number; NULLs are distinct on both providers).
        builder.HasIndex(d => new { d.IssuingUnitId, d.NumberYear, d.Number }).IsUnique();
        builder.HasIndex(d => new { d.IssuingUnitId, d.Date });
        builder.HasOne(d => d.IssuingUnit).WithMany().HasForeignKey(d => d.IssuingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class DecisionLineConfiguration : IEntityTypeConfiguration<DecisionLine>
{
    public void Configure(EntityTypeBuilder<DecisionLine> builder)
    {
        builder.ToTable("AwardDecisionLines");
        builder.Property(l => l.Name).HasMaxLength(300);
        builder.Property(l => l.PositionAndUnit).HasMaxLength(500);
        builder.Property(l => l.Coefficient).HasPrecision(9, 3);
        builder.Property(l => l.RevocationReason).HasMaxLength(500);
        builder.Property(l => l.RevocationGround).HasConversion<string>().HasMaxLength(24);
        builder.Property(l => l.RevocationRef).HasMaxLength(300);
        builder.HasIndex(l => new { l.DecisionId, l.Order }).IsUnique();
        builder.HasIndex(l => l.PersonId);
        builder.HasIndex(l => l.UnitId);
        builder.HasIndex(l => l.ProposalId);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);

        // The approved proposal the line comes from; proposals are never deleted (ADR 0024), so Restrict only guards the link.
        builder.HasOne<Proposal>().WithMany().HasForeignKey(l => l.ProposalId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BaseSalaryConfiguration : IEntityTypeConfiguration<BaseSalary>
{
    public void Configure(EntityTypeBuilder<BaseSalary> builder)
    {
        builder.ToTable("BaseSalaries");
        builder.Property(b => b.Source).HasMaxLength(300);
        builder.HasIndex(b => b.EffectiveFrom).IsUnique();
    }
}
