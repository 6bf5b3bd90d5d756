using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Core.Covenants;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Data;

public sealed class CovenantConfiguration : IEntityTypeConfiguration<Covenant>
{
    public void Configure(EntityTypeBuilder<Covenant> builder)
    {
        builder.ToTable("Covenants");
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.Status).HasConversion<CodeConverter<CovenantStatus>>().HasMaxLength(24);
        builder.Property(c => c.LastReason).HasMaxLength(1000);
        builder.Property(c => c.ReviewSummary).HasMaxLength(4000);
        builder.HasOne(c => c.Cluster).WithMany().HasForeignKey(c => c.ClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.HeadUnit).WithMany().HasForeignKey(c => c.HeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ClusterId, c.Year }).IsUnique();
        builder.HasIndex(c => c.Year);
        builder.HasMany(c => c.Commitments).WithOne().HasForeignKey(x => x.CovenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Criteria).WithOne().HasForeignKey(x => x.CovenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Signatures).WithOne().HasForeignKey(x => x.CovenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Scores).WithOne().HasForeignKey(x => x.CovenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Votes).WithOne().HasForeignKey(x => x.CovenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Results).WithOne().HasForeignKey(x => x.CovenantId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(Covenant.Commitments), nameof(Covenant.Criteria), nameof(Covenant.Signatures), nameof(Covenant.Scores), nameof(Covenant.Votes), nameof(Covenant.Results) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}

public sealed class CovenantCommitmentConfiguration : IEntityTypeConfiguration<CovenantCommitment>
{
    public void Configure(EntityTypeBuilder<CovenantCommitment> builder)
    {
        builder.ToTable("CovenantCommitments");
        builder.Property(c => c.Text).HasMaxLength(1000);
        builder.Property(c => c.Indicator).HasMaxLength(300);
        builder.Property(c => c.TargetUnit).HasMaxLength(50);
        builder.Property(c => c.TargetValue).HasPrecision(18, 2);
        builder.Property(c => c.ProgressValue).HasPrecision(18, 2);
        builder.Property(c => c.ProgressPercent).HasPrecision(9, 2);
        builder.Property(c => c.ProgressComment).HasMaxLength(2000);
        builder.HasIndex(c => new { c.CovenantId, c.Order }).IsUnique();
    }
}

public sealed class CovenantCriterionConfiguration : IEntityTypeConfiguration<CovenantCriterion>
{
    public void Configure(EntityTypeBuilder<CovenantCriterion> builder)
    {
        builder.ToTable("CovenantCriteria");
        builder.Property(c => c.Name).HasMaxLength(500);
        builder.HasIndex(c => new { c.CovenantId, c.Order }).IsUnique();
    }
}

public sealed class CovenantSignatureConfiguration : IEntityTypeConfiguration<CovenantSignature>
{
    public void Configure(EntityTypeBuilder<CovenantSignature> builder)
    {
        builder.ToTable("CovenantSignatures");
        builder.Property(s => s.SignerName).HasMaxLength(200);
        builder.Property(s => s.Method).HasConversion<CodeConverter<SignatureMethod>>().HasMaxLength(16);
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CovenantId, s.UnitId }).IsUnique();
    }
}

public sealed class CovenantScoreConfiguration : IEntityTypeConfiguration<CovenantScore>
{
    public void Configure(EntityTypeBuilder<CovenantScore> builder)
    {
        builder.ToTable("CovenantScores");
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.ScorerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.ScoredUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CovenantCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CovenantId, s.ScorerUnitId, s.ScoredUnitId, s.CriterionId }).IsUnique();
    }
}

public sealed class CovenantVoteConfiguration : IEntityTypeConfiguration<CovenantVote>
{
    public void Configure(EntityTypeBuilder<CovenantVote> builder)
    {
        builder.ToTable("CovenantVotes");
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(v => v.VoterUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(v => v.ChosenUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.CovenantId, v.VoterUnitId, v.ChosenUnitId }).IsUnique();
    }
}

public sealed class CovenantResultConfiguration : IEntityTypeConfiguration<CovenantResult>
{
    public void Configure(EntityTypeBuilder<CovenantResult> builder)
    {
        builder.ToTable("CovenantResults");
        builder.Property(r => r.Explanation).HasMaxLength(1000);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CovenantId, r.UnitId }).IsUnique();
        builder.HasIndex(r => new { r.UnitId, r.IsLeading });
    }
}
