using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Organisation.Records;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Proposals;

/// <summary>
/// A proposal's whole way through the API, on both databases: made from the candidate list (an ineligible automatic
/// one, a suspended person and a proposal by hand without a justification refused), the drafts generated, bad uploads
/// refused with nothing written, submission refused while the dossier is incomplete, every skipped step refused, the
/// deciding unit's officer notified and acting (the proposing unit's officer cannot), approval refused without the
/// council's result, a return with its reason and the resubmission, approval, the decision, and the audit trail.
/// </summary>
[Collection("app")]
public sealed class ProposalTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AProposal_GoesUpTheHierarchy_RefusingBadInputAndSkippedSteps(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.ApiClientAsync("canbo.langson");
        var central = await app.ApiClientAsync("canbo.cuc");
        var year = app.Services.GetRequiredService<ThiDua.Core.Shared.EmulationCalendar>().LastFinished;
        var lsn = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync());
        var cuc = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "QLTHADS").Select(u => u.Id).SingleAsync());
        var eligible = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates?unitId={lsn}&year={year}&target=LDTT&outcome=ELIGIBLE&size=40"))
            .GetProperty("items").EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "PERSON").Select(r => r.GetProperty("personId").GetInt32()).ToList();
        var taken = await app.WithDbAsync(d => d.Proposals.Where(p => p.PersonId != null).Select(p => p.PersonId!.Value).ToListAsync());
        eligible = eligible.Except(taken).ToList();
        Assert.True(eligible.Count >= 2, "the demo province has eligible staff without a proposal");
        var (person, suspended) = (eligible[0], eligible[1]);
        var notEligible = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/awards/candidates?unitId={lsn}&year={year}&target=CSTDBO&outcome=NOT_ELIGIBLE&size=5"))
            .GetProperty("items").EnumerateArray().First(r => r.GetProperty("kind").GetString() == "PERSON").GetProperty("personId").GetInt32();
        object Body(int personId, string code, string route = "AUTOMATIC", string? routeCode = null, string? justification = null) =>
            new { proposingUnitId = lsn, personId, code, year, route, routeCode, justification };

        // Refused at creation: an ineligible automatic candidate (unmet criteria listed), a suspended person (case named), by hand without justification.
        var ineligible = await officer.PostAsJsonAsync("/api/v1/proposals", Body(notEligible, "CSTDBO"));
        Assert.Equal(HttpStatusCode.BadRequest, ineligible.StatusCode);
        Assert.Contains("chưa đủ điều kiện Chiến sĩ thi đua", await ineligible.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var caseId = await app.WithDbAsync(async d =>
        {
            var pending = new PendingCase(suspended, ThiDua.Core.Shared.PendingKind.Investigation, new DateOnly(year, 9, 1), null, "Đang xác minh đơn khiếu nại");
            d.PendingCases.Add(pending);
            await d.SaveChangesAsync();
            return pending.Id;
        });
        try
        {
            var refused = await officer.PostAsJsonAsync("/api/v1/proposals", Body(suspended, "LDTT"));
            var text = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("tạm đình chỉ xét", text, StringComparison.Ordinal);
            var byHand = await officer.PostAsJsonAsync("/api/v1/proposals", Body(suspended, "BKBO", "BY_HAND", "DOT_XUAT", "Có thành tích đột xuất trong đợt cưỡng chế tháng 9, đã được địa phương ghi nhận."));
            Assert.Contains("tạm đình chỉ xét", await byHand.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await app.WithDbAsync(async d => await d.PendingCases.Where(c => c.Id == caseId).ExecuteDeleteAsync());
        }

        var noReason = await officer.PostAsJsonAsync("/api/v1/proposals", Body(person, "BKBO", "BY_HAND", "DOT_XUAT", "ngắn"));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("justification", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync("/api/v1/proposals", new { proposingUnitId = cuc, personId = person, code = "LDTT", year })).StatusCode);

        // Made from the candidate list; a second live proposal of the same title and year is refused.
        var created = await officer.PostAsJsonAsync("/api/v1/proposals", Body(person, "LDTT"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var proposal = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = proposal.GetProperty("row").GetProperty("id").GetInt32();
        Assert.Equal("DRAFT", proposal.GetProperty("row").GetProperty("status").GetString());
        Assert.Equal(cuc, proposal.GetProperty("decidingUnitId").GetInt32());
        Assert.Equal("ELIGIBLE", proposal.GetProperty("verdict").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/v1/proposals", Body(person, "LDTT"))).StatusCode);

        // Incomplete dossier: submission refused naming the missing items.
        var early = await StepAsync(officer, id, "SUBMIT");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Hồ sơ chưa đầy đủ", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Bad uploads are refused naming the file, nothing written.
        var files = await app.WithDbAsync(d => d.StoredFiles.CountAsync());
        var exe = new byte[2048];
        exe[0] = (byte)'M';
        exe[1] = (byte)'Z';
        var badExe = await UploadAsync(officer, id, "TO_TRINH", "to-trinh.pdf", exe);
        Assert.Equal(HttpStatusCode.BadRequest, badExe.StatusCode);
        Assert.Contains("to-trinh.pdf", await badExe.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var broken = await UploadAsync(officer, id, "BIEN_BAN", "bien-ban.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\ngarbage\n%%EOF"));
        Assert.Contains("bị hỏng", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(officer, id, "KHONG_CO", "x.pdf", await DraftAsync(officer, id, "letter", "pdf"))).StatusCode);
        Assert.Equal(files, await app.WithDbAsync(d => d.StoredFiles.CountAsync()));

        // The drafts are generated from the data: the letter names the deciding unit and has the blank number line, the report the person.
        var letterDocx = await DraftAsync(officer, id, "letter", "docx");
        using (var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(letterDocx), false))
        {
            var body = docx.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("TỜ TRÌNH", body, StringComparison.Ordinal);
            Assert.Contains("Cục Quản lý Thi hành án dân sự", body, StringComparison.Ordinal);

            // Signed and numbered on paper: the blank number line with the province's abbreviation, as its decisions have.
            Assert.Contains("Số:       /TTr-THADS", body, StringComparison.Ordinal);
        }

        var signedLetter = await DraftAsync(officer, id, "letter", "pdf");
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(officer, id, "TO_TRINH", "to-trinh-da-ky.pdf", signedLetter)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(officer, id, "BAO_CAO_THANH_TICH", "bao-cao.docx", await DraftAsync(officer, id, "report", "docx"))).StatusCode);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        var complete = await UploadAsync(officer, id, "BIEN_BAN", "bien-ban.png", png);
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        var dossier = (await complete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dossier").EnumerateArray().ToList();
        Assert.All(dossier, item => Assert.Equal(JsonValueKind.Number, item.GetProperty("fileId").ValueKind));

        // The stored file is served as an attachment, byte for byte.
        var fileId = dossier.Single(x => x.GetProperty("itemCode").GetString() == "TO_TRINH").GetProperty("fileId").GetInt32();
        var download = await officer.GetAsync($"/api/v1/proposals/{id}/files/{fileId}");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(signedLetter, await download.Content.ReadAsByteArrayAsync());

        // No skipping: the deciding unit cannot receive a draft; the proposing unit cannot act for the deciding unit.
        var skipped = await StepAsync(central, id, "APPROVE");
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        Assert.Contains("Không được bỏ qua bước", await skipped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unreadBefore = (await central.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).GetProperty("unread").GetInt32();
        var submitted = await StepAsync(officer, id, "SUBMIT");
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var afterSubmit = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("SUBMITTED", afterSubmit.GetProperty("row").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, afterSubmit.GetProperty("row").GetProperty("dueOn").ValueKind);
        Assert.Equal("ELIGIBLE", afterSubmit.GetProperty("trace").GetProperty("outcome").GetString());
        Assert.Contains(afterSubmit.GetProperty("trace").GetProperty("trace").EnumerateArray(), l => l.GetProperty("citation").GetString()!.Length > 0);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(officer, id, "BIEN_BAN", "bien-ban.png", png)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StepAsync(officer, id, "RECEIVE")).StatusCode);

        // The deciding unit's officer is told, in the app.
        var inbox = await central.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        Assert.Equal(unreadBefore + 1, inbox.GetProperty("unread").GetInt32());
        var subject = afterSubmit.GetProperty("row").GetProperty("subjectName").GetString()!;
        Assert.Contains(subject, inbox.GetProperty("page").GetProperty("items")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var listed = await central.GetFromJsonAsync<JsonElement>($"/api/v1/proposals?inbox=true&status=SUBMITTED&q={Uri.EscapeDataString(ThiDua.Core.Shared.SearchText.Fold(subject))}");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);

        Assert.Equal(HttpStatusCode.OK, (await StepAsync(central, id, "RECEIVE")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(central, id, "START_REVIEW")).StatusCode);
        var noCouncil = await StepAsync(central, id, "APPROVE");
        Assert.Equal(HttpStatusCode.BadRequest, noCouncil.StatusCode);
        Assert.Contains("Chưa có kết quả bỏ phiếu của Hội đồng", await noCouncil.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var contradiction = await central.PostAsJsonAsync($"/api/v1/proposals/{id}/council", new { passed = true, yesVotes = 4, requiredVotes = 6, members = 9, sessionRef = "BB-01" });
        Assert.Equal(HttpStatusCode.BadRequest, contradiction.StatusCode);

        // Returned with a reason (a reason is required), corrected, submitted again.
        Assert.Equal(HttpStatusCode.BadRequest, (await StepAsync(central, id, "RETURN")).StatusCode);
        var returned = await StepAsync(central, id, "RETURN", "Báo cáo thành tích chưa có xác nhận của thủ trưởng đơn vị.");
        var afterReturn = await returned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("DRAFT", afterReturn.GetProperty("row").GetProperty("status").GetString());
        Assert.True(afterReturn.GetProperty("row").GetProperty("wasReturned").GetBoolean());
        Assert.Contains("thủ trưởng", afterReturn.GetProperty("lastReason").GetString(), StringComparison.Ordinal);
        var officerNews = await officer.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        Assert.Contains(officerNews.GetProperty("page").GetProperty("items").EnumerateArray(), n => n.GetProperty("text").GetString()!.Contains("trả lại", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(officer, id, "BAO_CAO_THANH_TICH", "bao-cao-da-ky.pdf", await DraftAsync(officer, id, "report", "pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(officer, id, "SUBMIT")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(central, id, "RECEIVE")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(central, id, "START_REVIEW")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await central.PostAsJsonAsync($"/api/v1/proposals/{id}/council", new { passed = true, yesVotes = 8, requiredVotes = 6, members = 9, sessionRef = "BB-HĐTĐKT-02" })).StatusCode);
        var approved = await StepAsync(central, id, "APPROVE");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("APPROVED", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("row").GetProperty("status").GetString());

        // The decisions part marks it decided; only from Approved, only once.
        var decided = await central.PostAsJsonAsync($"/api/v1/proposals/{id}/decided", new { decisionRef = "25/QĐ-QLTHADS" });
        Assert.Equal("DECIDED", (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("row").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await central.PostAsJsonAsync($"/api/v1/proposals/{id}/decided", new { decisionRef = "26/QĐ-QLTHADS" })).StatusCode);

        var actions = await app.WithDbAsync(d => d.AuditEvents.Where(e => e.EntityType == "Proposal" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => e.Action).ToListAsync());
        foreach (var expected in new[] { "Proposal.Upload", "Proposal.Submit", "Proposal.Receive", "Proposal.StartReview", "Proposal.Council", "Proposal.Return", "Proposal.Approve", "Proposal.Decide" })
        {
            Assert.Contains(expected, actions);
        }
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Deadlines_AreData_OverdueProposalsAreCounted_AndOnlyARootAdministratorChangesThem(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.ApiClientAsync("canbo.langson");
        var central = await app.ApiClientAsync("canbo.cuc");
        var rows = await officer.GetFromJsonAsync<JsonElement>("/api/v1/proposals/deadlines");
        Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("code").GetString() == "REVIEW" && r.GetProperty("workingDays").GetInt32() == 25);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync("/api/v1/proposals/deadlines", new { deadlines = new[] { new { step = "REVIEW", workingDays = 1 } } })).StatusCode);
        var admin = await app.ApiClientAsync("quantri");
        var bad = await admin.PutAsJsonAsync("/api/v1/proposals/deadlines", new { deadlines = new[] { new { step = "REVIEW", workingDays = 0 } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("ngày làm việc", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/proposals/deadlines", new { deadlines = new[] { new { step = "REVIEW", workingDays = 20 } } })).StatusCode);
        Assert.Equal(20, await app.WithDbAsync(d => d.ProposalDeadlines.Where(x => x.Step == ThiDua.Core.Awards.Proposals.DeadlineStep.Review).Select(x => x.WorkingDays).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/proposals/deadlines", new { deadlines = new[] { new { step = "REVIEW", workingDays = 25 } } })).StatusCode);

        // The demo's submitted proposal was sent weeks ago: overdue, highlighted and counted for the deciding unit.
        var overdue = await central.GetFromJsonAsync<JsonElement>("/api/v1/proposals?inbox=true&overdue=true");
        Assert.True(overdue.GetProperty("total").GetInt32() >= 1);
        Assert.All(overdue.GetProperty("items").EnumerateArray(), r => Assert.True(r.GetProperty("overdue").GetBoolean()));
        var panel = await central.GetFromJsonAsync<JsonElement>("/api/v1/proposals/panel");
        Assert.True(panel.GetProperty("overdue").GetInt32() >= 1);
        Assert.True(panel.GetProperty("toReceive").GetInt32() >= 1);
        var html = await (await app.SignInAsync("canbo.cuc")).GetStringAsync("/Awards/Proposals?inbox=true&overdue=true");
        Assert.Contains("td-overdue", html, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> StepAsync(HttpClient client, int id, string action, string? reason = null) =>
        client.PostAsJsonAsync($"/api/v1/proposals/{id}/steps", new { action, reason });

    private static async Task<byte[]> DraftAsync(HttpClient client, int id, string kind, string format)
    {
        var response = await client.GetAsync($"/api/v1/proposals/{id}/drafts/{kind}?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, string item, string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", name } };
        return client.PostAsync($"/api/v1/proposals/{id}/documents/{item}", form);
    }
}
