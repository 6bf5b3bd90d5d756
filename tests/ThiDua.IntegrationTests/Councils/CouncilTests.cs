using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Shared;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Councils;

/// <summary>
/// A council session through the API on the demo Lạng Sơn council (8 members: LSN-0001 chair = lanhdao.langson,
/// LSN-0002 = hoidong.langson, LSN-0014 secretary = canbo.langson): agenda with bad input, the public posting (voting
/// refused before its working days are over, a staff comment), the secret ballot (a non-member, a second vote, an
/// abstention where not allowed, a written ballot by a non-secretary: refused, nothing written), written ballots, the
/// close (ballots = participants, thresholds of the regime), the published receipts, the secrecy of the tables and of
/// the audit trail, a vote after the close, the minutes and the outcome by proposal.
/// </summary>
[Collection("app")]
public sealed class CouncilTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ASession_PostsVotesSecretlyClosesAndPublishesTheReceipts(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.ApiClientAsync("canbo.langson");
        var member = await app.ApiClientAsync("hoidong.langson");
        var chair = await app.ApiClientAsync("lanhdao.langson");
        var staff = await app.ApiClientAsync("nhanvien");
        var startedAt = await app.WithDbAsync(d => d.AuditEvents.MaxAsync(a => a.Sequence));

        var councils = await officer.GetFromJsonAsync<JsonElement>("/api/v1/councils");
        var councilId = councils.EnumerateArray().Single(c => c.GetProperty("unitName").GetString()!.Contains("Lạng Sơn", StringComparison.Ordinal)).GetProperty("id").GetInt32();
        var created = await officer.PostAsJsonAsync($"/api/v1/councils/{councilId}/sessions",
            new { year = 2026, title = "Phiên kiểm thử " + Guid.NewGuid().ToString("N")[..6], meetingOn = "2026-12-10", allowAbstain = false });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session").GetProperty("id").GetInt32();
        var ids = await app.WithDbAsync(async d => new
        {
            Person = await d.People.Where(p => p.Code == "LSN-0100").Select(p => p.Id).SingleAsync(),
            Person2 = await d.People.Where(p => p.Code == "LSN-0101").Select(p => p.Id).SingleAsync(),
            Office = await d.Units.Where(u => u.Code == "LSN-KV1").Select(u => u.Id).SingleAsync(),
            Hanoi = await d.People.Where(p => p.Code.StartsWith("HNI")).Select(p => p.Id).FirstAsync(),
            Absent = await d.People.Where(p => p.Code == "LSN-0003" || p.Code == "LSN-0004" || p.Code == "LSN-0006").Select(p => p.Id).ToListAsync(),
        });

        // Bad agenda input: an unknown code, a person of another province; nothing is added.
        var bad = await officer.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/candidates", new
        {
            candidates = new object[] { new { kind = "PERSON", personId = ids.Person, code = "XYZ" }, new { kind = "PERSON", personId = ids.Hanoi, code = "CSTDCS" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badText = await bad.Content.ReadAsStringAsync();
        Assert.Contains("candidates[0].code", badText, StringComparison.Ordinal);
        Assert.Contains("Dòng 2: không tìm thấy công chức", badText, StringComparison.Ordinal);

        // A candidate's proposal is a real one (foreign key): an unknown id, or a proposal for someone else, is refused naming the row.
        var proposal1 = await TestProposals.UnderReviewAsync(app, "LSN-0100", AwardCode.Cstdcs, "LSN");
        var proposal2 = await TestProposals.UnderReviewAsync(app, "LSN-0101", AwardCode.Cstdbo, "LSN");
        var unknown = await officer.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/candidates", new
        {
            candidates = new object[]
            {
                new { kind = "PERSON", personId = ids.Person, code = "CSTDCS", proposalId = 987_001 },
                new { kind = "PERSON", personId = ids.Person, code = "CSTDBO", proposalId = proposal2 },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var unknownText = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("Dòng 1: không có đề nghị mã 987001", unknownText, StringComparison.Ordinal);
        Assert.Contains($"Dòng 2: không có đề nghị mã {proposal2}", unknownText, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<SessionCandidate>().CountAsync(c => c.SessionId == id)));

        var added = await officer.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/candidates", new
        {
            candidates = new object[]
            {
                new { kind = "PERSON", personId = ids.Person, code = "CSTDCS", proposalId = proposal1 },
                new { kind = "PERSON", personId = ids.Person2, code = "CSTDBO", proposalId = proposal2 },
                new { kind = "COLLECTIVE", unitId = ids.Office, code = "TTLDXS" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var candidates = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(3, candidates.Count);

        // No step skipped: voting cannot open from the draft; a posting started today is too short.
        var skipped = await officer.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/steps", new { action = "OPEN_VOTING" });
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        var today = VietnameseFormat.Today(TimeProvider.System);
        await StepAsync(officer, id, new { action = "START_POSTING", postingStart = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        var early = await officer.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/steps", new { action = "OPEN_VOTING" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var earlyText = await early.Content.ReadAsStringAsync();
        Assert.Contains("Chưa hết thời gian công khai", earlyText, StringComparison.Ordinal);
        Assert.Contains(VietnameseFormat.Date(today), earlyText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/steps", new { action = "RETURN" })).StatusCode);
        await StepAsync(officer, id, new { action = "RETURN", reason = "Công khai lại từ ngày niêm yết thực tế" });
        await StepAsync(officer, id, new { action = "START_POSTING", postingStart = today.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });

        // A staff member of a regional office comments during the posting; the council sees it, the staff member does not see others'.
        var comment = await staff.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/comments", new { candidateId = candidates[0], text = "Đề nghị xem xét thêm kết quả quý IV." });
        Assert.Equal(HttpStatusCode.OK, comment.StatusCode);
        var seen = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/councils/sessions/{id}");
        Assert.Equal("Đề nghị xem xét thêm kết quả quý IV.", seen.GetProperty("candidates")[0].GetProperty("comments")[0].GetProperty("text").GetString());
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/councils/sessions/{id}")).GetProperty("candidates")[0].GetProperty("comments").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await member.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/ballots", Ballot(candidates, "YES", "YES", "YES"))).StatusCode);

        var opened = await StepAsync(officer, id, new { action = "OPEN_VOTING" });
        Assert.Equal("VOTING", opened.GetProperty("session").GetProperty("status").GetString());
        Assert.Equal(8, opened.GetProperty("session").GetProperty("memberCount").GetInt32());
        Assert.Equal(6, opened.GetProperty("session").GetProperty("quorum").GetInt32());
        Assert.Equal(5, opened.GetProperty("candidates")[0].GetProperty("requiredVotes").GetInt32());
        Assert.Equal(8, opened.GetProperty("candidates")[1].GetProperty("requiredVotes").GetInt32()); // CSTDBO: 90 % of all 8 members
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/comments", new { candidateId = candidates[0], text = "Muộn" })).StatusCode);

        // Refused, nothing written: a non-member, an abstention (not allowed here), a missing choice, a written ballot by a non-secretary.
        var outsider = await staff.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/ballots", Ballot(candidates, "YES", "YES", "YES"));
        Assert.Equal(HttpStatusCode.BadRequest, outsider.StatusCode);
        Assert.Contains("không phải thành viên", await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var abstain = await member.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/ballots", Ballot(candidates, "YES", "ABSTAIN", "YES"));
        Assert.Equal(HttpStatusCode.BadRequest, abstain.StatusCode);
        Assert.Contains("không cho phép không biểu quyết", await abstain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await member.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/ballots", new { choices = new[] { new { candidateId = candidates[0], choice = "YES" } } })).StatusCode);
        var notSecretary = await member.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/written-ballots", new { personId = ids.Absent[0], choices = Ballot(candidates, "YES", "YES", "YES").Choices });
        Assert.Equal(HttpStatusCode.BadRequest, notSecretary.StatusCode);
        Assert.Contains("Chỉ Ủy viên thư ký", await notSecretary.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(d => d.VoteParticipations.CountAsync(p => p.SessionId == id)));
        Assert.Equal(0, await app.WithDbAsync(d => d.SecretBallots.CountAsync(b => b.SessionId == id)));

        // Three members vote in the application, the secretary enters three written ballots: 6 of 8, the quorum.
        var receipts = new Dictionary<string, string[]>();
        async Task CastAsync(HttpClient client, string url, object body, string[] choices)
        {
            var response = await client.PostAsJsonAsync(url, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var receipt = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetString()!;
            Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", receipt);
            receipts[receipt] = choices;
        }

        await CastAsync(member, $"/api/v1/councils/sessions/{id}/ballots", Ballot(candidates, "YES", "NO", "YES"), ["YES", "NO", "YES"]);
        await CastAsync(chair, $"/api/v1/councils/sessions/{id}/ballots", Ballot(candidates, "YES", "YES", "YES"), ["YES", "YES", "YES"]);
        await CastAsync(officer, $"/api/v1/councils/sessions/{id}/ballots", Ballot(candidates, "NO", "YES", "YES"), ["NO", "YES", "YES"]);
        foreach (var absent in ids.Absent)
        {
            await CastAsync(officer, $"/api/v1/councils/sessions/{id}/written-ballots", new { personId = absent, Ballot(candidates, "YES", "YES", "NO").Choices }, ["YES", "YES", "NO"]);
        }

        var twice = await member.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/ballots", Ballot(candidates, "YES", "YES", "YES"));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("đã bỏ phiếu trong phiên họp này", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var writtenTwice = await officer.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/written-ballots", new { personId = ids.Absent[0], Ballot(candidates, "YES", "YES", "YES").Choices });
        Assert.Equal(HttpStatusCode.BadRequest, writtenTwice.StatusCode);
        var during = await member.GetFromJsonAsync<JsonElement>($"/api/v1/councils/sessions/{id}");
        Assert.Equal(JsonValueKind.Null, during.GetProperty("tally").ValueKind);
        Assert.True(during.GetProperty("hasVoted").GetBoolean());
        var idsBefore = await app.WithDbAsync(d => d.SecretBallots.Where(b => b.SessionId == id).Select(b => b.Id).ToListAsync());

        var closed = await StepAsync(officer, id, new { action = "CLOSE" });
        var tally = closed.GetProperty("tally");
        Assert.Equal(6, tally.GetProperty("participants").GetInt32());
        Assert.Equal(6, tally.GetProperty("ballots").GetInt32());
        Assert.True(tally.GetProperty("quorumMet").GetBoolean());
        var published = tally.GetProperty("receipts").EnumerateArray().ToDictionary(r => r.GetProperty("receipt").GetString()!, r => r.GetProperty("choices").EnumerateArray().Select(c => c.GetString()!).ToArray());
        Assert.Equal(receipts.Keys.Order(StringComparer.Ordinal), published.Keys);
        foreach (var (receipt, choices) in receipts)
        {
            Assert.Equal(choices, published[receipt]);
        }

        var rows = closed.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal((5, 1, true), (rows[0].GetProperty("yes").GetInt32(), rows[0].GetProperty("no").GetInt32(), rows[0].GetProperty("passed").GetBoolean()));
        Assert.Equal((5, false), (rows[1].GetProperty("yes").GetInt32(), rows[1].GetProperty("passed").GetBoolean()));
        Assert.Equal((3, false), (rows[2].GetProperty("yes").GetInt32(), rows[2].GetProperty("passed").GetBoolean()));

        // A vote after the close is refused and nothing is written.
        var late = await app.ApiClientAsync("lanhdao.langson");
        var after = await officer.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/written-ballots", new { personId = ids.Absent[0], Ballot(candidates, "YES", "YES", "YES").Choices });
        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode);
        Assert.Contains("đã kết thúc bỏ phiếu", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await late.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/ballots", Ballot(candidates, "YES", "YES", "YES"))).StatusCode);

        // Secrecy: the two tables share only the session; the ballots were rewritten with new ids; the audit trail holds no choice, no receipt.
        var (ballots, participations, idsAfter) = await app.WithDbAsync(async d => (
            await d.SecretBallots.AsNoTracking().Where(b => b.SessionId == id).ToListAsync(),
            await d.VoteParticipations.AsNoTracking().Where(p => p.SessionId == id).ToListAsync(),
            await d.SecretBallots.Where(b => b.SessionId == id).Select(b => b.Id).ToListAsync()));
        Assert.Equal(participations.Count, ballots.Count);
        Assert.Empty(idsBefore.Intersect(idsAfter));
        var columns = await app.WithDbAsync(d => Task.FromResult((
            d.Model.FindEntityType(typeof(SecretBallot))!.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal).ToList(),
            d.Model.FindEntityType(typeof(VoteParticipation))!.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal).ToList())));
        Assert.Equal(["Choices", "Id", "Receipt", "SessionId"], columns.Item1);
        Assert.Equal(["Method", "On", "PersonId", "SessionId"], columns.Item2);
        Assert.Equal(["SessionId"], columns.Item1.Intersect(columns.Item2));
        Assert.All(participations, p => Assert.Equal(today, p.On));
        var events = await app.WithDbAsync(d => d.AuditEvents.AsNoTracking().Where(a => a.Sequence > startedAt).Select(a => new { a.EntityType, a.Summary }).ToListAsync());
        Assert.Contains(events, e => e.Summary.Contains("tham gia bỏ phiếu kín", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.EntityType is nameof(SecretBallot) or nameof(VoteParticipation));
        Assert.DoesNotContain(events, e => receipts.Keys.Any(r => e.Summary.Contains(r, StringComparison.Ordinal)) || e.Summary.Contains("Choices", StringComparison.Ordinal));

        // The minutes (no place/date line) and the outcome by proposal.
        var docx = await officer.GetAsync($"/api/v1/councils/sessions/{id}/minutes?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("BIÊN BẢN", text, StringComparison.Ordinal);
            Assert.Contains("phiên họp đủ túc số", text, StringComparison.Ordinal);
            Assert.Contains("Không đạt", text, StringComparison.Ordinal);
            Assert.Contains("THƯ KÝ", text, StringComparison.Ordinal);
            Assert.Contains("CHỦ TỌA", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Lạng Sơn, ngày", text, StringComparison.Ordinal);
            Assert.Contains("Số:       /BB-HĐTĐKT", text, StringComparison.Ordinal);
        }

        Assert.Equal("%PDF-"u8.ToArray(), (await (await officer.GetAsync($"/api/v1/councils/sessions/{id}/minutes?format=pdf")).Content.ReadAsByteArrayAsync())[..5]);
        var outcome = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/councils/outcomes/{proposal1}");
        Assert.True(outcome.GetProperty("passed").GetBoolean());
        Assert.Equal(5, outcome.GetProperty("yes").GetInt32());
        Assert.Equal(8, outcome.GetProperty("members").GetInt32());
        Assert.Equal(id, outcome.GetProperty("sessionId").GetInt32());
        Assert.False((await officer.GetFromJsonAsync<JsonElement>($"/api/v1/councils/outcomes/{proposal2}")).GetProperty("passed").GetBoolean());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheCalendar_IsEditedAtTheRootOnly_WithItsMessages(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.ApiClientAsync("canbo.langson");
        var admin = await app.ApiClientAsync("quantri");
        var year = await officer.GetFromJsonAsync<JsonElement>("/api/v1/calendar?year=2026");
        Assert.Contains(year.GetProperty("days").EnumerateArray(), d => d.GetProperty("name").GetString() == "Quốc khánh");
        Assert.False(year.GetProperty("canManage").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync("/api/v1/calendar", new { date = "2031-03-05", kind = "DayOff", name = "Thử" })).StatusCode);
        var weekend = await admin.PostAsJsonAsync("/api/v1/calendar", new { date = "2031-03-08", kind = "DayOff", name = "Nghỉ bù thử" });
        Assert.Equal(HttpStatusCode.BadRequest, weekend.StatusCode);
        Assert.Contains("thứ Bảy và Chủ nhật đã là ngày nghỉ", await weekend.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var before = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/calendar?year=2031")).GetProperty("workingDays").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/v1/calendar", new { date = "2031-03-05", kind = "DayOff", name = "Ngày nghỉ thử" })).StatusCode);
        Assert.Equal(before - 1, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/calendar?year=2031")).GetProperty("workingDays").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/calendar", new { date = "2031-03-05", kind = "DayOff", name = "Lần hai" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.DeleteAsync("/api/v1/calendar/2031-03-05")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync("/api/v1/calendar/2031-03-05")).StatusCode);
        Assert.Equal(before, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/calendar?year=2031")).GetProperty("workingDays").GetInt32());
        var audit = await app.WithDbAsync(d => d.AuditEvents.CountAsync(a => a.EntityType == "CalendarDay" && a.EntityId == "2031-03-05"));
        Assert.True(audit >= 2, $"calendar changes audited: {audit}");
    }

    private static BallotBody Ballot(IReadOnlyList<int> candidates, params string[] choices) =>
        new(candidates.Select((c, i) => (object)new { candidateId = c, choice = choices[i] }).ToArray());

    private sealed record BallotBody(object[] Choices);

    private static async Task<JsonElement> StepAsync(HttpClient client, int id, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/councils/sessions/{id}/steps", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
