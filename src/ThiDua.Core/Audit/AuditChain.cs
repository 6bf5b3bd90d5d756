using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ThiDua.Core.Shared;

namespace ThiDua.Core.Audit;

/// <summary>
/// The canonical form and hash of audit events: a JSON array of the fields in a fixed order, every string
/// NFC-normalised (so a name typed in decomposed Unicode hashes like its composed form), hashed with SHA-256.
/// </summary>
public static class AuditChain
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Canonical(AuditEvent e)
    {
        string?[] fields =
        [
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            DateTimeKinds.AsUtc(e.OccurredAt).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            e.ActorUserId?.ToString(CultureInfo.InvariantCulture),
            e.ActorName,
            e.Action,
            e.EntityType,
            e.EntityId,
            e.ScopePath,
            e.Summary,
            e.PreviousHash,
        ];
        return JsonSerializer.Serialize(fields.Select(f => f?.Normalize(NormalizationForm.FormC)));
    }

    public static string ComputeHash(AuditEvent e) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(e))));
}

/// <summary>The result of recomputing the chain: intact, or the first event that does not match.</summary>
public sealed record AuditVerification(bool Intact, long EventsChecked, long? BrokenSequence, long? BrokenId, string? Reason);
