using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ThiDua.Core.Identity;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Organisation.Records;

namespace ThiDua.Core.Audit;

/// <summary>
/// Describes an entity change for the audit trail: the values set or changed, with secrets masked and derived
/// columns left out. Returns null when nothing worth recording changed.
/// </summary>
internal static class AuditSummary
{
    private const int MaxLength = 4000;

    private static readonly HashSet<string> Masked = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Hash", "Value", "ProviderKey", "Xml", "NationalId",
    };

    // Derived or housekeeping columns: their changes are implied by others or are not state changes of interest.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "SearchName", "GivenName", "NormalizedUserName", "NormalizedEmail", "LastUsedAt", "Depth",
    };

    public static string EntityName(EntityEntry entry)
    {
        var name = entry.Metadata.ClrType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    public static string Verb(EntityState state) => state switch
    {
        EntityState.Added => "created",
        EntityState.Deleted => "deleted",
        _ => "updated",
    };

    public static string Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? string.Empty
            : string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    public static int? UnitIdOf(object entity) => entity switch
    {
        OrgUnit u => u.Id,
        Person p => p.UnitId,
        RoleGrant g => g.UnitId,
        AppUser { Person: not null } a => a.Person.UnitId,
        PersonAssignment a => a.UnitId,
        UnitRating r => r.UnitId,
        AwardRecord { UnitId: int unitId } => unitId,
        UnitSuccession s => s.SuccessorId,
        Cluster c => c.OwnerUnitId,
        ClusterMember m => m.UnitId,
        Awards.Quotas.QuotaOverride o => o.UnitId,
        Movements.Movement m => m.OwnerUnitId,
        Registrations.Registration r => r.UnitId,
        Registrations.RegistrationRound r => r.UnitId,
        Covenants.Covenant c => c.HeadUnitId,
        Covenants.CovenantSignature s => s.UnitId,
        Covenants.CovenantScore s => s.ScorerUnitId,
        Covenants.CovenantVote v => v.VoterUnitId,
        Covenants.CovenantResult r => r.UnitId,
        Targets.UnitTarget t => t.UnitId,
        Targets.MonthlyActual a => a.UnitId,
        Awards.Councils.Council c => c.UnitId,
        Awards.Proposals.Proposal p => p.ProposingUnitId,
        _ => null,
    };

    /// <summary>For a person's records: the person, whose current unit scopes the event.</summary>
    public static int? PersonIdOf(object entity) => entity switch
    {
        IPersonRecord r => r.PersonId,
        AwardRecord { PersonId: int personId } => personId,
        _ => null,
    };

    public static string? Describe(EntityEntry entry)
    {
        if (entry.Entity is Awards.Councils.SecretBallot or Awards.Councils.VoteParticipation)
        {
            // Never in the audit trail (ADR 0019): an event carries its actor and a precise time, a ballot must carry
            // neither; the participation is recorded by CastBallot as an explicit event without the ballot.
            return null;
        }

        if (entry.Entity is Awards.Regimes.RegimeRecord or Awards.Proposals.Notification or Documents.Files.StoredFile or Awards.Proposals.ProposalDocument)
        {
            // Regimes: audited by the regime use cases, parameter by parameter (a JSON column diff would be unreadable).
            // Notifications are not state changes; stored files and dossier items are audited by the upload (name, size, SHA-256).
            return null;
        }

        var parts = new List<string>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Skipped.Contains(name) || property.Metadata.IsShadowProperty() && !property.Metadata.IsForeignKey())
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null && !property.Metadata.IsPrimaryKey():
                    parts.Add($"{name}={Show(name, property.CurrentValue)}");
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    parts.Add($"{name}: {Show(name, property.OriginalValue)} → {Show(name, property.CurrentValue)}");
                    break;
                default:
                    break;
            }
        }

        if (entry.State == EntityState.Deleted)
        {
            return "đã xóa";
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var text = string.Join("; ", parts);
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }

    private static string Show(string name, object? value)
    {
        if (value is null)
        {
            return "∅";
        }

        if (Masked.Contains(name))
        {
            return "***";
        }

        var text = value switch
        {
            DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return "'" + text.Normalize(NormalizationForm.FormC) + "'";
    }
}
