using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Identity;
using ThiDua.Core.Identity.Accounts;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Scope;

/// <summary>
/// The scope harness (Foundation §9): every API endpoint and page of the app is in <see cref="Table"/>, and each
/// row proves that users of unit A (THADS Lạng Sơn) cannot read or change resources of unit B (THADS Hà Nội):
/// ids of B answer 404, lists never show B. A new endpoint that is not added here fails
/// <see cref="EveryEndpoint_IsInTheScopeTable"/>.
/// </summary>
[Collection("app")]
public sealed class ScopeHarnessTests(Apps apps)
{
    private const string UnitBName = "Hà Nội";

    private static readonly Dictionary<string, Func<ScopeContext, Task>> Table = new()
    {
        // Organisation API
        ["GET /api/v1/organisation/units"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/organisation/units", UnitBName),
        ["GET /api/v1/organisation/units/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/organisation/units/{c.UnitB}"),
        ["GET /api/v1/organisation/people"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/organisation/people?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerApi, "/api/v1/organisation/people?size=200", "HNI-");
        },
        ["GET /api/v1/organisation/people/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/organisation/people/{c.PersonB}"),
        ["GET /api/v1/search"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/search?q=" + Uri.EscapeDataString(c.PersonBName), UnitBName),

        // Clusters API: B's block (owned by and made of Hà Nội units) is out of A's reach
        ["GET /api/v1/organisation/clusters"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/organisation/clusters", c.ClusterBCode),
        ["GET /api/v1/organisation/clusters/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/organisation/clusters/{c.ClusterB}?year={ScopeContext.ClusterYear}"),
        ["POST /api/v1/organisation/clusters"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/organisation/clusters",
            new { code = "XAM-" + Guid.NewGuid().ToString("N")[..6], name = "Khối xâm nhập", kind = "BLOCK", ownerUnitId = c.UnitB }),
        ["PUT /api/v1/organisation/clusters/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/organisation/clusters/{c.ClusterB}", new { name = "Đổi tên xâm nhập" }),
        ["PUT /api/v1/organisation/clusters/{id:int}/members/{year:int}"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/organisation/clusters/{c.ClusterB}/members/{ScopeContext.ClusterYear}",
                new { members = new[] { new { unitId = c.UnitA, role = "HEAD", rotationOrder = 1 } } });
            // B's unit in A's own block: refused without naming it.
            var response = await c.OfficerApi.PutAsJsonAsync($"/api/v1/organisation/clusters/{c.ClusterA}/members/{ScopeContext.ClusterYear}",
                new { members = new[] { new { unitId = c.UnitB, role = "HEAD", rotationOrder = 1 } } });
            var text = await response.Content.ReadAsStringAsync();
            c.Check(response.StatusCode == HttpStatusCode.BadRequest && !text.Contains(UnitBName, StringComparison.Ordinal), $"putting unit B in A's block answered {(int)response.StatusCode}: {text}");
        },
        ["GET /api/v1/organisation/clusters/{id:int}/rotation/{year:int}"] = c =>
            c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/organisation/clusters/{c.ClusterB}/rotation/{ScopeContext.ClusterYear}"),
        ["POST /api/v1/organisation/clusters/{id:int}/rotation/{year:int}"] = c =>
            c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/clusters/{c.ClusterB}/rotation/{ScopeContext.ClusterYear}", new { replace = true }),

        // Accounts API, as an administrator of A
        ["GET /api/v1/accounts"] = c => c.NoLeakAsync(c.AdminApi, "/api/v1/accounts?size=200", "canbo.hanoi"),
        ["GET /api/v1/accounts/{id:int}"] = c => c.NotFoundAsync(c.AdminApi, HttpMethod.Get, $"/api/v1/accounts/{c.AccountB}"),
        ["POST /api/v1/accounts"] = c => c.NotFoundAsync(c.AdminApi, HttpMethod.Post, "/api/v1/accounts",
            new { userName = "xam.nhap." + Guid.NewGuid().ToString("N")[..6], displayName = "Xâm nhập", password = "một mật khẩu đủ dài", grants = new[] { new { role = "StaffMember", unitId = c.UnitB } } }),
        ["POST /api/v1/accounts/{id:int}/disable"] = c => c.NotFoundAsync(c.AdminApi, HttpMethod.Post, $"/api/v1/accounts/{c.AccountB}/disable"),
        ["POST /api/v1/accounts/{id:int}/enable"] = c => c.NotFoundAsync(c.AdminApi, HttpMethod.Post, $"/api/v1/accounts/{c.AccountB}/enable"),
        ["POST /api/v1/accounts/{id:int}/reset-password"] = c => c.NotFoundAsync(c.AdminApi, HttpMethod.Post, $"/api/v1/accounts/{c.AccountB}/reset-password"),
        ["POST /api/v1/accounts/{id:int}/grants"] = async c =>
        {
            await c.NotFoundAsync(c.AdminApi, HttpMethod.Post, $"/api/v1/accounts/{c.AccountB}/grants", new { role = "StaffMember", unitId = c.UnitA });
            await c.NotFoundAsync(c.AdminApi, HttpMethod.Post, $"/api/v1/accounts/{c.ScratchAccountA}/grants", new { role = "StaffMember", unitId = c.UnitB });
        },
        ["DELETE /api/v1/accounts/{id:int}/grants/{grantId:int}"] = c => c.NotFoundAsync(c.AdminApi, HttpMethod.Delete, $"/api/v1/accounts/{c.AccountB}/grants/{c.GrantB}"),

        // Audit API
        ["GET /api/v1/audit"] = async c =>
        {
            var page = await c.OfficerApi.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Person&entityId={c.PersonB}");
            c.Check(page.GetProperty("total").GetInt32() == 0, "audit events of unit B are visible to A");
            await c.NoLeakAsync(c.OfficerApi, "/api/v1/audit?size=200", UnitBName);
        },

        // The caller's own account: no other unit's resource is addressable
        ["GET /api/v1/me"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/me", UnitBName),
        ["GET /api/v1/me/tokens"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/me/tokens", c.TokenBName),
        ["POST /api/v1/me/tokens"] = async c =>
        {
            var response = await c.OfficerBrowser.PostAsJsonAsync("/api/v1/me/tokens", new { name = "phạm vi", expiresInDays = 1 });
            c.Check(response.IsSuccessStatusCode, "issuing one's own token failed");
        },
        ["DELETE /api/v1/me/tokens/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Delete, $"/api/v1/me/tokens/{c.TokenB}"),

        // Eligibility what-if checks read the case given in the body and no unit's data
        ["POST /api/v1/eligibility/check"] = async c =>
        {
            var response = await c.OfficerApi.PostAsync("/api/v1/eligibility/check", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            c.Check(response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("INVALID", StringComparison.Ordinal), "a bad case file did not answer INVALID");
        },

        // Legal regimes are national data: reading shows no unit's data; an officer and a province administrator cannot change them
        ["GET /api/v1/regimes"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/regimes", UnitBName),
        ["GET /api/v1/regimes/{code}"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/regimes/2025", UnitBName),
        ["POST /api/v1/regimes"] = c => c.RegimeWriteRefusedAsync(HttpMethod.Post, "/api/v1/regimes",
            """{ "code": "XAM", "inherits": "2025", "name": "Xâm nhập", "effectiveFrom": "2040-01-01" }"""),
        ["PUT /api/v1/regimes/{code}"] = c => c.RegimeWriteRefusedAsync(HttpMethod.Put, "/api/v1/regimes/2025", """{ "leaveLimitWorkingDays": { "value": 1 } }"""),
        ["DELETE /api/v1/regimes/{code}"] = c => c.RegimeWriteRefusedAsync(HttpMethod.Delete, "/api/v1/regimes/2025", null),
        ["PAGE /Admin/Regimes/Index"] = c => c.NoLeakAsync(c.OfficerBrowser, "/Admin/Regimes", UnitBName),
        ["PAGE /Admin/Regimes/Details"] = async c =>
        {
            await c.NoLeakAsync(c.OfficerBrowser, "/Admin/Regimes/Details/2025", UnitBName);
            await c.RegimePageRefusedAsync("/Admin/Regimes/Details/2025?handler=Delete", []);
        },
        ["PAGE /Admin/Regimes/Edit"] = async c =>
        {
            var page = await c.AdminBrowser.GetAsync("/Admin/Regimes/Edit/2025");
            c.Check(page.StatusCode == HttpStatusCode.Forbidden, $"the edit page answered {(int)page.StatusCode} to a province administrator");
            await c.RegimePageRefusedAsync("/Admin/Regimes/Edit/2025", new() { ["Name"] = "Xâm nhập", ["P[leaveLimitWorkingDays].Value"] = "1" });
            await c.RegimePageRefusedAsync("/Admin/Regimes/Edit/2025?handler=Json", new() { ["Document"] = """{ "leaveLimitWorkingDays": { "value": 1 } }""" });
        },
        ["PAGE /Admin/Regimes/Create"] = async c =>
        {
            var page = await c.AdminBrowser.GetAsync("/Admin/Regimes/Create");
            c.Check(page.StatusCode == HttpStatusCode.Forbidden, $"the create page answered {(int)page.StatusCode} to a province administrator");
            await c.RegimePageRefusedAsync("/Admin/Regimes/Create", new() { ["Code"] = "XAM", ["Name"] = "Xâm nhập", ["EffectiveFrom"] = "2040-01-01", ["BaseCode"] = "2025" });
        },

        // Candidate lists (Awards.ViewCandidates): B's unit and people answer 404, A's lists never show B
        ["GET /api/v1/awards/candidates"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/awards/candidates?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerApi, "/api/v1/awards/candidates?target=LDTT&size=500", "HNI-");
        },
        ["GET /api/v1/awards/candidates/person/{personId:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/awards/candidates/person/{c.PersonB}"),
        ["GET /api/v1/awards/candidates/export"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/awards/candidates/export?unitId={c.UnitB}"),
        ["PAGE /Awards/Candidates/Index"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Candidates?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerBrowser, "/Awards/Candidates?target=LDTT", UnitBName);
        },
        ["PAGE /Awards/Candidates/Person"] = c => c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Candidates/Person/{c.PersonB}"),
        ["GET /api/v1/awards/candidates/unit/{unitId:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/awards/candidates/unit/{c.UnitB}"),
        ["PAGE /Awards/Candidates/Unit"] = c => c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Candidates/Unit/{c.UnitB}"),

        // Quotas and the fairness panel: B's unit answers 404; B's people and overrides cannot be moved or removed from A
        ["GET /api/v1/awards/quota"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/awards/quota?unitId={c.UnitB}&target=CSTDCS&year=2023");
            await c.NoLeakAsync(c.OfficerApi, "/api/v1/awards/quota?target=CSTDCS&year=2023", "HNI-");
        },
        ["PUT /api/v1/awards/quota/overrides"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, "/api/v1/awards/quota/overrides",
                new { unitId = c.UnitB, year = 2023, target = "CSTDCS", subjectId = c.PersonB, include = true, reason = "Thử vượt phạm vi đơn vị" });
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, "/api/v1/awards/quota/overrides",
                new { unitId = c.UnitA, year = 2023, target = "CSTDCS", subjectId = c.PersonB, include = true, reason = "Người của đơn vị khác" });
        },
        ["DELETE /api/v1/awards/quota/overrides/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Delete, $"/api/v1/awards/quota/overrides/{c.QuotaOverrideB}"),
        ["GET /api/v1/awards/fairness"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/awards/fairness?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerApi, "/api/v1/awards/fairness", UnitBName);
        },
        ["PAGE /Awards/Quota"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Quota?unitId={c.UnitB}");
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Awards/Quota?handler=Clear&unitId={c.UnitA}&year=2023&target=CSTDCS&overrideId={c.QuotaOverrideB}", [],
                formPage: $"/Awards/Quota?unitId={c.UnitA}&year=2023");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"removing B's override from the page answered {(int)response.StatusCode}");
            var still = await c.App.WithDbAsync(d => d.QuotaOverrides.AnyAsync(o => o.Id == c.QuotaOverrideB));
            c.Check(still, "B's override was removed from A's page");
        },
        ["PAGE /Awards/Fairness"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Fairness?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerBrowser, "/Awards/Fairness", UnitBName);
        },

        // Movements: A sees its own, its offices' and the central ones; B's movement answers 404 and the central one's
        // launch coverage lists A's units only
        ["GET /api/v1/movements"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/movements?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerApi, "/api/v1/movements?size=200", UnitBName);
        },
        ["GET /api/v1/movements/{id:int}"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/movements/{c.MovementB}");
            await c.NoLeakAsync(c.OfficerApi, $"/api/v1/movements/{c.MovementCentral}", UnitBName);
        },
        ["GET /api/v1/movements/{id:int}/plan"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/movements/{c.MovementB}/plan?format=docx&number=1&date=2026-10-05&signerName=A&signerPosition=B");
        },
        ["GET /api/v1/movements/{id:int}/coverage"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/movements/{c.MovementB}/coverage");
            await c.NoLeakAsync(c.OfficerApi, $"/api/v1/movements/{c.MovementCentral}/coverage", UnitBName);
        },
        ["POST /api/v1/movements"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/movements", c.MovementBody(c.UnitB, null));
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/movements", c.MovementBody(c.UnitA, c.MovementB));
        },
        ["PUT /api/v1/movements/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/movements/{c.MovementB}", c.MovementBody(c.UnitA, null)),
        ["PAGE /Movements/Index"] = c => c.NoLeakAsync(c.OfficerBrowser, "/Movements", UnitBName),
        ["PAGE /Movements/Details"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Movements/Details/{c.MovementB}");
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Movements/Details/{c.MovementB}?handler=Plan&format=docx&Plan.Number=1&Plan.Date=2026-10-05&Plan.SignerName=A&Plan.SignerPosition=B");
            await c.NoLeakAsync(c.OfficerBrowser, $"/Movements/Details/{c.MovementCentral}", UnitBName);
        },
        ["PAGE /Movements/Create"] = c => c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Movements/Create?parentId={c.MovementB}"),
        ["PAGE /Movements/Edit"] = async c =>
        {
            // Another province's movement, and the sector's one that A sees but does not manage.
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Movements/Edit/{c.MovementB}");
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Movements/Edit/{c.MovementCentral}");
        },

        // Registrations: B's round and registration (year RegistrationYear) answer 404; lists and coverage never show B
        ["GET /api/v1/registrations"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/registrations?unitId={c.UnitB}&year={ScopeContext.RegistrationYear}");
            await c.NoLeakAsync(c.OfficerApi, $"/api/v1/registrations?year={ScopeContext.RegistrationYear}&size=500", c.PersonBName);
        },
        ["GET /api/v1/registrations/coverage"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/registrations/coverage?unitId={c.UnitB}&year={ScopeContext.RegistrationYear}");
            await c.NoLeakAsync(c.OfficerApi, $"/api/v1/registrations/coverage?year={ScopeContext.RegistrationYear}", UnitBName);
        },
        ["GET /api/v1/registrations/export"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/registrations/export?unitId={c.UnitB}&year={ScopeContext.RegistrationYear}&format=xlsx"),
        ["GET /api/v1/registrations/mine"] = c => c.NoLeakAsync(c.OfficerApi, $"/api/v1/registrations/mine?year={ScopeContext.RegistrationYear}", UnitBName),
        ["GET /api/v1/registrations/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/registrations/{c.RegistrationB}"),
        ["POST /api/v1/registrations"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/registrations",
                new { year = ScopeContext.RegistrationYear, entries = new[] { new { personId = (int?)c.PersonB, unitId = (int?)null, title = "LDTT" } } });
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/registrations",
                new { year = ScopeContext.RegistrationYear, entries = new[] { new { personId = (int?)null, unitId = (int?)c.UnitB, title = "TTLDTT" } } });
        },
        ["POST /api/v1/registrations/decisions"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/registrations/decisions", new { ids = new[] { c.RegistrationB }, action = "APPROVE" });
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/registrations/decisions", new { ids = new[] { c.RegistrationB }, action = "RETURN", reason = "Trả lại trái phép" });
        },
        ["PUT /api/v1/registrations/rounds"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, "/api/v1/registrations/rounds", new { unitId = c.UnitB, year = ScopeContext.RegistrationYear, deadline = $"{ScopeContext.RegistrationYear - 1}-12-31" }),
        ["POST /api/v1/registrations/import"] = async c =>
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"Mã công chức,Danh hiệu đăng ký\n{c.PersonBCode},LDTT\n")), "file", "dang-ky.csv" } };
            var response = await c.OfficerApi.PostAsync($"/api/v1/registrations/import?year={ScopeContext.RegistrationYear}", form);
            var text = await response.Content.ReadAsStringAsync();
            c.Check(response.StatusCode == HttpStatusCode.BadRequest && !text.Contains(c.PersonBName, StringComparison.Ordinal), $"importing B's person answered {(int)response.StatusCode}: {text}");
            c.Check(await c.App.WithDbAsync(d => d.Registrations.CountAsync(r => r.PersonId == c.PersonB)) == 1, "a registration of B's person was imported by A");
        },
        ["PAGE /Registrations/Index"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Registrations?unitId={c.UnitB}&year={ScopeContext.RegistrationYear}");
            await c.NoLeakAsync(c.OfficerBrowser, $"/Registrations?year={ScopeContext.RegistrationYear}", c.PersonBName);
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Registrations?handler=Approve&year={ScopeContext.RegistrationYear}",
                new() { ["Selected"] = c.RegistrationB.ToString(System.Globalization.CultureInfo.InvariantCulture) }, formPage: "/Registrations");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"approving B's registration from the page answered {(int)response.StatusCode}");
            var deadline = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Registrations?handler=Deadline&unitId={c.UnitB}&year={ScopeContext.RegistrationYear}",
                new() { ["Deadline"] = $"{ScopeContext.RegistrationYear - 1}-12-31" }, formPage: "/Registrations");
            c.Check(deadline.StatusCode == HttpStatusCode.NotFound, $"changing B's deadline from the page answered {(int)deadline.StatusCode}");
        },
        ["PAGE /Registrations/Coverage"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Registrations/Coverage?unitId={c.UnitB}&year={ScopeContext.RegistrationYear}");
            await c.NoLeakAsync(c.OfficerBrowser, $"/Registrations/Coverage?year={ScopeContext.RegistrationYear}", UnitBName);
        },
        ["PAGE /Registrations/Create"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Registrations/Create?unitId={c.UnitB}&year={ScopeContext.RegistrationYear}");
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Registrations/Create?year={ScopeContext.RegistrationYear}",
                new() { ["Rows[0].PersonId"] = c.PersonB.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Rows[0].Title"] = "LDTT" }, formPage: "/Registrations");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"registering B's person from the page answered {(int)response.StatusCode}");
        },
        ["PAGE /Registrations/Mine"] = c => c.NoLeakAsync(c.OfficerBrowser, "/Registrations/Mine", UnitBName),
        // Covenants: B's block covenant (Hà Nội offices only) is out of reach of A's officer and leader
        ["GET /api/v1/covenants"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/covenants", c.CovenantBTitle),
        ["GET /api/v1/covenants/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/covenants/{c.CovenantB}"),
        ["GET /api/v1/covenants/{id:int}/document"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/covenants/{c.CovenantB}/document?format=docx"),
        ["POST /api/v1/covenants"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/covenants", c.CovenantBody(c.ClusterB, ScopeContext.ClusterYear + 1)),
        ["PUT /api/v1/covenants/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/covenants/{c.CovenantB}", c.CovenantBody(c.ClusterB, ScopeContext.ClusterYear)),
        ["POST /api/v1/covenants/{id:int}/steps"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/covenants/{c.CovenantB}/steps", new { action = "OPEN" }),
        ["PUT /api/v1/covenants/{id:int}/review"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/covenants/{c.CovenantB}/review", new { summary = "xâm nhập", progress = Array.Empty<object>() }),
        ["POST /api/v1/covenants/{id:int}/signatures"] = async c =>
        {
            await c.NotFoundAsync(c.LeaderApi, HttpMethod.Post, $"/api/v1/covenants/{c.CovenantB}/signatures", new { unitId = c.UnitA, password = ThiDuaApp.DemoPassword });
            await c.NotFoundAsync(c.LeaderApi, HttpMethod.Post, $"/api/v1/covenants/{c.CovenantB}/signatures", new { unitId = c.UnitB, password = ThiDuaApp.DemoPassword });
        },
        ["PUT /api/v1/covenants/{id:int}/scores"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/covenants/{c.CovenantB}/scores", new { scorerUnitId = c.UnitA, scoredUnitId = c.UnitB, points = Array.Empty<object>() }),
        ["PUT /api/v1/covenants/{id:int}/votes"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/covenants/{c.CovenantB}/votes", new { voterUnitId = c.UnitA, chosenUnitIds = new[] { c.UnitB } }),
        ["PAGE /Covenants/Index"] = c => c.NoLeakAsync(c.OfficerBrowser, $"/Covenants?year={ScopeContext.ClusterYear}", c.CovenantBTitle),
        ["PAGE /Covenants/Details"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Covenants/Details/{c.CovenantB}");
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Covenants/Details/{c.CovenantB}?handler=Step", new() { ["step"] = "OpenForSigning" }, formPage: "/Covenants");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"posting a step of B's covenant answered {(int)response.StatusCode}");
        },
        ["PAGE /Covenants/Create"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Covenants/Create?id={c.CovenantB}");
            await ThiDuaApp.PostFormAsync(c.OfficerBrowser, "/Covenants/Create", new()
            {
                ["Input.ClusterId"] = c.ClusterB.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Year"] = "2046", ["Input.Title"] = "Giao ước xâm nhập",
                ["Input.MaxPoints"] = "100", ["Input.LeadingSeats"] = "1", ["Input.Commitments[0].Text"] = "Cam kết", ["Input.Criteria[0].Name"] = "Tiêu chí", ["Input.Criteria[0].Points"] = "100",
            });
            c.Check(!await c.App.WithDbAsync(d => d.Covenants.AnyAsync(x => x.ClusterId == c.ClusterB && x.Year == 2046)), "A's officer drafted a covenant for B's block");
        },

        // Councils: Hà Nội's council and its closed session are out of reach of A's officer (404); the calendar is national (root only)
        ["GET /api/v1/councils"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/councils", c.CouncilBName),
        ["GET /api/v1/councils/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/councils/{c.CouncilB}"),
        ["PUT /api/v1/councils/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/councils/{c.CouncilB}",
            new { unitId = c.UnitB, name = "Đổi tên xâm nhập", termStart = "2026-01-01", members = Array.Empty<object>() }),
        ["POST /api/v1/councils"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/councils", new { unitId = c.UnitB, name = "Hội đồng xâm nhập", termStart = "2040-01-01", members = Array.Empty<object>() });
            c.Check(!await c.App.WithDbAsync(d => d.Councils.AnyAsync(x => x.Name == "Hội đồng xâm nhập")), "A's officer created a council on unit B");
        },
        ["POST /api/v1/councils/{id:int}/sessions"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/councils/{c.CouncilB}/sessions",
            new { year = 2026, title = "Phiên xâm nhập", meetingOn = "2026-12-01", allowAbstain = false }),
        ["GET /api/v1/councils/sessions/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/councils/sessions/{c.SessionB}"),
        ["GET /api/v1/councils/sessions/{id:int}/minutes"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/councils/sessions/{c.SessionB}/minutes?format=docx"),
        ["GET /api/v1/councils/outcomes/{proposalId:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/councils/outcomes/{c.ProposalB}"),
        ["POST /api/v1/councils/sessions/{id:int}/candidates"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/councils/sessions/{c.SessionB}/candidates",
            new { candidates = new[] { new { kind = "PERSON", personId = c.PersonB, code = "CSTDCS" } } }),
        ["POST /api/v1/councils/sessions/{id:int}/candidates/from-list"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/councils/sessions/{c.SessionB}/candidates/from-list", new { code = "CSTDCS" }),
        ["DELETE /api/v1/councils/sessions/{id:int}/candidates/{candidateId:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Delete, $"/api/v1/councils/sessions/{c.SessionB}/candidates/{c.CandidateB}"),
        ["POST /api/v1/councils/sessions/{id:int}/steps"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/councils/sessions/{c.SessionB}/steps", new { action = "CLOSE" }),
        ["POST /api/v1/councils/sessions/{id:int}/comments"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/councils/sessions/{c.SessionB}/comments", new { candidateId = c.CandidateB, text = "Góp ý xâm nhập" }),
        ["POST /api/v1/councils/sessions/{id:int}/ballots"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/councils/sessions/{c.SessionB}/ballots",
            new { choices = new[] { new { candidateId = c.CandidateB, choice = "YES" } } }),
        ["POST /api/v1/councils/sessions/{id:int}/written-ballots"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/councils/sessions/{c.SessionB}/written-ballots",
            new { personId = c.PersonB, choices = new[] { new { candidateId = c.CandidateB, choice = "YES" } } }),
        ["GET /api/v1/calendar"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/calendar?year=2026", UnitBName),
        ["POST /api/v1/calendar"] = async c =>
        {
            foreach (var client in new[] { c.OfficerApi, c.AdminApi })
            {
                await c.NotFoundAsync(client, HttpMethod.Post, "/api/v1/calendar", new { date = "2041-03-05", kind = "DayOff", name = "Ngày nghỉ xâm nhập" });
            }

            c.Check(!await c.App.WithDbAsync(d => d.CalendarDays.AnyAsync(x => x.Name == "Ngày nghỉ xâm nhập")), "a province's user changed the national calendar");
        },
        ["DELETE /api/v1/calendar/{date}"] = async c =>
        {
            foreach (var client in new[] { c.OfficerApi, c.AdminApi })
            {
                await c.NotFoundAsync(client, HttpMethod.Delete, "/api/v1/calendar/2026-09-02");
            }

            c.Check(await c.App.WithDbAsync(d => d.CalendarDays.AnyAsync(x => x.Date == new DateOnly(2026, 9, 2))), "a province's user removed a national holiday");
        },
        ["PAGE /Awards/Councils/Index"] = async c =>
        {
            await c.NoLeakAsync(c.OfficerBrowser, "/Awards/Councils", c.CouncilBName);
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, "/Awards/Councils", new()
            {
                ["Input.UnitId"] = c.UnitB.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Name"] = "Hội đồng xâm nhập trang", ["Input.TermStart"] = "2040-01-01",
            });
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"creating a council on B from the page answered {(int)response.StatusCode}");
            c.Check(!await c.App.WithDbAsync(d => d.Councils.AnyAsync(x => x.Name == "Hội đồng xâm nhập trang")), "A's officer created a council on unit B from the page");
        },
        ["PAGE /Awards/Councils/Details"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Councils/Details/{c.CouncilB}");
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Awards/Councils/Details/{c.CouncilB}?handler=Session",
                new() { ["Session.Year"] = "2026", ["Session.Title"] = "Phiên xâm nhập", ["Session.MeetingOn"] = "2026-12-01" }, formPage: "/Awards/Councils");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"creating a session of B's council from the page answered {(int)response.StatusCode}");
        },
        ["PAGE /Awards/Councils/Session"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Councils/Session/{c.SessionB}");
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Awards/Councils/Session/{c.SessionB}?handler=Vote",
                new() { [$"Form.Choices[{c.CandidateB}]"] = "Yes" }, formPage: "/Awards/Councils");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"voting in B's session from the page answered {(int)response.StatusCode}");
        },
        ["PAGE /Admin/Calendar/Index"] = async c =>
        {
            await c.NoLeakAsync(c.OfficerBrowser, "/Admin/Calendar", UnitBName);
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, "/Admin/Calendar?handler=Add",
                new() { ["Input.Date"] = "2041-03-06", ["Input.Kind"] = "DayOff", ["Input.Name"] = "Ngày nghỉ xâm nhập trang" }, formPage: "/Admin/Calendar");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"a province's officer adding a day answered {(int)response.StatusCode}");
        },

        // Targets: B's units answer 404 to every read and write; the national catalog is readable and changed only at the root (403)
        ["GET /api/v1/targets/indicators"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/targets/indicators", UnitBName),
        ["GET /api/v1/targets/grades"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/targets/grades", UnitBName),
        ["GET /api/v1/targets/units/{unitId:int}"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/targets/units/{c.UnitB}");
            await c.NoLeakAsync(c.OfficerApi, $"/api/v1/targets/units/{c.UnitA}", UnitBName);
        },
        ["GET /api/v1/targets/units/{unitId:int}/progress"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/targets/units/{c.UnitB}/progress"),
        ["GET /api/v1/targets/dashboard"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/targets/dashboard?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerApi, $"/api/v1/targets/dashboard?unitId={c.UnitA}", UnitBName);
        },
        ["GET /api/v1/targets/alerts"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/targets/alerts?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerApi, $"/api/v1/targets/alerts?unitId={c.UnitA}", "HNI-");
        },
        ["GET /api/v1/targets/ranking/export"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/targets/ranking/export?unitId={c.UnitB}"),
        ["PAGE /Targets/Points"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Targets/Points?unitId={c.UnitB}&movementId={c.MovementB}");
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Targets/Points?unitId={c.UnitA}&movementId={c.MovementB}");
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Targets/Points?unitId={c.UnitB}&movementId={c.MovementCentral}");
        },
        ["PAGE /Targets/Catalog"] = c => c.NoLeakAsync(c.OfficerBrowser, "/Targets/Catalog", UnitBName),
        ["GET /api/v1/targets/ranking"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/targets/ranking?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerApi, $"/api/v1/targets/ranking?unitId={c.UnitA}", "HNI-");
        },
        ["GET /api/v1/targets/points"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/targets/points?movementId={c.MovementB}&unitId={c.UnitA}");
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/targets/points?movementId={c.MovementCentral}&unitId={c.UnitB}");
        },
        ["PUT /api/v1/targets/{year:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, "/api/v1/targets/2025",
            new { cells = new[] { new { unitId = c.UnitB, indicator = "VIEC", percent = 90 } } }),
        ["POST /api/v1/targets/actuals"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/targets/actuals",
            new { rows = new[] { new { unitId = c.UnitB, month = "2024-10", indicator = "VIEC", numerator = 1, denominator = 2 } } }),
        ["POST /api/v1/targets/actuals/import"] = async c =>
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("Mã đơn vị,Tháng,Mã chỉ tiêu,Kết quả lũy kế,Tổng số lũy kế\nHNI-KV1,10/2024,VIEC,1,2\n")), "file", "ket-qua.csv" } };
            var response = await c.OfficerApi.PostAsync("/api/v1/targets/actuals/import", form);
            var text = await response.Content.ReadAsStringAsync();
            c.Check(response.StatusCode == HttpStatusCode.BadRequest && !text.Contains(UnitBName, StringComparison.Ordinal), $"a file naming B's office answered {(int)response.StatusCode}: {text}");
            var written = await c.App.WithDbAsync(d => d.MonthlyActuals.CountAsync(a => d.Units.Any(u => u.Id == a.UnitId && u.Code.StartsWith("HNI"))));
            c.Check(written == 0, "a file naming B's office wrote figures");
        },
        ["PUT /api/v1/targets/links/{movementId:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/targets/links/{c.MovementB}",
            new { links = Array.Empty<object>() }),
        ["PUT /api/v1/targets/grades"] = async c =>
        {
            foreach (var client in new[] { c.OfficerApi, c.AdminApi })
            {
                var response = await client.PutAsJsonAsync("/api/v1/targets/grades", new { grades = new[] { new { code = "D", minPoints = 0, requiresKeyTargets = true } } });
                c.Check(response.StatusCode == HttpStatusCode.Forbidden, $"changing the grades answered {(int)response.StatusCode}, expected 403");
            }
        },
        ["PUT /api/v1/targets/indicators/{code}"] = async c =>
        {
            foreach (var client in new[] { c.OfficerApi, c.AdminApi })
            {
                var response = await client.PutAsJsonAsync("/api/v1/targets/indicators/VIEC", new { name = "Xâm nhập", numeratorLabel = "a", denominatorLabel = "b", higherIsBetter = true, keyTarget = true, rankingPoints = 1, active = true });
                c.Check(response.StatusCode == HttpStatusCode.Forbidden, $"changing an indicator answered {(int)response.StatusCode}, expected 403");
            }
        },
        ["PAGE /Targets/Index"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Targets?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerBrowser, "/Targets", UnitBName);
        },
        ["PAGE /Targets/Actuals"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Targets/Actuals?unitId={c.UnitB}&year=2025");
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Targets/Actuals?unitId={c.UnitB}&year=2025",
                new() { ["Cells[0].Month"] = "1", ["Cells[0].Indicator"] = "VIEC", ["Cells[0].Numerator"] = "1", ["Cells[0].Denominator"] = "2" }, formPage: "/Targets/Actuals");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"posting B's actuals answered {(int)response.StatusCode}, expected 404");
        },
        ["PAGE /Targets/Assign"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Targets/Assign?unitId={c.UnitB}");
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Targets/Assign?unitId={c.UnitA}&year=2025",
                new() { ["Cells[0].UnitId"] = c.UnitB.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Cells[0].Indicator"] = "VIEC", ["Cells[0].Percent"] = "90" }, formPage: "/Targets/Assign");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"assigning a target to B answered {(int)response.StatusCode}, expected 404");
        },
        ["PAGE /Targets/Dashboard"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Targets/Dashboard?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerBrowser, $"/Targets/Dashboard?unitId={c.UnitA}", UnitBName);
        },
        ["PAGE /Targets/Alerts"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Targets/Alerts?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerBrowser, "/Targets/Alerts", UnitBName);
        },
        ["PAGE /Targets/Ranking"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Targets/Ranking?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerBrowser, "/Targets/Ranking", UnitBName);
        },

        // Organisation changes (Organisation.Manage): every id of B answers 404, nothing of B is changed
        ["GET /api/v1/organisation/people/{id:int}/profile"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/organisation/people/{c.PersonB}/profile"),
        ["GET /api/v1/organisation/units/{id:int}/records"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/organisation/units/{c.UnitB}/records"),
        ["POST /api/v1/organisation/units"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/organisation/units",
            new { code = "XAM-NHAP", name = "Đơn vị xâm nhập", kind = "DEPARTMENT", parentId = c.UnitB, validFrom = "2026-01-01" }),
        ["PUT /api/v1/organisation/units/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/organisation/units/{c.UnitB}", new { name = "Đổi tên trái phép" }),
        ["POST /api/v1/organisation/units/{id:int}/move"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/units/{c.UnitB}/move", new { parentId = c.UnitA });
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/units/{c.DepartmentA}/move", new { parentId = c.UnitB });
        },
        ["POST /api/v1/organisation/units/{id:int}/close"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/units/{c.UnitB}/close", new { lastDay = "2026-01-01" }),
        ["POST /api/v1/organisation/units/reorganise"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/organisation/units/reorganise",
            new { kind = "MERGE", predecessorIds = new[] { c.UnitB }, successorIds = new[] { c.UnitA }, newSuccessors = Array.Empty<object>(), on = "2026-01-01" }),
        ["PUT /api/v1/organisation/units/{id:int}/ratings/{year:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/organisation/units/{c.UnitB}/ratings/2025", new { rating = "HTXS" }),
        ["POST /api/v1/organisation/units/{id:int}/awards"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/units/{c.UnitB}/awards", c.AwardBody("TTLDXS")),
        ["POST /api/v1/organisation/people"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/organisation/people",
            new { code = "XAM-0001", fullName = "Người Xâm Nhập", gender = "F", unitId = c.UnitB, position = "Chuyên viên", leadership = "NONE" }),
        ["PUT /api/v1/organisation/people/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/organisation/people/{c.PersonB}",
            new { code = "X", fullName = "Đổi Tên Trái Phép", gender = "F", unitId = c.UnitB, position = "Chuyên viên", leadership = "NONE" }),
        ["POST /api/v1/organisation/people/{id:int}/transfer"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/people/{c.PersonB}/transfer", new { unitId = c.UnitA, on = "2026-01-01" });
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/people/{c.PersonA}/transfer", new { unitId = c.UnitB, on = "2026-01-01" });
        },
        ["PUT /api/v1/organisation/people/{id:int}/ratings/{year:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/organisation/people/{c.PersonB}/ratings/2025", new { rating = "KHT" }),
        ["POST /api/v1/organisation/people/{id:int}/leave"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/people/{c.PersonB}/leave", new { year = 2025, reason = "OTHER", workingDays = 100 }),
        ["POST /api/v1/organisation/people/{id:int}/discipline"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/people/{c.PersonB}/discipline", new { level = "CANH_CAO", decidedOn = "2025-03-01" }),
        ["POST /api/v1/organisation/people/{id:int}/pending-cases"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/people/{c.PersonB}/pending-cases", new { kind = "COMPLAINT", openedOn = "2025-03-01" }),
        ["POST /api/v1/organisation/people/{id:int}/awards"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/people/{c.PersonB}/awards", c.AwardBody("BKBO")),
        ["DELETE /api/v1/organisation/people/{id:int}/records/{kind}/{recordId:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Delete, $"/api/v1/organisation/people/{c.PersonB}/records/discipline/1"),
        ["POST /api/v1/organisation/initiatives"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/organisation/initiatives",
            new { title = "Sáng kiến xâm nhập", scope = "CO_SO", recognisedBy = "Hội đồng", decisionNumber = "1/QĐ", decisionDate = "2025-03-01", year = 2025, authorIds = new[] { c.PersonA, c.PersonB } }),
        ["POST /api/v1/organisation/awards/{id:int}/revoke"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/awards/{c.AwardB}/revoke", new { on = "2026-01-01", reason = "Thu hồi trái phép" }),
        ["PAGE /Organisation/People/Edit"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Organisation/People/Edit/{c.PersonB}");
            await c.NoLeakAsync(c.OfficerBrowser, "/Organisation/People/Edit", UnitBName);
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, "/Organisation/People/Edit", new()
            {
                ["Input.Code"] = "XAM-0002", ["Input.FullName"] = "Người Xâm Nhập", ["Input.Gender"] = "F", ["Input.UnitId"] = c.UnitB.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"adding a person to B from the page answered {(int)response.StatusCode}");
        },
        ["PAGE /Organisation/Units/Create"] = async c =>
        {
            await c.NoLeakAsync(c.OfficerBrowser, "/Organisation/Units/Create", UnitBName);
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, "/Organisation/Units/Create", new()
            {
                ["Input.Code"] = "XAM-NHAP-2", ["Input.Name"] = "Đơn vị xâm nhập", ["Input.Kind"] = "DEPARTMENT", ["Input.ParentId"] = c.UnitB.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"adding a unit under B from the page answered {(int)response.StatusCode}");
        },
        ["PAGE /Organisation/Units/Reorganise"] = async c =>
        {
            await c.NoLeakAsync(c.OfficerBrowser, "/Organisation/Units/Reorganise", UnitBName);
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, "/Organisation/Units/Reorganise", new()
            {
                ["Input.Kind"] = "MERGE", ["Input.PredecessorIds"] = c.UnitB.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Input.SuccessorIds"] = c.UnitA.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.On"] = "2026-01-01",
            });
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"merging B from the page answered {(int)response.StatusCode}");
        },

        // Import and export: B's codes read as unknown, B's data is never exported, B's uploads and progress are not addressable
        ["GET /api/v1/organisation/import/{kind}/template"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/organisation/import/people/template?format=csv", "HNI-"),
        ["GET /api/v1/organisation/export/{kind}"] = async c =>
        {
            await c.NoLeakAsync(c.OfficerApi, "/api/v1/organisation/export/people?format=csv", "HNI-");
            await c.NoLeakAsync(c.OfficerApi, "/api/v1/organisation/export/units?format=csv", "HNI");
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/organisation/export/people?format=csv&unitId={c.UnitB}");
        },
        ["GET /api/v1/organisation/import/progress/{id}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, "/api/v1/organisation/import/progress/tien-do-cua-nguoi-khac"),
        ["POST /api/v1/organisation/import/{kind}/preview"] = async c =>
        {
            var text = await c.ImportAsync("preview", $"Mã công chức,Năm,Xếp loại\r\n{c.PersonBCode},2025,KHT\r\n");
            c.Check(text.Contains("ngoài phạm vi", StringComparison.Ordinal), "a person code of B was not refused as out of scope");
        },
        ["POST /api/v1/organisation/import/{kind}/commit"] = async c =>
        {
            var text = await c.ImportAsync("commit", $"Mã công chức,Năm,Xếp loại\r\n{c.PersonBCode},2025,KHT\r\n");
            c.Check(text.Contains("ngoài phạm vi", StringComparison.Ordinal), "a person code of B was not refused as out of scope");
            c.Check(!await c.App.WithDbAsync(d => d.PersonRatings.AnyAsync(r => r.PersonId == c.PersonB && r.Year == 2025 && r.Rating == Rating.Kht)), "B's rating was written by an import of A");
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/organisation/import/ratings/commit?uploadId={Guid.NewGuid()}");
        },
        ["PAGE /Organisation/Import/Index"] = c => c.NoLeakAsync(c.OfficerBrowser, "/Organisation/Import?kind=people", UnitBName),

        // Pages
        ["PAGE /Index"] = c => c.NoLeakAsync(c.OfficerBrowser, "/", UnitBName),
        ["PAGE /Organisation/Units/Index"] = c => c.NoLeakAsync(c.OfficerBrowser, "/Organisation/Units", UnitBName),
        ["PAGE /Organisation/Units/Details"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Organisation/Units/Details/{c.UnitB}");
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Organisation/Units/Details/{c.UnitB}?handler=Rename", new() { ["Form.Name"] = "Đổi tên trái phép" }, formPage: "/Organisation/Units");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"renaming B from the page answered {(int)response.StatusCode}");
        },
        ["PAGE /Organisation/People/Index"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Organisation/People?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerBrowser, "/Organisation/People?q=" + Uri.EscapeDataString(c.PersonBName), UnitBName);
        },
        ["PAGE /Organisation/People/Details"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Organisation/People/Details/{c.PersonB}");
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Organisation/People/Details/{c.PersonB}?handler=Rating", new() { ["Form.Year"] = "2025", ["Form.Rating"] = "Kht" }, formPage: "/Organisation/Units");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"rating B's person from the page answered {(int)response.StatusCode}");
        },
        ["PAGE /Organisation/Clusters/Index"] = async c =>
        {
            await c.NoLeakAsync(c.OfficerBrowser, "/Organisation/Clusters", c.ClusterBCode);
            var code = "XAMTRANG-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
            await ThiDuaApp.PostFormAsync(c.OfficerBrowser, "/Organisation/Clusters?handler=Create", new()
            {
                ["Input.Code"] = code, ["Input.Name"] = "Khối xâm nhập", ["Input.Kind"] = "BLOCK",
                ["Input.OwnerUnitId"] = c.UnitB.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, formPage: "/Organisation/Clusters");
            c.Check(!await c.App.WithDbAsync(d => d.Clusters.AnyAsync(x => x.Code == code)), "a cluster was created on unit B from the page");
        },
        ["PAGE /Organisation/Clusters/Details"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Organisation/Clusters/Details/{c.ClusterB}?year={ScopeContext.ClusterYear}");
            var year = ScopeContext.ClusterYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
            {
                ("Rename", new() { ["NewName"] = "Đổi tên xâm nhập" }),
                ("Members", new() { ["Input.Year"] = year, ["Input.Members[0].UnitCode"] = "LSN", ["Input.Members[0].Role"] = "HEAD", ["Input.Members[0].RotationOrder"] = "1" }),
                ("Rotate", new() { ["Rotation.Year"] = year, ["Rotation.Replace"] = "true" }),
            })
            {
                var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Organisation/Clusters/Details/{c.ClusterB}?handler={handler}", fields, formPage: "/Organisation/Clusters");
                c.Check(response.StatusCode == HttpStatusCode.NotFound, $"{handler} on B's block from the page answered {(int)response.StatusCode}");
            }

            c.Check(await c.App.WithDbAsync(d => d.Clusters.Where(x => x.Id == c.ClusterB).Select(x => x.Name).SingleAsync()) == "Khối các phòng khu vực Hà Nội",
                "B's block was renamed from the page");
        },
        ["PAGE /Search/Index"] = c => c.NoLeakAsync(c.OfficerBrowser, "/Search?q=" + Uri.EscapeDataString(c.PersonBName), UnitBName),
        ["PAGE /Admin/Accounts/Index"] = c => c.NoLeakAsync(c.AdminBrowser, "/Admin/Accounts", "canbo.hanoi"),
        ["PAGE /Admin/Accounts/Create"] = async c =>
        {
            await c.NoLeakAsync(c.AdminBrowser, "/Admin/Accounts/Create", UnitBName);
            var name = "xam.nhap.trang." + Guid.NewGuid().ToString("N")[..6];
            await ThiDuaApp.PostFormAsync(c.AdminBrowser, "/Admin/Accounts/Create", new()
            {
                ["Input.UserName"] = name, ["Input.DisplayName"] = "Xâm nhập", ["Input.Role"] = "StaffMember",
                ["Input.UnitId"] = c.UnitB.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Password"] = "một mật khẩu đủ dài",
            });
            c.Check(!await c.App.WithDbAsync(d => d.Users.AnyAsync(u => u.UserName == name)), "an account was created on unit B from the page");
        },
        ["PAGE /Admin/Accounts/Details"] = async c =>
        {
            await c.NotFoundAsync(c.AdminBrowser, HttpMethod.Get, $"/Admin/Accounts/Details/{c.AccountB}");
            var response = await ThiDuaApp.PostFormAsync(c.AdminBrowser, $"/Admin/Accounts/Details/{c.AccountB}?handler=Disable", [], formPage: "/Admin/Accounts");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"disabling B's account from the page answered {(int)response.StatusCode}");
        },
        ["PAGE /Audit/Index"] = async c =>
        {
            var html = await c.OfficerBrowser.GetStringAsync($"/Audit?entityType=Person&entityId={c.PersonB}");
            c.Check(html.Contains("Số sự kiện: 0", StringComparison.Ordinal), "the audit page shows events of unit B");
        },
        ["PAGE /Account/Manage/Tokens"] = async c =>
        {
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Account/Manage/Tokens?handler=Revoke&id={c.TokenB}", [], formPage: "/Account/Manage/Tokens");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"revoking B's token from the page answered {(int)response.StatusCode}");
        },
        ["PAGE /Account/Manage/Index"] = c => c.NoLeakAsync(c.OfficerBrowser, "/Account/Manage", UnitBName),
        ["PAGE /Account/Manage/TwoFactor"] = c => c.NoLeakAsync(c.OfficerBrowser, "/Account/Manage/TwoFactor", UnitBName),

        // Award decisions: B's decision (Hà Nội, issued) answers 404 to A's officer and leader; B's unit and people cannot be put on a decision
        ["GET /api/v1/decisions"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/decisions?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerApi, "/api/v1/decisions?size=200", c.DecisionBMarker);
        },
        ["GET /api/v1/decisions/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/decisions/{c.DecisionB}"),
        ["GET /api/v1/decisions/{id:int}/document"] = async c =>
        {
            foreach (var format in new[] { "docx", "pdf", "certificates" })
            {
                await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/decisions/{c.DecisionB}/document?format={format}");

                // B's draft: its preview (docx, pdf) answers 404 too.
                await c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/decisions/{c.DraftDecisionB}/document?format={format}");
            }
        },
        ["GET /api/v1/decisions/base-salaries"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/decisions/base-salaries", UnitBName),
        ["POST /api/v1/decisions"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/decisions", c.DecisionBody(c.UnitB, new { personId = c.PersonB }));
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/decisions", c.DecisionBody(c.UnitA, new { personId = c.PersonB }));
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/decisions", c.DecisionBody(c.UnitA, new { unitId = c.UnitB }));
        },
        ["PUT /api/v1/decisions/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Put, $"/api/v1/decisions/{c.DecisionB}", c.DecisionBody(c.UnitB, new { personId = c.PersonB })),
        ["POST /api/v1/decisions/{id:int}/issue"] = c => c.NotFoundAsync(c.LeaderApi, HttpMethod.Post, $"/api/v1/decisions/{c.DecisionB}/issue", new { number = 99 }),
        ["POST /api/v1/decisions/{id:int}/revocations"] = async c =>
        {
            await c.NotFoundAsync(c.LeaderApi, HttpMethod.Post, $"/api/v1/decisions/{c.DecisionB}/revocations", new { reason = "Thử thu hồi vượt phạm vi", ground = "KHAI_MAN" });
            var counts = await c.App.WithDbAsync(d => d.AwardRecords.AnyAsync(a => a.DecisionNumber == c.DecisionBNotation && a.RevokedOn != null));
            c.Check(!counts, "B's award was revoked from A");
        },
        ["POST /api/v1/decisions/base-salaries"] = async c =>
        {
            var before = await c.App.WithDbAsync(d => d.BaseSalaries.CountAsync());
            foreach (var (who, client) in new[] { ("officer", c.OfficerApi), ("province administrator", c.AdminApi) })
            {
                var response = await client.PostAsJsonAsync("/api/v1/decisions/base-salaries", new { effectiveFrom = "2040-01-01", amount = 9_000_000, source = "Xâm nhập" });
                c.Check(response.StatusCode == HttpStatusCode.Forbidden, $"adding a base salary by the {who} answered {(int)response.StatusCode}, expected 403");
            }

            c.Check(before == await c.App.WithDbAsync(d => d.BaseSalaries.CountAsync()), "a base salary was added by a province");
        },
        ["PAGE /Awards/Decisions/Index"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Decisions?unitId={c.UnitB}");
            await c.NoLeakAsync(c.OfficerBrowser, "/Awards/Decisions", c.DecisionBMarker);
        },
        ["PAGE /Awards/Decisions/Details"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Decisions/Details/{c.DecisionB}");
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Decisions/Details/{c.DraftDecisionB}");
            var leader = await c.App.SignInAsync("lanhdao.langson");
            var response = await ThiDuaApp.PostFormAsync(leader, $"/Awards/Decisions/Details/{c.DecisionB}?handler=Revoke",
                new() { ["Form.Whole"] = "true", ["Form.Reason"] = "Thử thu hồi vượt phạm vi", ["Form.Ground"] = "KHAI_MAN" }, formPage: "/Awards/Decisions");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"revoking B's decision from the page answered {(int)response.StatusCode}");
        },
        ["PAGE /Awards/Decisions/Edit"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Decisions/Edit?id={c.DecisionB}");
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Decisions/Edit?id={c.DraftDecisionB}");
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, "/Awards/Decisions/Edit", new()
            {
                ["Input.IssuingUnitId"] = c.UnitB.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Date"] = "2026-11-20", ["Input.Code"] = "GK",
                ["Input.Achievement"] = "Xâm nhập", ["Input.SignerPosition"] = "Trưởng", ["Input.SignerName"] = "Xâm nhập", ["Input.Codes[0]"] = c.PersonBCode,
            }, formPage: "/Awards/Decisions/Edit");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"drafting for unit B from the page answered {(int)response.StatusCode}");
            c.Check(!await c.App.WithDbAsync(d => d.AwardDecisions.AnyAsync(x => x.Achievement == "Xâm nhập")), "A's officer drafted a decision for B");
        },
        ["PAGE /Awards/Decisions/BaseSalaries"] = c => c.NoLeakAsync(c.OfficerBrowser, "/Awards/Decisions/BaseSalaries", UnitBName),
        // Proposals: B's proposal (Hà Nội to the Cục), its file and B's notification are out of reach of A's officer
        ["GET /api/v1/proposals"] = async c =>
        {
            await c.NoLeakAsync(c.OfficerApi, "/api/v1/proposals?size=200", c.ProposalBName);
            await c.NoLeakAsync(c.OfficerApi, "/api/v1/proposals?inbox=true&size=200", c.ProposalBName);
        },
        ["GET /api/v1/proposals/panel"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/proposals/panel", UnitBName),
        ["GET /api/v1/proposals/deadlines"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/proposals/deadlines", UnitBName),
        ["PUT /api/v1/proposals/deadlines"] = async c =>
        {
            var response = await c.AdminApi.PutAsJsonAsync("/api/v1/proposals/deadlines", new { deadlines = new[] { new { step = "REVIEW", workingDays = 1 } } });
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"a province administrator changing the national deadlines answered {(int)response.StatusCode}");
        },
        ["GET /api/v1/proposals/{id:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/proposals/{c.ProposalB}"),
        ["GET /api/v1/proposals/{id:int}/drafts/{kind}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/proposals/{c.ProposalB}/drafts/letter"),
        ["GET /api/v1/proposals/{id:int}/files/{fileId:int}"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Get, $"/api/v1/proposals/{c.ProposalB}/files/{c.ProposalBFile}"),
        ["POST /api/v1/proposals/{id:int}/steps"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/proposals/{c.ProposalB}/steps", new { action = "SUBMIT" });
            await c.NotFoundAsync(c.LeaderApi, HttpMethod.Post, $"/api/v1/proposals/{c.ProposalB}/steps", new { action = "RETURN", reason = "xâm nhập" });
        },
        ["POST /api/v1/proposals"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/proposals", new { proposingUnitId = c.UnitB, personId = c.PersonB, code = "LDTT", year = 2045 });
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/proposals", new { proposingUnitId = c.UnitA, personId = c.PersonB, code = "LDTT", year = 2045 });
        },
        ["POST /api/v1/proposals/{id:int}/documents/{item}"] = async c =>
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes("%PDF-1.4")), "file", "x.pdf" } };
            var response = await c.OfficerApi.PostAsync($"/api/v1/proposals/{c.ProposalB}/documents/TO_TRINH", form);
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"uploading to B's proposal answered {(int)response.StatusCode}");
        },
        ["POST /api/v1/proposals/{id:int}/council"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/proposals/{c.ProposalB}/council",
            new { passed = true, yesVotes = 9, requiredVotes = 6, members = 9, sessionRef = "XN" }),
        ["POST /api/v1/proposals/{id:int}/decided"] = c => c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, $"/api/v1/proposals/{c.ProposalB}/decided", new { decisionRef = "1/QĐ-XN" }),
        ["GET /api/v1/notifications"] = c => c.NoLeakAsync(c.OfficerApi, "/api/v1/notifications?size=200", c.ProposalBName),
        ["POST /api/v1/notifications/read"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerApi, HttpMethod.Post, "/api/v1/notifications/read", new { id = c.NotificationB });
            c.Check(await c.App.WithDbAsync(d => d.Notifications.Where(n => n.Id == c.NotificationB).Select(n => n.ReadAt).SingleAsync()) is null, "A marked B's notification read");
        },
        ["PAGE /Awards/Proposals/Index"] = async c =>
        {
            await c.NoLeakAsync(c.OfficerBrowser, "/Awards/Proposals?year=2045", c.ProposalBName);
            await c.NoLeakAsync(c.OfficerBrowser, "/Awards/Proposals?inbox=true", c.ProposalBName);
        },
        ["PAGE /Awards/Proposals/Create"] = async c =>
        {
            await c.NoLeakAsync(c.OfficerBrowser, $"/Awards/Proposals/Create?personId={c.PersonB}&code=LDTT&year=2045", c.PersonBCode);
            await ThiDuaApp.PostFormAsync(c.OfficerBrowser, "/Awards/Proposals/Create", new()
            {
                ["Input.ProposingUnitId"] = c.UnitA.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.SubjectCode"] = c.PersonBCode,
                ["Input.Code"] = "LDTT", ["Input.Year"] = "2044", ["Input.Route"] = "AUTOMATIC",
            }, formPage: "/Awards/Proposals");
            c.Check(!await c.App.WithDbAsync(d => d.Proposals.AnyAsync(p => p.PersonId == c.PersonB && p.Year == 2044)), "A's officer proposed B's person from the page");
        },
        ["PAGE /Awards/Proposals/Details"] = async c =>
        {
            await c.NotFoundAsync(c.OfficerBrowser, HttpMethod.Get, $"/Awards/Proposals/Details/{c.ProposalB}");
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Awards/Proposals/Details/{c.ProposalB}?handler=Step", new() { ["step"] = "SUBMIT" }, formPage: "/Awards/Proposals");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"a step on B's proposal from the page answered {(int)response.StatusCode}");
            // Putting B's proposal before a council, or drafting its decision, from the page.
            response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Awards/Proposals/Details/{c.ProposalB}?handler=Agenda", new() { ["sessionId"] = c.SessionB.ToString(System.Globalization.CultureInfo.InvariantCulture) }, formPage: "/Awards/Proposals");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"putting B's proposal on an agenda answered {(int)response.StatusCode}");
            response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Awards/Proposals/Details/{c.ProposalB}?handler=Decision", new() { ["Form.SignerPosition"] = "Trưởng", ["Form.SignerName"] = "Xâm nhập" }, formPage: "/Awards/Proposals");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"drafting a decision from B's proposal answered {(int)response.StatusCode}");
        },
        ["PAGE /Awards/Proposals/Deadlines"] = async c =>
        {
            // National data: a province's administrator sees no form and a crafted post answers 404.
            await c.NoLeakAsync(c.AdminBrowser, "/Awards/Proposals/Deadlines", UnitBName);
            var response = await ThiDuaApp.PostFormAsync(c.AdminBrowser, "/Awards/Proposals/Deadlines", new() { ["Deadlines[0].Step"] = "REVIEW", ["Deadlines[0].WorkingDays"] = "1" });
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"a province's administrator changing the deadlines answered {(int)response.StatusCode}");
        },
        ["PAGE /Notifications/Index"] = async c =>
        {
            await c.NoLeakAsync(c.OfficerBrowser, "/Notifications", c.ProposalBName);
            var response = await ThiDuaApp.PostFormAsync(c.OfficerBrowser, $"/Notifications?handler=Read&id={c.NotificationB}", [], formPage: "/Notifications");
            c.Check(response.StatusCode == HttpStatusCode.NotFound, $"reading B's notification from the page answered {(int)response.StatusCode}");
        },

        // Anonymous or self-only pages and infrastructure: nothing of a unit is addressable
        ["PAGE /Account/Login"] = c => c.PublicAsync("/Account/Login"),
        ["PAGE /Account/LoginWith2fa"] = c => c.PublicAsync("/Account/LoginWith2fa", HttpStatusCode.Redirect),
        ["PAGE /Account/Logout"] = c => c.PublicAsync("/Account/Logout", HttpStatusCode.Redirect),
        ["PAGE /Account/AccessDenied"] = c => c.PublicAsync("/Account/AccessDenied", HttpStatusCode.Forbidden),
        ["PAGE /Error"] = c => c.PublicAsync("/Error", HttpStatusCode.InternalServerError),
        ["PAGE /StatusCode"] = c => c.PublicAsync("/StatusCode?code=404", HttpStatusCode.NotFound),
        ["PAGE /Culture"] = c => c.PublicAsync("/Culture", HttpStatusCode.Redirect),
        ["ANY /health/live"] = c => c.PublicAsync("/health/live"),
        ["ANY /health/ready"] = c => c.PublicAsync("/health/ready"),
        ["GET /openapi/{documentName}.json"] = c => c.PublicAsync("/openapi/v1.json"),
        ["GET /scalar/{documentName?}"] = c => c.PublicAsync("/scalar/v1"),
        ["GET /scalar/scalar.js"] = c => c.PublicAsync("/scalar/scalar.js"),
        ["GET /scalar/scalar.aspnetcore.js"] = c => c.PublicAsync("/scalar/scalar.aspnetcore.js"),
        ["GET /scalar/favicon.svg"] = c => c.PublicAsync("/scalar/favicon.svg"),
    };

    public static IEnumerable<string> EndpointKeys(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { } page
                ? "PAGE " + page.ViewEnginePath
                : string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]) + " " + e.RoutePattern.RawText?.TrimEnd('/'))
            .Distinct()
            .OrderBy(k => k, StringComparer.Ordinal);

    [SkippableFact]
    public void EveryEndpoint_IsInTheScopeTable()
    {
        var keys = EndpointKeys(apps.Get(Db.Sqlite).Services).ToList();
        var missing = keys.Where(k => !Table.ContainsKey(k)).ToList();
        var stale = Table.Keys.Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0,
            "Endpoints missing from the scope table (add a row that proves unit A cannot reach unit B):\n" + string.Join("\n", missing)
            + "\nRows for endpoints that no longer exist:\n" + string.Join("\n", stale));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task UsersOfUnitA_CannotReachResourcesOfUnitB(Db db)
    {
        var context = await ScopeContext.CreateAsync(apps.Get(db));
        foreach (var (endpoint, check) in Table)
        {
            context.Endpoint = endpoint;
            await check(context);
        }

        Assert.True(context.Failures.Count == 0, string.Join("\n", context.Failures));
    }

    /// <summary>Users of A, resources of B, and the checks the rows use.</summary>
    private sealed class ScopeContext
    {
        public required ThiDuaApp App { get; init; }

        public required HttpClient OfficerBrowser { get; init; }

        public required HttpClient OfficerApi { get; init; }

        public required HttpClient AdminBrowser { get; init; }

        public required HttpClient AdminApi { get; init; }

        public int UnitA { get; init; }

        public int UnitB { get; init; }

        public int PersonB { get; init; }

        public string PersonBName { get; init; } = string.Empty;

        public int AccountB { get; init; }

        public int GrantB { get; init; }

        public int TokenB { get; init; }

        public string TokenBName { get; init; } = string.Empty;

        public int ScratchAccountA { get; init; }

        public int PersonA { get; init; }

        public int DepartmentA { get; init; }

        public int AwardB { get; init; }

        public int QuotaOverrideB { get; init; }

        public int MovementB { get; init; }

        public int MovementCentral { get; init; }

        /// <summary>The emulation year of the harness's registrations (no other test uses it).</summary>
        public const int RegistrationYear = 2046;

        public int RegistrationB { get; init; }
        public int CovenantB { get; init; }

        /// <summary>Hà Nội's council, its closed session, a candidate on it and that candidate's proposal id.</summary>
        public int CouncilB { get; init; }

        public string CouncilBName { get; init; } = string.Empty;

        public int SessionB { get; init; }

        public int CandidateB { get; init; }

        public int ProposalB { get; init; }

        public int ProposalBFile { get; init; }

        public string ProposalBName { get; init; } = string.Empty;

        public int NotificationB { get; init; }

        public string CovenantBTitle { get; init; } = string.Empty;

        public required HttpClient LeaderApi { get; init; }

        public int DecisionB { get; init; }

        /// <summary>B's decision still a draft (its preview documents must answer 404 to A).</summary>
        public int DraftDecisionB { get; init; }

        public string DecisionBMarker { get; init; } = string.Empty;

        public string DecisionBNotation { get; init; } = string.Empty;

        public object DecisionBody(int unit, object line) => new
        {
            issuingUnitId = unit, date = "2026-11-20", code = "GK", achievement = "Xâm nhập", signerPosition = "Trưởng", signerName = "Xâm nhập", lines = new[] { line },
        };

        public object CovenantBody(int cluster, int year) => new
        {
            clusterId = cluster, year, title = "Giao ước xâm nhập", maxPoints = 100, leadingSeats = 1,
            commitments = new[] { new { text = "Cam kết xâm nhập" } }, criteria = new[] { new { name = "Tiêu chí", points = 100 } },
        };

        public object MovementBody(int owner, int? parent) => new
        {
            ownerUnitId = owner, parentId = parent, name = "Phong trào xâm nhập", kind = "REGULAR", scope = "UNIT",
            periodFrom = "2040-01-01", periodTo = "2040-06-30", launchedOn = "2040-01-01", maxPoints = 100,
            criteria = new[] { new { name = "Tiêu chí", points = 100 } },
        };

        public string PersonBCode { get; init; } = string.Empty;

        public async Task<string> ImportAsync(string step, string csv)
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "xep-loai.csv" } };
            var response = await OfficerApi.PostAsync($"/api/v1/organisation/import/ratings/{step}", form);
            Check(response.StatusCode == HttpStatusCode.BadRequest, $"{step} of a file naming B answered {(int)response.StatusCode}, expected 400");
            return await response.Content.ReadAsStringAsync();
        }

        public object AwardBody(string code) => new { code, kind = "CONG_TRANG", periodFrom = 2025, decisionNumber = "9/QĐ-XN", decisionDate = "2025-03-01", issuer = "Không có thật" };
        /// <summary>The emulation year of the harness's blocks (no other test uses it).</summary>
        public const int ClusterYear = 2045;

        public int ClusterA { get; init; }

        public int ClusterB { get; init; }

        public string ClusterBCode { get; init; } = string.Empty;

        public string Endpoint { get; set; } = string.Empty;

        public List<string> Failures { get; } = [];

        public static async Task<ScopeContext> CreateAsync(ThiDuaApp app)
        {
            var adminName = "quantri.langson." + Guid.NewGuid().ToString("N")[..6];
            var scratchName = "nhap.langson." + Guid.NewGuid().ToString("N")[..6];
            var clusterBCode = "KHOI-HN-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
            int unitA, unitB, scratch, clusterA, clusterB;
            int covenantB;
            var covenantBTitle = "Giao ước của khối B " + Guid.NewGuid().ToString("N")[..6];
            await using (var scope = app.SystemScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ThiDua.Core.Data.AppDbContext>();
                unitA = await db.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync();
                unitB = await db.Units.Where(u => u.Code == "HNI").Select(u => u.Id).SingleAsync();
                var create = scope.ServiceProvider.GetRequiredService<CreateAccount>();
                Assert.True((await create.HandleAsync(new CreateAccountInput(adminName, "Quản trị Lạng Sơn", null, "quản trị tỉnh Lạng Sơn", null, [new GrantInput(Role.Administrator, unitA)], IsDemo: true))).IsSuccess);
                scratch = (await create.HandleAsync(new CreateAccountInput(scratchName, "Tài khoản nháp", null, "tài khoản nháp Lạng Sơn", null, [new GrantInput(Role.StaffMember, unitA)], IsDemo: true))).Value!.Id;
                (clusterA, clusterB) = await CreateClustersAsync(scope.ServiceProvider, db, unitA, unitB, clusterBCode);
                covenantB = await CreateCovenantBAsync(db, clusterB, covenantBTitle);
            }


            var hanoi = await app.WithDbAsync(d => d.Users.Include(u => u.Grants).SingleAsync(u => u.UserName == "canbo.hanoi"));
            var person = await app.WithDbAsync(d => d.People.Where(p => p.Code.StartsWith("HNI")).OrderBy(p => p.Id).Select(p => new { p.Id, p.FullName, p.Code }).FirstAsync());
            var personA = await app.WithDbAsync(d => d.People.Where(p => p.Code == "LSN-0100").Select(p => p.Id).SingleAsync());
            var departmentA = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN-VP").Select(u => u.Id).SingleAsync());
            var awardB = await app.WithDbAsync(async d =>
            {
                var award = new ThiDua.Core.Organisation.Records.AwardRecord(person.Id, null, AwardCode.Ldtt, AwardKind.CongTrang, 2024, 2024,
                    "B-" + Guid.NewGuid().ToString("N")[..6], new DateOnly(2025, 1, 15), "Giám đốc THADS Hà Nội", ThiDua.Core.Organisation.Records.AwardSource.HISTORIC);
                d.AwardRecords.Add(award);
                await d.SaveChangesAsync();
                return award.Id;
            });
            var quotaOverrideB = await app.WithDbAsync(async d =>
            {
                var entry = new ThiDua.Core.Awards.Quotas.QuotaOverride(unitB, 2040, AwardCode.Cstdcs, person.Id, true, "Điều chỉnh của Hà Nội (phép thử phạm vi)", "canbo.hanoi", TimeProvider.System.GetUtcNow().UtcDateTime);
                d.QuotaOverrides.Add(entry);
                await d.SaveChangesAsync();
                return entry.Id;
            });
            var movementB = await app.WithDbAsync(d => d.Movements.Where(m => m.OwnerUnit.Code == "HNI").Select(m => m.Id).FirstAsync());
            var movementCentral = await app.WithDbAsync(d => d.Movements.Where(m => m.OwnerUnit.Code == "QLTHADS" && d.Movements.Any(r => r.ParentId == m.Id && r.OwnerUnit.Code == "HNI"))
                .OrderByDescending(m => m.PeriodFrom).Select(m => m.Id).FirstAsync());
            var registrationB = await CreateRegistrationBAsync(app, unitB, person.Id);
            var decisionBMarker = "Thành tích của Hà Nội " + Guid.NewGuid().ToString("N")[..6];
            var (decisionB, decisionBNotation, draftDecisionB) = await CreateDecisionBAsync(app, unitB, person.Id, decisionBMarker);
            var (proposalB, proposalBFile, notificationB) = await CreateProposalBAsync(app, unitB, person.Id, hanoi.Id);
            var councilBName = "Hội đồng TĐKT Hà Nội " + Guid.NewGuid().ToString("N")[..6];
            var (councilB, sessionB, candidateB) = await CreateCouncilBAsync(app, unitB, councilBName, proposalB);
            var hanoiBrowser = await app.SignInAsync("canbo.hanoi");
            var tokenName = "mã của Hà Nội " + Guid.NewGuid().ToString("N")[..6];
            var token = await (await hanoiBrowser.PostAsJsonAsync("/api/v1/me/tokens", new { name = tokenName, expiresInDays = 1 })).Content.ReadFromJsonAsync<JsonElement>();
            return new ScopeContext
            {
                App = app,
                OfficerBrowser = await app.SignInAsync("canbo.langson"),
                OfficerApi = await app.ApiClientAsync("canbo.langson"),
                AdminBrowser = await app.SignInAsync(adminName, "quản trị tỉnh Lạng Sơn"),
                AdminApi = await app.ApiClientAsync(adminName, "quản trị tỉnh Lạng Sơn"),
                UnitA = unitA,
                UnitB = unitB,
                PersonB = person.Id,
                PersonBName = person.FullName,
                AccountB = hanoi.Id,
                GrantB = hanoi.Grants.First().Id,
                TokenB = token.GetProperty("token").GetProperty("id").GetInt32(),
                TokenBName = tokenName,
                ScratchAccountA = scratch,
                PersonA = personA,
                PersonBCode = person.Code,
                DepartmentA = departmentA,
                AwardB = awardB,
                QuotaOverrideB = quotaOverrideB,
                MovementB = movementB,
                MovementCentral = movementCentral,
                RegistrationB = registrationB,
                ClusterA = clusterA,
                ClusterB = clusterB,
                ClusterBCode = clusterBCode,
                CovenantB = covenantB,
                CovenantBTitle = covenantBTitle,
                CouncilB = councilB,
                CouncilBName = councilBName,
                SessionB = sessionB,
                CandidateB = candidateB,
                ProposalB = proposalB,
                ProposalBFile = proposalBFile,
                ProposalBName = person.FullName,
                NotificationB = notificationB,
                LeaderApi = await app.ApiClientAsync("lanhdao.langson"),
                DecisionB = decisionB,
                DraftDecisionB = draftDecisionB,
                DecisionBMarker = decisionBMarker,
                DecisionBNotation = decisionBNotation,
            };
        }

        /// <summary>Hà Nội's round of <see cref="RegistrationYear"/> and the registration of B's person, submitted.</summary>
        private static async Task<int> CreateRegistrationBAsync(ThiDuaApp app, int unitB, int personB)
        {
            await using var scope = app.SystemScope();
            var round = scope.ServiceProvider.GetRequiredService<ThiDua.Core.Registrations.OpenRegistrationRound>();
            Assert.True((await round.HandleAsync(new ThiDua.Core.Registrations.RoundInput(unitB, RegistrationYear, null))).IsSuccess);
            var file = scope.ServiceProvider.GetRequiredService<ThiDua.Core.Registrations.FileRegistrations>();
            var filed = await file.HandleAsync(new ThiDua.Core.Registrations.FileRegistrationsInput(RegistrationYear, [new(personB, null, AwardCode.Ldtt)], true, null));
            Assert.True(filed.IsSuccess, string.Join("; ", filed.Errors.Select(e => e.Message)));
            return filed.Value![0].Id;
        }

        /// <summary>A Giấy khen decision of Hà Nội for B's person, issued by the system (no user of A can reach it).</summary>
        private static async Task<(int Id, string Notation, int Draft)> CreateDecisionBAsync(ThiDuaApp app, int unitB, int personB, string marker)
        {
            await using var scope = app.SystemScope();
            var create = scope.ServiceProvider.GetRequiredService<ThiDua.Core.Awards.Decisions.CreateDecision>();
            var input = new ThiDua.Core.Awards.Decisions.DecisionInput(unitB, new DateOnly(2026, 11, 20), "GK", Achievement: marker,
                SignerPosition: "Trưởng Thi hành án dân sự thành phố", SignerName: "Người ký Hà Nội", Lines: [new(PersonId: personB)]);
            var created = await create.HandleAsync(input);
            Assert.True(created.IsSuccess, string.Join("; ", created.Errors.Select(e => e.Message)));
            var issued = await scope.ServiceProvider.GetRequiredService<ThiDua.Core.Awards.Decisions.IssueDecision>().HandleAsync(created.Value!.Id);
            Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors.Select(e => e.Message)));
            var draft = await create.HandleAsync(input);
            Assert.True(draft.IsSuccess, string.Join("; ", draft.Errors.Select(e => e.Message)));
            return (issued.Value!.Id, issued.Value.Notation!, draft.Value!.Id);
        }

        /// <summary>Hà Nội's council (three Hà Nội people) and a closed session with one candidate, of B's proposal.</summary>
        private static Task<(int Council, int Session, int Candidate)> CreateCouncilBAsync(ThiDuaApp app, int unitB, string name, int proposalB) => app.WithDbAsync(async d =>
        {
            var people = await d.People.Where(p => p.Code.StartsWith("HNI")).OrderBy(p => p.Id).Take(3).Select(p => new { p.Id, p.FullName }).ToListAsync();
            var council = new ThiDua.Core.Awards.Councils.Council(unitB, name, new DateOnly(2025, 1, 1), null, null);
            council.SetMembers(people.Select((p, i) => (p.Id, i == 0 ? ThiDua.Core.Awards.Councils.CouncilRole.Chair : i == 1 ? ThiDua.Core.Awards.Councils.CouncilRole.Secretary : ThiDua.Core.Awards.Councils.CouncilRole.Member)));
            d.Councils.Add(council);
            await d.SaveChangesAsync();
            var session = new ThiDua.Core.Awards.Councils.CouncilSession(council.Id, 2025, "Phiên họp của Hà Nội", new DateOnly(2025, 11, 20), false);
            var candidate = session.AddCandidate(ThiDua.Core.Awards.Councils.CandidateKind.Person, people[2].Id, null, "CSTDCS", 2025, people[2].FullName, proposalB);
            session.StartPosting(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 17), 10);
            session.OpenVoting(new DateOnly(2025, 11, 20), "2025", people.Select(p => (p.Id, ThiDua.Core.Awards.Councils.CouncilRole.Member, p.FullName, "Chuyên viên")).ToList(), (_, n) => (n / 2) + 1, 2);
            session.Close(new DateOnly(2025, 11, 20), 0, ThiDua.Core.Awards.Councils.CouncilTally.Count([], 1));
            d.CouncilSessions.Add(session);
            await d.SaveChangesAsync();
            return (council.Id, session.Id, candidate.Id);
        });

        /// <summary>A draft proposal of Hà Nội for B's person to the Cục (with a file) and a notification of Hà Nội's officer.</summary>
        private static async Task<(int Proposal, int File, int Notification)> CreateProposalBAsync(ThiDuaApp app, int unitB, int personB, int hanoiUser)
        {
            return await app.WithDbAsync(async d =>
            {
                var now = TimeProvider.System.GetUtcNow().UtcDateTime;
                var cuc = await d.Units.Where(u => u.Code == "QLTHADS").Select(u => u.Id).SingleAsync();
                var name = await d.People.Where(p => p.Id == personB).Select(p => p.FullName).SingleAsync();
                var file = new ThiDua.Core.Documents.Files.StoredFile("to-trinh-ha-noi.pdf", "application/pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.4 Hà Nội"), unitB, "canbo.hanoi", now);
                d.StoredFiles.Add(file);
                await d.SaveChangesAsync();
                var proposal = new ThiDua.Core.Awards.Proposals.Proposal(unitB, personB, null, name, AwardCode.Ldtt, 2045, ThiDua.Core.Awards.Proposals.ProposalRoute.Automatic, null, null, cuc, now);
                proposal.Attach("TO_TRINH", file.Id, file.OriginalName, now, "canbo.hanoi");
                d.Proposals.Add(proposal);
                var notification = new ThiDua.Core.Awards.Proposals.Notification(hanoiUser, unitB, $"Đề nghị của {name} (Hà Nội)", "/Awards/Proposals", now);
                d.Notifications.Add(notification);
                await d.SaveChangesAsync();
                return (proposal.Id, file.Id, notification.Id);
            });
        }

        /// <summary>B's block's covenant for the harness year, open for signing (the head drafted it).</summary>
        private static async Task<int> CreateCovenantBAsync(ThiDua.Core.Data.AppDbContext db, int clusterB, string title)
        {
            var head = await db.ClusterMembers.Where(m => m.ClusterId == clusterB && m.Year == ClusterYear && m.Role == ClusterRole.HEAD).Select(m => m.UnitId).SingleAsync();
            var covenant = new ThiDua.Core.Covenants.Covenant(clusterB, ClusterYear, head, title, 100, 1);
            covenant.SetContent([("Cam kết của khối B", null, null, null)], [("Tiêu chí", 100)]);
            covenant.OpenForSigning(TimeProvider.System.GetUtcNow().UtcDateTime);
            db.Covenants.Add(covenant);
            await db.SaveChangesAsync();
            return covenant.Id;
        }

        /// <summary>A block of A (its first regional office) and a block of B (owned by and made of Hà Nội units).</summary>
        private static async Task<(int A, int B)> CreateClustersAsync(IServiceProvider services, ThiDua.Core.Data.AppDbContext db, int unitA, int unitB, string codeB)
        {
            var create = services.GetRequiredService<CreateCluster>();
            var members = services.GetRequiredService<SetClusterMembers>();
            var a = (await create.HandleAsync(new CreateClusterInput("KHOI-LS-" + Guid.NewGuid().ToString("N")[..6], "Khối của Lạng Sơn", ClusterKind.BLOCK, unitA))).Value!.Id;
            var b = (await create.HandleAsync(new CreateClusterInput(codeB, "Khối các phòng khu vực Hà Nội", ClusterKind.BLOCK, unitB))).Value!.Id;
            var officeA = await db.Units.Where(u => u.Code == "LSN-KV1").Select(u => u.Id).SingleAsync();
            var officesB = await db.Units.Where(u => u.Code.StartsWith("HNI-KV")).OrderBy(u => u.Code).Select(u => u.Id).ToListAsync();
            Assert.True((await members.HandleAsync(a, ClusterYear, [new ClusterMemberInput(officeA, ClusterRole.HEAD, 1)])).IsSuccess);
            Assert.True((await members.HandleAsync(b, ClusterYear, officesB.Select((id, i) => new ClusterMemberInput(id, i == 0 ? ClusterRole.HEAD : ClusterRole.MEMBER, i + 1)).ToList())).IsSuccess);
            return (a, b);
        }

        public void Check(bool condition, string message)
        {
            if (!condition)
            {
                Failures.Add($"{Endpoint}: {message}");
            }
        }

        public async Task NotFoundAsync(HttpClient client, HttpMethod method, string url, object? body = null)
        {
            using var request = new HttpRequestMessage(method, url);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            var response = await client.SendAsync(request);
            Check(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url} answered {(int)response.StatusCode}, expected 404");
        }

        public async Task NoLeakAsync(HttpClient client, string url, string marker)
        {
            var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            Check(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
            Check(!text.Contains(marker, StringComparison.Ordinal), $"GET {url} shows '{marker}' of unit B");
        }

        /// <summary>An officer and a province administrator of A both get 403 and no regime changes (the law is national).</summary>
        public async Task RegimeWriteRefusedAsync(HttpMethod method, string url, string? json)
        {
            var before = await RegimesAsync();
            foreach (var (who, client) in new[] { ("officer", OfficerApi), ("province administrator", AdminApi) })
            {
                using var request = new HttpRequestMessage(method, url);
                if (json is not null)
                {
                    request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
                }

                var response = await client.SendAsync(request);
                Check(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {url} by the {who} answered {(int)response.StatusCode}, expected 403");
            }

            Check(before == await RegimesAsync(), $"{method} {url} changed the regimes");
        }

        /// <summary>A regime form posted by a province administrator (allowed the permission, but not at the root) and by an officer: refused, nothing changed.</summary>
        public async Task RegimePageRefusedAsync(string url, Dictionary<string, string> fields)
        {
            var before = await RegimesAsync();
            foreach (var (who, client) in new[] { ("officer", OfficerBrowser), ("province administrator", AdminBrowser) })
            {
                var response = await ThiDuaApp.PostFormAsync(client, url, new Dictionary<string, string>(fields), formPage: "/Admin/Regimes");
                Check(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"POST {url} by the {who} answered {(int)response.StatusCode}, expected 403 or 404");
            }

            Check(before == await RegimesAsync(), $"POST {url} changed the regimes");
        }

        private Task<string> RegimesAsync() =>
            App.WithDbAsync(async d => string.Join("|", await d.Regimes.AsNoTracking().OrderBy(r => r.Code).Select(r => r.Code + r.Json).ToListAsync()));

        public async Task PublicAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
        {
            var response = await App.Browser().GetAsync(url);
            Check(response.StatusCode == expected, $"GET {url} (anonymous) answered {(int)response.StatusCode}, expected {(int)expected}");
        }
    }
}
