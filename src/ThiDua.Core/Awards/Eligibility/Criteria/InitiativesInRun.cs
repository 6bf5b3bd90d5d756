using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// The run holds enough recognised initiatives of a scope or wider: 2 for Bằng khen cấp bộ, other than those already
/// used for CSTĐCS (Điều 74 Luật Thi đua, khen thưởng 2022; Điều 24 Nghị định 65/2014/NĐ-CP); 5 for Bằng khen của Thủ
/// tướng (Điều 23); 2, 3, 4 of scope BO for Huân chương Lao động hạng Ba, Nhì, Nhất (Điều 15–17 Nghị định 65/2014/NĐ-CP).
/// </summary>
public sealed class InitiativesInRun(AwardCode form, FormRule rule, FormRoute route) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var window = context.Run(form, rule, route);
        var from = Math.Max(window.CountFrom, context.Year - 99);
        var counted = new List<string>();
        List<string>? used = null;
        for (var k = from; k <= context.Year; k++)
        {
            var record = context.YearRecord(k);
            if (record is null)
            {
                continue;
            }

            for (var i = 0; i < record.Initiatives.Count; i++)
            {
                var initiative = record.Initiatives[i];
                if (initiative.Scope < route.InitiativeScope || counted.Contains(initiative.Id))
                {
                    continue;
                }

                if (route.ExcludeUsedInitiatives && context.IsUsedForCstdcs(k, initiative))
                {
                    (used ??= []).Add(initiative.Id);
                    continue;
                }

                counted.Add(initiative.Id);
            }
        }

        var met = counted.Count >= route.Initiatives;
        var span = from > context.Year ? context.Year.ToString(VietnameseText.Culture) : VietnameseText.Years(from, context.Year);
        var list = counted.Count == 0 ? string.Empty : " (" + string.Join(", ", counted) + ")";
        var excluded = used is null ? string.Empty : "; không tính " + string.Join(", ", used) + " đã dùng để xét CSTĐCS";
        var message = string.Create(VietnameseText.Culture,
            $"{(met ? "Có" : "Chỉ có")} {counted.Count} sáng kiến{VietnameseText.ScopeRequirement(route.InitiativeScope)} được công nhận trong các năm {span}{list}, cần {route.Initiatives}{excluded}");
        return CriterionResult.Of(nameof(InitiativesInRun), UnmetCode.Initiative, met, message, route.Citation, route.Checked);
    }
}
