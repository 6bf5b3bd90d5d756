using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Organisation;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Organisation;

/// <summary>
/// Emulation clusters and blocks end to end through the API and the pages. The apps are shared by the whole
/// collection, so each test works in emulation years of its own (a unit may be in one block per year).
/// </summary>
[Collection("app")]
public sealed class ClusterTests(Apps apps)
{
    private const string Clusters = "/api/v1/organisation/clusters";

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Create_ThenSetMembers_ShowsThemInRotationOrder_WithTheHead(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var units = await UnitIdsAsync(app, "LSN", "LSN-KV1", "LSN-KV2", "LSN-KV3", "LSN-KV4");
        var code = NewCode("KHOI");
        var created = await api.PostAsJsonAsync(Clusters, new { code = code.ToLowerInvariant(), name = "  Khối các phòng khu vực phía Bắc  ", kind = "BLOCK", ownerUnitId = units["LSN"] });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal("Khối các phòng khu vực phía Bắc", body.GetProperty("name").GetString());
        Assert.Equal($"{Clusters}/{id}", created.Headers.Location?.ToString());

        var put = await api.PutAsJsonAsync($"{Clusters}/{id}/members/2031", new
        {
            members = new object[]
            {
                new { unitId = units["LSN-KV3"], role = "MEMBER", rotationOrder = 3 },
                new { unitId = units["LSN-KV1"], role = "DEPUTY", rotationOrder = 1 },
                new { unitId = units["LSN-KV2"], role = "HEAD", rotationOrder = 2 },
                new { unitId = units["LSN-KV4"], role = "member", rotationOrder = 4 },
            },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var detail = await api.GetFromJsonAsync<JsonElement>($"{Clusters}/{id}?year=2031");
        var members = detail.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal([units["LSN-KV1"], units["LSN-KV2"], units["LSN-KV3"], units["LSN-KV4"]], members.Select(m => m.GetProperty("unitId").GetInt32()));
        Assert.Equal(["DEPUTY", "HEAD", "MEMBER", "MEMBER"], members.Select(m => m.GetProperty("role").GetString()));
        Assert.True(detail.GetProperty("canManage").GetBoolean());
        Assert.Equal([2031], detail.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        var history = detail.GetProperty("history")[0];
        Assert.Equal(units["LSN-KV2"], history.GetProperty("head").GetProperty("unitId").GetInt32());
        Assert.Equal(units["LSN-KV1"], history.GetProperty("deputies")[0].GetProperty("unitId").GetInt32());

        // The list shows the only year it has (2031, after the current one), with its head and size.
        var list = await api.GetFromJsonAsync<JsonElement>($"{Clusters}?kind=BLOCK");
        var row = list.EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id);
        Assert.Equal(2031, row.GetProperty("year").GetInt32());
        Assert.Equal(4, row.GetProperty("memberCount").GetInt32());
        Assert.StartsWith("Phòng Thi hành án dân sự khu vực 2", row.GetProperty("head").GetProperty("unitName").GetString());
        Assert.DoesNotContain((await api.GetFromJsonAsync<JsonElement>($"{Clusters}?kind=CLUSTER")).EnumerateArray(), c => c.GetProperty("id").GetInt32() == id);

        // Renaming is audited like every change.
        var renamed = await api.PutAsJsonAsync($"{Clusters}/{id}", new { name = "Khối thi đua các phòng khu vực" });
        Assert.Equal("Khối thi đua các phòng khu vực", (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        var audit = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Cluster&entityId={id}");
        Assert.Equal(2, audit.GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Create_InvalidInput_IsRefusedWithVietnameseMessages(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var units = await UnitIdsAsync(app, "LSN", "HNI");

        var empty = await ErrorsAsync(await api.PostAsJsonAsync(Clusters, new { code = " ", name = "", kind = (string?)null, ownerUnitId = 0 }));
        Assert.Equal(["Vui lòng nhập mã cụm, khối (ví dụ: CUM-1)."], empty["code"]);
        Assert.Equal(["Vui lòng nhập tên cụm, khối (ví dụ: Cụm thi đua số 1 – các tỉnh miền núi phía Bắc)."], empty["name"]);
        Assert.Equal(["Vui lòng chọn loại: cụm thi đua (theo địa bàn) hoặc khối thi đua (theo loại đơn vị)."], empty["kind"]);
        Assert.Equal(["Vui lòng chọn đơn vị tổ chức cụm, khối."], empty["ownerUnitId"]);

        var badCode = await ErrorsAsync(await api.PostAsJsonAsync(Clusters, new { code = "cụm 1", name = "Cụm", kind = "CLUSTER", ownerUnitId = units["LSN"] }));
        Assert.Equal(["Mã cụm, khối chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, tối đa 32 ký tự."], badCode["code"]);
        var badKind = await ErrorsAsync(await api.PostAsJsonAsync(Clusters, new { code = "X", name = "Cụm", kind = "REGION", ownerUnitId = units["LSN"] }));
        Assert.Equal(["Loại phải là CLUSTER (cụm thi đua) hoặc BLOCK (khối thi đua)."], badKind["kind"]);

        var code = NewCode("TRUNG");
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync(Clusters, new { code, name = "Khối một", kind = "BLOCK", ownerUnitId = units["LSN"] })).StatusCode);
        var duplicate = await ErrorsAsync(await api.PostAsJsonAsync(Clusters, new { code, name = "Khối hai", kind = "BLOCK", ownerUnitId = units["LSN"] }));
        Assert.Equal([$"Mã {code} đã được dùng cho một cụm, khối khác; hãy chọn mã khác."], duplicate["code"]);

        // An owner unit outside the officer's scope is not found.
        var outside = await api.PostAsJsonAsync(Clusters, new { code = NewCode("HN"), name = "Khối", kind = "BLOCK", ownerUnitId = units["HNI"] });
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task SetMembers_InvalidCompositions_AreRefused_WithAMessageNamingTheRow(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var u = await UnitIdsAsync(app, "LSN", "HNI", "LSN-KV1", "LSN-KV2", "LSN-KV3");
        var kv1 = await UnitNameAsync(app, "LSN-KV1");
        var (closedId, closedName) = await NewClosedUnitAsync(app, new DateOnly(2031, 9, 30));
        var id = await CreateAsync(api, "BLOCK", u["LSN"], "Khối kiểm tra hợp lệ");
        var url = $"{Clusters}/{id}/members/2033";

        async Task<Dictionary<string, string[]>> Refused(params object[] members)
        {
            var response = await api.PutAsJsonAsync(url, new { members });
            return await ErrorsAsync(response);
        }

        object M(int unitId, string role, int order) => new { unitId, role, rotationOrder = order };

        Assert.Equal(["Cần chọn đúng một đơn vị làm khối trưởng; hiện chưa chọn đơn vị nào."],
            (await Refused(M(u["LSN-KV1"], "MEMBER", 1), M(u["LSN-KV2"], "DEPUTY", 2)))["members"]);
        Assert.Equal(["Chỉ được một đơn vị làm khối trưởng; đang chọn 2 đơn vị (dòng 1, 2)."],
            (await Refused(M(u["LSN-KV1"], "HEAD", 1), M(u["LSN-KV2"], "HEAD", 2)))["members"]);
        Assert.Equal(["Dòng 2: thứ tự luân phiên 1 trùng với dòng 1."],
            (await Refused(M(u["LSN-KV1"], "HEAD", 1), M(u["LSN-KV2"], "MEMBER", 1)))["members[1].rotationOrder"]);
        Assert.Equal(["Dòng 2: thứ tự luân phiên phải từ 1 đến 2 (số đơn vị thành viên)."],
            (await Refused(M(u["LSN-KV1"], "HEAD", 1), M(u["LSN-KV2"], "MEMBER", 3)))["members[1].rotationOrder"]);
        Assert.Equal(["Dòng 2: không tìm thấy đơn vị (mã số 999999) trong phạm vi của bạn."],
            (await Refused(M(u["LSN-KV1"], "HEAD", 1), M(999999, "MEMBER", 2)))["members[1].unitId"]);
        // A unit of another province reads exactly like a missing one: nothing about it leaks.
        Assert.Equal([$"Dòng 2: không tìm thấy đơn vị (mã số {u["HNI"]}) trong phạm vi của bạn."],
            (await Refused(M(u["LSN-KV1"], "HEAD", 1), M(u["HNI"], "MEMBER", 2)))["members[1].unitId"]);
        Assert.Equal([$"Dòng 2: {kv1} đã có ở dòng 1; mỗi đơn vị chỉ ghi một lần."],
            (await Refused(M(u["LSN-KV1"], "HEAD", 1), M(u["LSN-KV1"], "MEMBER", 2)))["members[1].unitId"]);
        Assert.Equal([$"Dòng 2: {closedName} đã giải thể từ ngày 30/09/2031, trước năm thi đua 2033 (01/10/2032 – 30/09/2033)."],
            (await Refused(M(u["LSN-KV1"], "HEAD", 1), M(closedId, "MEMBER", 2)))["members[1].unitId"]);
        Assert.Equal(["Dòng 1: vai trò phải là HEAD (trưởng), DEPUTY (phó) hoặc MEMBER (thành viên)."],
            (await Refused(M(u["LSN-KV1"], "CHIEF", 1)))["members[0].role"]);
        Assert.Equal(["Danh sách thành viên của khối trong năm 2033 đang trống: cần ít nhất một đơn vị."], (await Refused())["members"]);
        Assert.Equal(["Năm thi đua 1999 không hợp lệ: phải từ 2000 đến 2100."],
            (await ErrorsAsync(await api.PutAsJsonAsync($"{Clusters}/{id}/members/1999", new { members = new[] { M(u["LSN-KV1"], "HEAD", 1) } })))["year"]);

        // A unit in the owner's subtree only: the national administrator sees Hà Nội, and is told why it does not fit.
        var admin = await app.ApiClientAsync("quantri");
        var hanoi = await UnitNameAsync(app, "HNI");
        var langSon = await UnitNameAsync(app, "LSN");
        Assert.Equal([$"Dòng 2: {hanoi} không trực thuộc {langSon}, đơn vị tổ chức khối."],
            (await ErrorsAsync(await admin.PutAsJsonAsync(url, new { members = new[] { M(u["LSN-KV1"], "HEAD", 1), M(u["HNI"], "MEMBER", 2) } })))["members[1].unitId"]);

        // Nothing was written by any refused request.
        var detail = await api.GetFromJsonAsync<JsonElement>($"{Clusters}/{id}?year=2033");
        Assert.Equal(0, detail.GetProperty("members").GetArrayLength());

        // One block per unit and year: the second block is refused, naming the unit and the first block; a cluster
        // (another kind) may hold the same unit that year.
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync(url, new { members = new[] { M(u["LSN-KV1"], "HEAD", 1), M(u["LSN-KV2"], "MEMBER", 2) } })).StatusCode);
        var secondCode = NewCode("KHOI2");
        var second = await CreateAsync(api, "BLOCK", u["LSN"], "Khối thứ hai", secondCode);
        var conflict = await ErrorsAsync(await api.PutAsJsonAsync($"{Clusters}/{second}/members/2033",
            new { members = new[] { M(u["LSN-KV3"], "HEAD", 1), M(u["LSN-KV2"], "MEMBER", 2) } }));
        var firstCode = (await api.GetFromJsonAsync<JsonElement>($"{Clusters}/{id}")).GetProperty("code").GetString();
        var kv2 = await UnitNameAsync(app, "LSN-KV2");
        Assert.Equal([$"Dòng 2: {kv2} đã thuộc khối Khối kiểm tra hợp lệ ({firstCode}) trong năm thi đua 2033; mỗi đơn vị chỉ thuộc một khối trong một năm."],
            conflict["members[1].unitId"]);
        var cluster = await CreateAsync(api, "CLUSTER", u["LSN"], "Cụm cùng năm");
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"{Clusters}/{cluster}/members/2033",
            new { members = new[] { M(u["LSN-KV2"], "HEAD", 1) } })).StatusCode);
        Assert.NotEqual(firstCode, secondCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Rotation_MovesTheHeadToTheNextInOrder_SkipsClosedUnits_AndWrapsAround(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var u = await UnitIdsAsync(app, "LSN", "LSN-KV5", "LSN-KV6", "LSN-KV7");
        // Closes in the middle of 2035: still a member that year, but it cannot lead it, and it is gone in 2036.
        var (closed, closedName) = await NewClosedUnitAsync(app, new DateOnly(2035, 5, 31));
        var id = await CreateAsync(api, "BLOCK", u["LSN"], "Khối luân phiên");
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"{Clusters}/{id}/members/2034", new
        {
            members = new object[]
            {
                new { unitId = u["LSN-KV5"], role = "MEMBER", rotationOrder = 1 },
                new { unitId = u["LSN-KV6"], role = "HEAD", rotationOrder = 2 },
                new { unitId = closed, role = "MEMBER", rotationOrder = 3 },
                new { unitId = u["LSN-KV7"], role = "MEMBER", rotationOrder = 4 },
            },
        })).StatusCode);

        // 2034 → 2035: after KV6 comes the closing unit, which is passed over; KV7 is suggested.
        var preview = await api.GetFromJsonAsync<JsonElement>($"{Clusters}/{id}/rotation/2034");
        Assert.Equal(u["LSN-KV6"], preview.GetProperty("currentHead").GetProperty("unitId").GetInt32());
        Assert.Equal(u["LSN-KV7"], preview.GetProperty("suggestedHead").GetProperty("unitId").GetInt32());
        Assert.Equal([closedName], preview.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("unitName").GetString()));
        Assert.Equal(0, preview.GetProperty("dropped").GetArrayLength());
        Assert.False(preview.GetProperty("nextYearHasMembers").GetBoolean());
        // A preview writes nothing.
        Assert.Equal(0, (await api.GetFromJsonAsync<JsonElement>($"{Clusters}/{id}?year=2035")).GetProperty("members").GetArrayLength());

        var committed = await api.PostAsJsonAsync($"{Clusters}/{id}/rotation/2034", new { });
        Assert.Equal(HttpStatusCode.OK, committed.StatusCode);
        var y2035 = await committed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2035, y2035.GetProperty("year").GetInt32());
        Assert.Equal([(u["LSN-KV5"], "MEMBER"), (u["LSN-KV6"], "MEMBER"), (closed, "MEMBER"), (u["LSN-KV7"], "HEAD")], Roles(y2035));

        // 2035 → 2036: after the last place the turn wraps to the first; the closed unit is no longer copied.
        preview = await api.GetFromJsonAsync<JsonElement>($"{Clusters}/{id}/rotation/2035");
        Assert.Equal(u["LSN-KV5"], preview.GetProperty("suggestedHead").GetProperty("unitId").GetInt32());
        Assert.Equal([closed], preview.GetProperty("dropped").EnumerateArray().Select(s => s.GetProperty("unitId").GetInt32()));
        // The agreed head must be able to lead the whole next year.
        var wrongHead = await ErrorsAsync(await api.PostAsJsonAsync($"{Clusters}/{id}/rotation/2035", new { headUnitId = closed }));
        Assert.Equal(["Đơn vị được chọn làm khối trưởng năm 2036 phải là thành viên năm 2035 và hoạt động suốt năm thi đua 2036 (01/10/2035 – 30/09/2036)."], wrongHead["headUnitId"]);
        var y2036 = await (await api.PostAsync($"{Clusters}/{id}/rotation/2035", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([(u["LSN-KV5"], "HEAD"), (u["LSN-KV6"], "MEMBER"), (u["LSN-KV7"], "MEMBER")], Roles(y2036));
        Assert.Equal([1, 2, 3], y2036.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("rotationOrder").GetInt32()));

        // Rotating again into a year that has members is refused unless replacing is asked for.
        var again = await ErrorsAsync(await api.PostAsJsonAsync($"{Clusters}/{id}/rotation/2035", new { }));
        Assert.Equal(["Năm thi đua 2036 đã có thành phần khối; chọn “Thay thế thành phần đã có” nếu muốn ghi đè bằng thành phần luân phiên."], again["replace"]);
        Assert.True((await api.GetFromJsonAsync<JsonElement>($"{Clusters}/{id}/rotation/2035")).GetProperty("nextYearHasMembers").GetBoolean());
        var replaced = await api.PostAsJsonAsync($"{Clusters}/{id}/rotation/2035", new { replace = true, headUnitId = u["LSN-KV6"] });
        Assert.Equal([(u["LSN-KV5"], "MEMBER"), (u["LSN-KV6"], "HEAD"), (u["LSN-KV7"], "MEMBER")], Roles(await replaced.Content.ReadFromJsonAsync<JsonElement>()));

        // Nothing to rotate from an empty year.
        var empty = await ErrorsAsync(await api.PostAsJsonAsync($"{Clusters}/{id}/rotation/2040", new { }));
        Assert.Equal(["Năm thi đua 2040 chưa có thành phần khối nên chưa thể luân phiên sang năm 2041."], empty["year"]);

        // The history of heads, year by year.
        var history = (await api.GetFromJsonAsync<JsonElement>($"{Clusters}/{id}")).GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("year").GetInt32(), h.GetProperty("head").GetProperty("unitId").GetInt32())).ToList();
        Assert.Equal([(2034, u["LSN-KV6"]), (2035, u["LSN-KV7"]), (2036, u["LSN-KV6"])], history);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Scope_AnOfficerOfHaNoi_CannotReachABlockOfLangSonOnly(Db db)
    {
        var app = apps.Get(db);
        var langSon = await app.ApiClientAsync("canbo.langson");
        var u = await UnitIdsAsync(app, "LSN", "LSN-KV1", "LSN-KV2");
        var code = NewCode("LSONLY");
        var id = await CreateAsync(langSon, "BLOCK", u["LSN"], "Khối riêng của Lạng Sơn", code);
        Assert.Equal(HttpStatusCode.OK, (await langSon.PutAsJsonAsync($"{Clusters}/{id}/members/2038", new
        {
            members = new[] { new { unitId = u["LSN-KV1"], role = "HEAD", rotationOrder = 1 }, new { unitId = u["LSN-KV2"], role = "MEMBER", rotationOrder = 2 } },
        })).StatusCode);

        var hanoi = await app.ApiClientAsync("canbo.hanoi");
        Assert.Equal(HttpStatusCode.NotFound, (await hanoi.GetAsync($"{Clusters}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hanoi.GetAsync($"{Clusters}/{id}/rotation/2038")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hanoi.PutAsJsonAsync($"{Clusters}/{id}", new { name = "Đổi tên" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hanoi.PostAsJsonAsync($"{Clusters}/{id}/rotation/2038", new { })).StatusCode);
        Assert.DoesNotContain(code, await hanoi.GetStringAsync(Clusters));
        var browser = await app.SignInAsync("canbo.hanoi");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Organisation/Clusters/Details/{id}")).StatusCode);
        Assert.DoesNotContain(code, await browser.GetStringAsync("/Organisation/Clusters"));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Scope_AnOfficerOfAMemberProvince_SeesItsCluster_ButOnlyTheOwnerManagesIt(Db db)
    {
        var app = apps.Get(db);
        var admin = await app.ApiClientAsync("quantri");
        var u = await UnitIdsAsync(app, "QLTHADS", "LSN", "HNI", "NAN");
        var code = NewCode("CUM");
        var id = await CreateAsync(admin, "CLUSTER", u["QLTHADS"], "Cụm thi đua các tỉnh (kiểm thử)", code);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"{Clusters}/{id}/members/2039", new
        {
            members = new[]
            {
                new { unitId = u["LSN"], role = "HEAD", rotationOrder = 1 },
                new { unitId = u["HNI"], role = "DEPUTY", rotationOrder = 2 },
                new { unitId = u["NAN"], role = "MEMBER", rotationOrder = 3 },
            },
        })).StatusCode);

        var hanoi = await app.ApiClientAsync("canbo.hanoi");
        Assert.Contains(code, await hanoi.GetStringAsync(Clusters));
        var seen = await hanoi.GetFromJsonAsync<JsonElement>($"{Clusters}/{id}?year=2039");
        Assert.False(seen.GetProperty("canManage").GetBoolean());
        var inScope = seen.GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("unitId").GetInt32(), m => m.GetProperty("isInScope").GetBoolean());
        Assert.True(inScope[u["HNI"]]);
        Assert.False(inScope[u["LSN"]]);
        Assert.Equal(HttpStatusCode.OK, (await hanoi.GetAsync($"{Clusters}/{id}/rotation/2039")).StatusCode);
        // Managing the cluster needs Manage on its owner (the central authority): for Hà Nội it is not found.
        Assert.Equal(HttpStatusCode.NotFound, (await hanoi.PutAsJsonAsync($"{Clusters}/{id}", new { name = "Đổi tên" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hanoi.PostAsJsonAsync($"{Clusters}/{id}/rotation/2039", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hanoi.PutAsJsonAsync($"{Clusters}/{id}/members/2040", new
        {
            members = new[] { new { unitId = u["HNI"], role = "HEAD", rotationOrder = 1 } },
        })).StatusCode);

        // A staff member (View only) may read but is refused writes outright.
        var staff = await app.ApiClientAsync("nhanvien");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync(Clusters, new { code = "X", name = "X", kind = "BLOCK", ownerUnitId = u["LSN"] })).StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Pages_CreateEditAndRotate_WithMessagesOnTheForm(Db db)
    {
        var app = apps.Get(db);
        var browser = await app.SignInAsync("canbo.langson");
        var u = await UnitIdsAsync(app, "LSN");
        var code = NewCode("TRANG");
        var created = await ThiDuaApp.PostFormAsync(browser, "/Organisation/Clusters?handler=Create", new()
        {
            ["Input.Code"] = code, ["Input.Name"] = "Khối trên trang", ["Input.Kind"] = "BLOCK", ["Input.OwnerUnitId"] = u["LSN"].ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, formPage: "/Organisation/Clusters");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = created.Headers.Location!.ToString();
        Assert.StartsWith("/Organisation/Clusters/Details/", details);
        Assert.Contains(code, await browser.GetStringAsync("/Organisation/Clusters"));

        var refusedCreate = await ThiDuaApp.PostFormAsync(browser, "/Organisation/Clusters?handler=Create", new()
        {
            ["Input.Code"] = code, ["Input.Name"] = "Trùng mã", ["Input.Kind"] = "BLOCK", ["Input.OwnerUnitId"] = u["LSN"].ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, formPage: "/Organisation/Clusters");
        Assert.Contains($"Mã {code} đã được dùng cho một cụm, khối khác; hãy chọn mã khác.", await refusedCreate.Content.ReadAsStringAsync());

        // Members without a head: the form comes back with the reason, and the rows as typed.
        var form = new Dictionary<string, string>
        {
            ["Input.Year"] = "2042",
            ["Input.Members[0].UnitCode"] = "lsn-kv8", ["Input.Members[0].Role"] = "MEMBER", ["Input.Members[0].RotationOrder"] = "1",
            ["Input.Members[1].UnitCode"] = "", ["Input.Members[1].Role"] = "MEMBER", ["Input.Members[1].RotationOrder"] = "",
            ["Input.Members[2].UnitCode"] = "LSN-KV4", ["Input.Members[2].Role"] = "MEMBER", ["Input.Members[2].RotationOrder"] = "2",
            ["Input.Members[3].UnitCode"] = "HNI-KV1", ["Input.Members[3].Role"] = "MEMBER", ["Input.Members[3].RotationOrder"] = "3",
        };
        var refused = await (await ThiDuaApp.PostFormAsync(browser, details + "?handler=Members", form, formPage: details + "?year=2042")).Content.ReadAsStringAsync();
        Assert.Contains("Dòng 3: không tìm thấy đơn vị có mã HNI-KV1 trong phạm vi của bạn.", refused);
        Assert.Contains("value=\"LSN-KV4\"", refused);

        form.Remove("Input.Members[3].UnitCode");
        refused = await (await ThiDuaApp.PostFormAsync(browser, details + "?handler=Members", form, formPage: details + "?year=2042")).Content.ReadAsStringAsync();
        Assert.Contains("Cần chọn đúng một đơn vị làm khối trưởng; hiện chưa chọn đơn vị nào.", refused);

        form["Input.Members[2].Role"] = "HEAD";
        var saved = await (await ThiDuaApp.PostFormAsync(browser, details + "?handler=Members", form, formPage: details + "?year=2042")).Content.ReadAsStringAsync();
        Assert.Contains("Đã lưu thành phần năm thi đua.", saved);
        Assert.Contains("data-testid=\"members-table\"", saved);
        // The rotation card suggests the member after the head, wrapping to the first place (KV8).
        var kv8 = await UnitNameAsync(app, "LSN-KV8");
        Assert.Contains($"data-testid=\"suggested-head\">{kv8}<", saved);
        Assert.Contains("data-confirm=", saved);

        var rotated = await (await ThiDuaApp.PostFormAsync(browser, details + "?handler=Rotate", new() { ["Rotation.Year"] = "2042" }, formPage: details + "?year=2042"))
            .Content.ReadAsStringAsync();
        Assert.Contains("Đã luân phiên: thành phần năm mới đã được lập.", rotated);
        Assert.Contains("Thành phần năm thi đua 2043", rotated);
        var id = int.Parse(details[(details.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var head = await app.WithDbAsync(d => d.ClusterMembers.Where(m => m.ClusterId == id && m.Year == 2043 && m.Role == ThiDua.Core.Organisation.Clusters.ClusterRole.HEAD)
            .Select(m => m.Unit.Code).SingleAsync());
        Assert.Equal("LSN-KV8", head);

        // Rotating again into 2043 without ticking "replace" shows the reason on the rotation card.
        var again = await (await ThiDuaApp.PostFormAsync(browser, details + "?handler=Rotate", new() { ["Rotation.Year"] = "2042" }, formPage: details + "?year=2042"))
            .Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"rotation-errors\"", again);
        Assert.Contains("Năm thi đua 2043 đã có thành phần khối", again);
    }

    private static List<(int, string)> Roles(JsonElement detail) =>
        detail.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("unitId").GetInt32(), m.GetProperty("role").GetString()!)).ToList();

    private static string NewCode(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    private static async Task<int> CreateAsync(HttpClient api, string kind, int owner, string name, string? code = null)
    {
        var response = await api.PostAsJsonAsync(Clusters, new { code = code ?? NewCode("K"), name, kind, ownerUnitId = owner });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
    }

    private static Task<Dictionary<string, int>> UnitIdsAsync(ThiDuaApp app, params string[] codes) =>
        app.WithDbAsync(d => d.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id));

    private static Task<string> UnitNameAsync(ThiDuaApp app, string code) =>
        app.WithDbAsync(d => d.Units.Where(u => u.Code == code).Select(u => u.Name).SingleAsync());

    /// <summary>A regional office of Lạng Sơn opened with the others and closed on <paramref name="closedOn"/>.</summary>
    private static async Task<(int Id, string Name)> NewClosedUnitAsync(ThiDuaApp app, DateOnly closedOn)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        return await app.WithDbAsync(async d =>
        {
            var parent = await d.Units.SingleAsync(u => u.Code == "LSN");
            var unit = new OrgUnit("LSN-TN-" + suffix, $"Phòng thử nghiệm {suffix} (đã giải thể)", UnitKind.REGIONAL, parent, new DateOnly(2025, 7, 1));
            unit.Close(closedOn);
            d.Units.Add(unit);
            await d.SaveChangesAsync();
            return (unit.Id, unit.Name);
        });
    }
}
