using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// The years before the assessed one in the route's run qualify: rated high enough, holding CSTĐCS where each year
/// needs it, and not disciplined (Điều 73, 74 Luật Thi đua, khen thưởng 2022; Điều 23, 24 Nghị định 65/2014/NĐ-CP;
/// rules.md §5 for discipline). Within a window cut short by a recent award, only the years inside it are judged.
/// </summary>
public sealed class ConsecutiveQualifyingYears(AwardCode form, FormRule rule, FormRoute route) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var window = context.Run(form, rule, route);
        var from = window.NeededFrom;
        List<string>? reasons = null;
        for (var k = from; k < context.Year; k++)
        {
            if (RunWindow.Explain(context, route, k) is { } reason)
            {
                (reasons ??= []).Add(reason);
            }
        }

        string message;
        if (reasons is not null)
        {
            var full = VietnameseText.Years(context.Year - route.Years + 1, context.Year);
            message = string.Create(VietnameseText.Culture, $"Chuỗi {route.Years} năm liên tục {full} bị gián đoạn: {string.Join("; ", reasons)}");
        }
        else if (from >= context.Year)
        {
            message = string.Create(VietnameseText.Culture, $"Không có năm nào trước năm {context.Year} cần xét trong khoảng tính");
        }
        else
        {
            message = from == context.Year - 1
                ? string.Create(VietnameseText.Culture, $"Năm {from} đạt điều kiện của chuỗi năm liên tục ({route.Name})")
                : string.Create(VietnameseText.Culture, $"Các năm {VietnameseText.Years(from, context.Year - 1)} đều đạt điều kiện của chuỗi năm liên tục ({route.Name})");
        }

        return CriterionResult.Of(nameof(ConsecutiveQualifyingYears), UnmetCode.ConsecutiveYears, reasons is null, message, route.Citation, route.Checked);
    }
}
