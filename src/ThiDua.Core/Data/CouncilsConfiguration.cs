using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Awards.Proposals;

namespace ThiDua.Core.Data;

public sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> builder)
    {
        builder.ToTable("Councils");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Decision).HasMaxLength(300);
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.UnitId, c.TermStart });
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> builder)
    {
        builder.ToTable("CouncilMembers");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Role).HasConversion<int>();
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.CouncilId, m.PersonId }).IsUnique();
    }
}

public sealed class CouncilSessionConfiguration : IEntityTypeConfiguration<CouncilSession>
{
    public void Configure(EntityTypeBuilder<CouncilSession> builder)
    {
        builder.ToTable("CouncilSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).HasMaxLength(300).IsRequired();
        builder.Property(s => s.Status).HasConversion<int>();
        builder.Property(s => s.RegimeCode).HasMaxLength(50);
        builder.Property(s => s.LastReason).HasMaxLength(1000);
        builder.HasOne(s => s.Council).WithMany().HasForeignKey(s => s.CouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CouncilId, s.Year });
        builder.HasMany(s => s.Candidates).WithOne().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Electorate).WithOne().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Comments).WithOne().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Candidates).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Electorate).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Comments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class SessionCandidateConfiguration : IEntityTypeConfiguration<SessionCandidate>
{
    public void Configure(EntityTypeBuilder<SessionCandidate> builder)
    {
        builder.ToTable("CouncilCandidates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasConversion<int>();
        builder.Property(c => c.Code).HasMaxLength(20).IsRequired();
        builder.Property(c => c.DisplayName).HasMaxLength(400).IsRequired();
        builder.HasIndex(c => c.ProposalId);
        builder.HasIndex(c => new { c.SessionId, c.Order });

        // The proposal put before the session; proposals are never deleted (ADR 0024), so Restrict only guards the link.
        builder.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SessionMemberConfiguration : IEntityTypeConfiguration<SessionMember>
{
    public void Configure(EntityTypeBuilder<SessionMember> builder)
    {
        builder.ToTable("CouncilSessionMembers");
        builder.HasKey(m => new { m.SessionId, m.PersonId });
        builder.Property(m => m.Role).HasConversion<int>();
        builder.Property(m => m.FullName).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Position).HasMaxLength(200);
    }
}

public sealed class PostingCommentConfiguration : IEntityTypeConfiguration<PostingComment>
{
    public void Configure(EntityTypeBuilder<PostingComment> builder)
    {
        builder.ToTable("CouncilPostingComments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.AuthorName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(2000).IsRequired();
        builder.HasIndex(c => new { c.SessionId, c.CandidateId });
    }
}

/// <summary>Who took part (ADR 0019): keyed by (session, person), no identity column, no time.</summary>
public sealed class VoteParticipationConfiguration : IEntityTypeConfiguration<VoteParticipation>
{
    public void Configure(EntityTypeBuilder<VoteParticipation> builder)
    {
        builder.ToTable("CouncilParticipations");
        builder.HasKey(p => new { p.SessionId, p.PersonId });
        builder.Property(p => p.Method).HasConversion<int>();
        builder.HasOne<CouncilSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>What was chosen (ADR 0019): a random id generated by the app (never by the database), no person, no time.</summary>
public sealed class SecretBallotConfiguration : IEntityTypeConfiguration<SecretBallot>
{
    public void Configure(EntityTypeBuilder<SecretBallot> builder)
    {
        builder.ToTable("CouncilBallots");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Receipt).HasMaxLength(20).IsRequired();
        builder.Property(b => b.Choices).HasMaxLength(1000).IsRequired();
        builder.HasIndex(b => new { b.SessionId, b.Receipt }).IsUnique();
        builder.HasOne<CouncilSession>().WithMany().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
