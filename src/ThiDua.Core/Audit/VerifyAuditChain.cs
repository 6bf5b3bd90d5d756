using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;

namespace ThiDua.Core.Audit;

/// <summary>
/// Recomputes the whole audit chain in sequence order (architecture.md: audit). Reports the first event whose
/// hash, link to its predecessor or sequence number does not match; streams so that memory stays flat.
/// </summary>
public sealed class VerifyAuditChain(AppDbContext db)
{
    public async Task<AuditVerification> HandleAsync(CancellationToken ct = default)
    {
        var expectedPrevious = AuditChain.GenesisHash;
        long expectedSequence = 1;
        long checkedCount = 0;
        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            checkedCount++;
            string? reason = null;
            if (e.Sequence != expectedSequence)
            {
                reason = $"số thứ tự {e.Sequence} thay vì {expectedSequence} (có sự kiện bị xóa hoặc chèn)";
            }
            else if (!string.Equals(e.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                reason = "mã băm liên kết với sự kiện trước không khớp";
            }
            else if (!string.Equals(AuditChain.ComputeHash(e), e.Hash, StringComparison.Ordinal))
            {
                reason = "nội dung sự kiện đã bị sửa (mã băm không khớp)";
            }

            if (reason is not null)
            {
                return new AuditVerification(false, checkedCount, e.Sequence, e.Id, reason);
            }

            expectedPrevious = e.Hash;
            expectedSequence++;
        }

        return new AuditVerification(true, checkedCount, null, null, null);
    }
}
