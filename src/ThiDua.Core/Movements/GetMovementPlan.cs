using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Documents;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Movements;

/// <summary>What the officer adds to a movement to issue its plan: the plan's number and date, and who signs it.</summary>
public sealed record MovementPlanInput(int? Number, DateOnly? Date, string? SignerName, string? SignerPosition, string? Authority, string? Principal);

/// <summary>
/// The plan (Kế hoạch) of a movement in Decree 30/2020 form (rules.md §9; layout in <see cref="OfficialDocuments.Plan"/>):
/// issued by the launching unit under its superior, with the legal bases (the Law on Emulation and Commendation 2022,
/// Decree 98/2023/NĐ-CP and, for a response, the superior's movement), the goals, the criteria with their points, the
/// period and scope, and the organisation of the movement. Visible movements only; another one answers not found.
/// </summary>
public sealed class GetMovementPlan(AppDbContext db, ICurrentUser actor)
{
    public static readonly IReadOnlyList<string> Authorities = ["", "KT", "TM", "Q", "TL", "TUQ"];

    public async Task<Result<OfficialDocument>> HandleAsync(int id, MovementPlanInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var movement = await db.Movements.AsNoTracking().Visible(actor).Where(m => m.Id == id)
            .Include(m => m.Criteria).Include(m => m.OwnerUnit).ThenInclude(u => u.Parent).Include(m => m.Parent).ThenInclude(p => p!.OwnerUnit)
            .SingleOrDefaultAsync(ct);
        if (movement is null)
        {
            return Result<OfficialDocument>.NotFound();
        }

        var errors = new List<FieldError>();
        if (input.Number is not (>= 1 and <= 99_999))
        {
            errors.Add(new FieldError("Number", "Số kế hoạch phải là số nguyên từ 1 đến 99.999."));
        }

        if (input.Date is null)
        {
            errors.Add(new FieldError("Date", "Chưa nhập ngày ban hành kế hoạch."));
        }

        if (string.IsNullOrWhiteSpace(input.SignerName) || input.SignerName.Trim().Length > 100)
        {
            errors.Add(new FieldError("SignerName", "Họ và tên người ký: bắt buộc, tối đa 100 ký tự."));
        }

        if (string.IsNullOrWhiteSpace(input.SignerPosition) || input.SignerPosition.Trim().Length > 100)
        {
            errors.Add(new FieldError("SignerPosition", "Chức vụ người ký: bắt buộc, tối đa 100 ký tự (ví dụ: Trưởng, Phó Trưởng)."));
        }

        var authority = AuthorityForm.Direct;
        if (!string.IsNullOrEmpty(input.Authority) && !Enum.TryParse(input.Authority, ignoreCase: false, out authority))
        {
            errors.Add(new FieldError("Authority", "Thẩm quyền ký phải là để trống (ký trực tiếp), KT, TM, Q, TL hoặc TUQ."));
        }

        if (authority != AuthorityForm.Direct && string.IsNullOrWhiteSpace(input.Principal))
        {
            errors.Add(new FieldError("Principal", "Ký thay, thừa lệnh… cần chức vụ người đứng đầu (ví dụ: Trưởng)."));
        }

        if (errors.Count > 0)
        {
            return Result<OfficialDocument>.Invalid([.. errors]);
        }

        try
        {
            return Result<OfficialDocument>.Ok(OfficialDocuments.Plan(Build(movement, input, authority)));
        }
        catch (DocumentException e)
        {
            return Result<OfficialDocument>.Invalid(new FieldError("SignerName", e.Message));
        }
    }

    private static PlanInput Build(Movement m, MovementPlanInput input, AuthorityForm authority)
    {
        var vi = VietnameseFormat.Culture;
        var unit = m.OwnerUnit;
        var issuer = new Issuer(unit.Parent?.Name, unit.Name, unit.Code, Place(unit.Name), "VP");
        var span = m.PeriodFrom.Year == m.PeriodTo.Year || (m.PeriodTo.Month == 9 && m.PeriodTo.Year == m.PeriodFrom.Year + 1 && m.PeriodFrom.Month == 10)
            ? "năm " + m.PeriodTo.Year.ToString(CultureInfo.InvariantCulture)
            : "giai đoạn " + m.PeriodFrom.Year.ToString(CultureInfo.InvariantCulture) + "–" + m.PeriodTo.Year.ToString(CultureInfo.InvariantCulture);
        // "Phong trào thi đua … năm 2027 của …" reads as the plan's subject as it stands; other names are quoted.
        var summary = m.Name.StartsWith("phong trào", StringComparison.OrdinalIgnoreCase)
            ? "Tổ chức " + char.ToLower(m.Name[0], vi) + m.Name[1..]
            : $"Tổ chức phong trào thi đua “{m.Name}”";
        if (!m.Name.Contains(m.PeriodTo.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            summary += " " + span;
        }

        var bases = new List<string>
        {
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
        };
        if (m.Parent is { } parent)
        {
            var reference = parent.LaunchReference?.Trim() is { Length: > 0 } r ? (char.IsDigit(r[0]) ? "Kế hoạch số " + r : r) : "Kế hoạch";
            bases.Add($"Căn cứ {reference} của {parent.OwnerUnit.Name} phát động phong trào thi đua “{parent.Name}”");
        }

        var goals = (m.Goals ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var purpose = goals.Length > 0
            ? goals.Select((g, i) => Numbered(i + 1, g)).ToList()
            : [Numbered(1, $"Động viên công chức, người lao động của {unit.Name} thi đua hoàn thành xuất sắc nhiệm vụ được giao.")];
        purpose.Add(Numbered(purpose.Count + 1, "Phong trào thi đua phải thiết thực, tránh hình thức; việc đăng ký, bình xét, khen thưởng công khai, dân chủ, đúng quy định."));

        var criteria = m.Criteria.OrderBy(c => c.Order)
            .Select(c => $"{c.Order.ToString(CultureInfo.InvariantCulture)}. {c.Name.TrimEnd('.', ';')}: {c.Points.ToString(vi)} điểm.").ToList();
        criteria.Add($"Tổng số điểm tối đa: {m.MaxPoints.ToString(vi)} điểm. Kết quả chấm điểm là căn cứ xét các danh hiệu thi đua và hình thức khen thưởng cuối năm.");

        var period = new List<string>
        {
            $"1. Thời gian: từ ngày {VietnameseFormat.Date(m.PeriodFrom)} đến ngày {VietnameseFormat.Date(m.PeriodTo)}; phong trào {(m.Duration == MovementDuration.ShortTerm ? "ngắn hạn (dưới 1 năm)" : "dài hạn (từ 1 năm trở lên)")}.",
            $"2. Hình thức: phong trào thi đua {MovementTexts.Name(m.Kind).ToLower(vi)}; phạm vi: {ScopeText(m.Scope)}.",
        };

        var organisation = new List<string>
        {
            "1. Các đơn vị trực thuộc tổ chức phát động, hưởng ứng phong trào và đăng ký thi đua trên hệ thống ThiDua ngay sau khi Kế hoạch được ban hành.",
            "2. Thủ trưởng các đơn vị chịu trách nhiệm tổ chức thực hiện, theo dõi chỉ tiêu hằng tháng, sơ kết giữa năm và tổng kết cuối năm.",
            $"3. Văn phòng {unit.Name} là cơ quan thường trực, hướng dẫn, kiểm tra, tổng hợp, báo cáo kết quả thực hiện Kế hoạch.",
        };

        var signature = new SignatureBlock(authority, input.SignerPosition!, input.SignerName!, authority == AuthorityForm.Direct ? null : input.Principal);
        var recipients = new List<string>();
        if (unit.Parent is { } above)
        {
            recipients.Add($"{above.Name} (để báo cáo)");
        }

        recipients.Add("Lãnh đạo đơn vị");
        recipients.Add("Các đơn vị trực thuộc");
        return new PlanInput(issuer, input.Number!.Value, input.Date!.Value, summary, bases,
            [new("Mục đích, yêu cầu", purpose), new("Nội dung, tiêu chí thi đua", criteria), new("Thời gian, hình thức", period), new("Tổ chức thực hiện", organisation)],
            signature, recipients);
    }

    private static string ScopeText(MovementScope scope) => scope switch
    {
        MovementScope.National => "toàn quốc",
        MovementScope.Sector => "toàn ngành",
        MovementScope.Cluster => "trong cụm, khối thi đua",
        _ => "trong đơn vị và các đơn vị trực thuộc",
    };

    private static string Numbered(int n, string text) =>
        char.IsDigit(text[0]) ? text : n.ToString(CultureInfo.InvariantCulture) + ". " + text.TrimEnd('.') + ".";

    /// <summary>The place in the header: the province in the unit's name ("… tỉnh Lạng Sơn" → Lạng Sơn), else Hà Nội.</summary>
    private static string Place(string unitName)
    {
        foreach (var marker in new[] { " tỉnh ", " thành phố " })
        {
            var i = unitName.LastIndexOf(marker, StringComparison.Ordinal);
            if (i >= 0)
            {
                return unitName[(i + marker.Length)..].Trim();
            }
        }

        return "Hà Nội";
    }
}
