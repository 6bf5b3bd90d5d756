using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Awards;

/// <summary>
/// Award decisions through the API on both databases: malformed drafts refused naming the field, another province's
/// person answers 404, officers draft and leaders issue, numbers per issuing unit and year (next unused, a typed one
/// already used refused with nothing written), award records written with the money, the documents read back, revocation
/// with its legal ground; and an award issued by a decision that makes a person eligible no longer does once revoked.
/// </summary>
[Collection("app")]
public sealed class DecisionTests(Apps apps)
{
    private const string Decisions = "/api/v1/decisions";

    private static DateOnly Today => EmulationYear.DateIn(TimeProvider.System.GetUtcNow());

    private static int Assessed => EmulationYear.LastFinished(Today);

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ADecision_IsDrafted_Numbered_Issued_Printed_AndRevoked(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.ApiClientAsync("canbo.langson");
        var leader = await app.ApiClientAsync("lanhdao.langson");
        var office = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN-KV5").Select(u => new { u.Id, u.Name }).SingleAsync());
        var staff = await app.WithDbAsync(d => d.People.Where(p => p.Unit.Code == "LSN-KV5").OrderBy(p => p.Code).Select(p => new { p.Id, p.Code, p.FullName }).Take(3).ToListAsync());
        var hanoi = await app.WithDbAsync(d => d.People.Where(p => p.Code.StartsWith("HNI")).Select(p => p.Id).FirstAsync());
        var year = Today.Year;
        object Body(params object[] lines) => new
        {
            issuingUnitId = office.Id, date = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), code = "GK", periodFrom = Assessed,
            achievement = $"xuất sắc trong thực hiện nhiệm vụ năm {Assessed}", signerPosition = "Trưởng phòng", signerName = "Người Ký Thử", lines,
        };

        // Malformed: no awardee, an unknown code, a missing achievement; each named.
        var bad = await officer.PostAsJsonAsync(Decisions, new { issuingUnitId = office.Id, date = "2026-11-20", code = "XYZ", signerPosition = "Trưởng phòng" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("không có", errors.GetProperty("code")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("achievement", out _) && errors.TryGetProperty("signerName", out _) && errors.TryGetProperty("lines", out _));

        // A person of another province: 404, as if it did not exist; a person twice: the row is named.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync(Decisions, Body(new { personId = hanoi }))).StatusCode);
        var twice = await officer.PostAsJsonAsync(Decisions, Body(new { personId = staff[0].Id }, new { code = staff[0].Code }));
        Assert.Contains("Dòng 2", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Drafted by the officer: two people (by id and by code) and the office as a collective; money priced.
        var created = await officer.PostAsJsonAsync(Decisions, Body(new { personId = staff[0].Id }, new { code = staff[1].Code }, new { code = "LSN-KV5" }));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = draft.GetProperty("id").GetInt32();
        Assert.Equal("DRAFT", draft.GetProperty("status").GetString());
        Assert.Equal([710_000L, 710_000L, 1_420_000L], draft.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetInt64()));
        Assert.Equal(2_840_000, draft.GetProperty("total").GetInt64());
        Assert.Contains(draft.GetProperty("legalBases").EnumerateArray(), b => b.GetString()!.StartsWith("Căn cứ Luật Thi đua, khen thưởng", StringComparison.Ordinal));

        // Only a leader issues. The officer previews the draft: blank number, the draft's date, "DỰ THẢO", the awardees;
        // no certificates before it is numbered.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"{Decisions}/{id}/issue", new { })).StatusCode);
        var preview = await officer.GetAsync($"{Decisions}/{id}/document?format=docx");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.StartsWith($"du-thao-quyet-dinh-{id}-lsn-kv5", preview.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await preview.Content.ReadAsByteArrayAsync()), false))
        {
            var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
            Assert.Equal("DỰ THẢO", paragraphs[0]);
            var text = string.Join("\n", paragraphs);
            Assert.Contains("Số:       /QĐ-PTHADS", text, StringComparison.Ordinal);
            Assert.Contains(ThiDua.Core.Documents.DocumentText.Date(Today), text, StringComparison.Ordinal);
            Assert.Contains("Tặng Giấy khen cho 1 tập thể và 2 cá nhân", text, StringComparison.Ordinal);
            Assert.Contains(staff[0].FullName, text, StringComparison.Ordinal);
            Assert.Contains(staff[1].FullName, text, StringComparison.Ordinal);
            Assert.Contains(office.Name, text, StringComparison.Ordinal);
        }

        var previewPdf = await officer.GetAsync($"{Decisions}/{id}/document?format=pdf");
        Assert.Equal("application/pdf", previewPdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("du-thao-", previewPdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var noCertificates = await officer.GetAsync($"{Decisions}/{id}/document?format=certificates");
        Assert.Equal(HttpStatusCode.BadRequest, noCertificates.StatusCode);
        Assert.Contains("còn là dự thảo", await noCertificates.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var taken = await app.WithDbAsync(d => d.AwardDecisions.Where(x => x.IssuingUnitId == office.Id && x.NumberYear == year).Select(x => x.Number).MaxAsync()) ?? 0;
        var issued = await (await leader.PostAsJsonAsync($"{Decisions}/{id}/issue", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ISSUED", issued.GetProperty("status").GetString());
        Assert.Equal(taken + 1, issued.GetProperty("number").GetInt32());
        var notation = issued.GetProperty("notation").GetString()!;
        Assert.Equal($"{taken + 1:00}/QĐ-PTHADS", notation);
        var lineIds = issued.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("id").GetInt32()).ToList();
        var records = await app.WithDbAsync(d => d.AwardRecords.AsNoTracking().Where(a => a.DecisionNumber == notation && a.Source == AwardSource.DECISION).ToListAsync());
        Assert.Equal(3, records.Count);
        Assert.Equal(lineIds.Order(), records.Select(r => r.DecisionLineId!.Value).Order());
        Assert.Contains(records, r => r.UnitId == office.Id && r.PersonId is null);
        Assert.All(records, r => Assert.Equal((Assessed, Today, AwardCode.Gk), (r.PeriodFrom!.Value, r.DecisionDate, r.Code)));

        // A decision's award is revoked on the decision, not from the person's records.
        var viaRecords = await officer.PostAsJsonAsync($"/api/v1/organisation/awards/{records[0].Id}/revoke",
            new { on = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reason = "Thu hồi ngoài quyết định" });
        Assert.Equal(HttpStatusCode.BadRequest, viaRecords.StatusCode);
        Assert.Contains("hãy thu hồi trên trang của quyết định", await viaRecords.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Frozen once issued; issuing again refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PutAsJsonAsync($"{Decisions}/{id}", Body(new { personId = staff[2].Id }))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.PostAsJsonAsync($"{Decisions}/{id}/issue", new { })).StatusCode);

        // A second draft: the number just used is refused, naming it, and nothing is written; then the next one.
        var second = (await (await officer.PostAsJsonAsync(Decisions, Body(new { personId = staff[2].Id }))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var reused = await leader.PostAsJsonAsync($"{Decisions}/{second}/issue", new { number = taken + 1 });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains($"Số {notation} năm {year} đã được dùng", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(d => d.AwardRecords.AnyAsync(a => a.PersonId == staff[2].Id && a.Source == AwardSource.DECISION && a.PeriodFrom == Assessed)));
        Assert.Equal("DRAFT", (await officer.GetFromJsonAsync<JsonElement>($"{Decisions}/{second}")).GetProperty("status").GetString());
        var next = await (await leader.PostAsJsonAsync($"{Decisions}/{second}/issue", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(taken + 2, next.GetProperty("number").GetInt32());

        // The documents: the decision (Decree 30) with its annex and total, and the certificates.
        var docx = await officer.GetAsync($"{Decisions}/{id}/document?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.StartsWith("quyet-dinh-", docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Số: " + notation, text, StringComparison.Ordinal);
            Assert.DoesNotContain("DỰ THẢO", text, StringComparison.Ordinal);
            Assert.Contains("Tặng Giấy khen cho 1 tập thể và 2 cá nhân", text, StringComparison.Ordinal);
            Assert.Contains("2.840.000 đồng", text, StringComparison.Ordinal);
            Assert.Contains(staff[1].FullName, text, StringComparison.Ordinal);
        }

        foreach (var format in new[] { "pdf", "certificates" })
        {
            var file = await officer.GetAsync($"{Decisions}/{id}/document?format={format}");
            Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await file.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
        }

        // Revocation: reason and ground required; then the line and its record are marked, the record stops counting.
        var noGround = await leader.PostAsJsonAsync($"{Decisions}/{id}/revocations", new { lineIds = new[] { lineIds[0] }, reason = "ngắn" });
        var noGroundErrors = (await noGround.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(noGroundErrors.TryGetProperty("reason", out _) && noGroundErrors.TryGetProperty("ground", out _));
        var revoked = await (await leader.PostAsJsonAsync($"{Decisions}/{id}/revocations",
            new { lineIds = new[] { lineIds[0] }, reason = "Báo cáo thành tích kê khai không đúng sự thật", ground = "KHAI_MAN" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ISSUED", revoked.GetProperty("status").GetString());
        Assert.Equal("KHAI_MAN", revoked.GetProperty("lines")[0].GetProperty("revocationGround").GetString());
        var record = await app.WithDbAsync(d => d.AwardRecords.AsNoTracking().SingleAsync(a => a.DecisionLineId == lineIds[0]));
        Assert.Equal((Today, "KHAI_MAN", false), (record.RevokedOn!.Value, record.RevocationGround!, record.Counts));
        Assert.Contains(notation, record.RevocationRef, StringComparison.Ordinal);
        var again = await leader.PostAsJsonAsync($"{Decisions}/{id}/revocations", new { lineIds = new[] { lineIds[0] }, reason = "Thu hồi lần thứ hai", ground = "GIA_MAO" });
        Assert.Contains("đã bị thu hồi", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The list: per unit and year, searched without diacritics.
        var list = await officer.GetFromJsonAsync<JsonElement>($"{Decisions}?unitId={office.Id}&year={year}&q=" + Uri.EscapeDataString(SearchText.Fold(staff[1].FullName)));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{Decisions}?unitId={await app.WithDbAsync(d => d.Units.Where(u => u.Code == "HNI").Select(u => u.Id).SingleAsync())}")).StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AnAwardIssuedByADecision_MakesEligible_AndStopsCountingOnceRevoked(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.ApiClientAsync("canbo.langson");
        var leader = await app.ApiClientAsync("lanhdao.langson");
        var an = await app.WithDbAsync(d => d.People.Where(p => p.Code == "LSN-0100").Select(p => p.Id).SingleAsync());
        var langSon = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync());
        async Task<string?> CstdboAsync() =>
            Assert.Single((await officer.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates/person/{an}?target=CSTDBO")).GetProperty("verdicts").EnumerateArray()).GetProperty("outcome").GetString();
        Assert.Equal("ELIGIBLE", await CstdboAsync());

        // An's CSTĐCS of the year before is set aside (as if it had never been recorded): An is no longer eligible.
        var historic = await app.WithDbAsync(d => d.AwardRecords.Where(a => a.PersonId == an && a.Code == AwardCode.Cstdcs && a.PeriodFrom == Assessed - 1).Select(a => new { a.Id, a.DecisionDate }).SingleAsync());
        await SetRevokedAsync(app, historic.Id, Today);
        int? written = null;
        try
        {
            Assert.Equal("NOT_ELIGIBLE", await CstdboAsync());

            // The same title issued by a ThiDua decision of the same date: the decision's award record makes An eligible again.
            var created = await officer.PostAsJsonAsync(Decisions, new
            {
                issuingUnitId = langSon, date = historic.DecisionDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), code = "CSTDCS",
                periodFrom = Assessed - 1, achievement = "hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận", signerForm = "KT", signerPrincipal = "Trưởng",
                signerPosition = "Phó Trưởng", signerName = "Người Ký Thử", lines = new[] { new { personId = an } },
            });
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            var issued = await leader.PostAsJsonAsync($"{Decisions}/{id}/issue", new { });
            Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
            var line = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines")[0].GetProperty("id").GetInt32();
            written = await app.WithDbAsync(d => d.AwardRecords.Where(a => a.DecisionLineId == line).Select(a => a.Id).SingleAsync());
            Assert.Equal("ELIGIBLE", await CstdboAsync());

            // Revoked (forged dossier): the record is kept and marked, and An is no longer eligible.
            var revoked = await leader.PostAsJsonAsync($"{Decisions}/{id}/revocations", new { reason = "Hồ sơ sáng kiến bị làm giả", ground = "GIA_MAO" });
            Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
            Assert.Equal("REVOKED", (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
            Assert.Equal("NOT_ELIGIBLE", await CstdboAsync());
            Assert.True(await app.WithDbAsync(d => d.AwardRecords.AnyAsync(a => a.Id == written && a.RevokedOn != null && a.RevocationGround == "GIA_MAO")));
        }
        finally
        {
            // The demo records are shared by the collection: the historic award back, the test's record removed.
            await SetRevokedAsync(app, historic.Id, null);
            if (written is int w)
            {
                await app.WithDbAsync(async d =>
                {
                    d.AwardRecords.Remove(await d.AwardRecords.SingleAsync(a => a.Id == w));
                    return await d.SaveChangesAsync();
                });
            }
        }

        Assert.Equal("ELIGIBLE", await CstdboAsync());
    }

    private static Task<int> SetRevokedAsync(ThiDuaApp app, int awardId, DateOnly? on) => app.WithDbAsync(async d =>
    {
        var row = await d.AwardRecords.SingleAsync(a => a.Id == awardId);
        d.Entry(row).Property(a => a.RevokedOn).CurrentValue = on;
        d.Entry(row).Property(a => a.RevocationReason).CurrentValue = on is null ? null : "Kiểm thử quyết định";
        return await d.SaveChangesAsync();
    });
}
