using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Data;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Organisation.Import;
using ThiDua.Core.Shared.Security;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Organisation;

/// <summary>
/// Import and export end to end: templates, a preview listing every bad row, all-or-nothing commits, re-imports that
/// change nothing, scope, and the bad files the issue lists — through the API, the page and the CLI, on both databases.
/// </summary>
[Collection("app")]
public sealed class ImportTests(Apps apps)
{
    private static string Tag() => Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private static byte[] Xlsx(ImportKind kind, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var output = new MemoryStream();
        TabularFileWriter.WriteXlsx(output, "Dữ liệu", ImportSchemas.Columns(kind).Select(c => c.Header).ToList(), rows);
        return output.ToArray();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostFile(HttpClient api, string url, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        var response = await api.PostAsync(url, form);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement);
    }

    private static List<(int Row, string? Column, string Message)> Errors(JsonElement report) =>
        report.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString()!)).ToList();

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Templates_HaveVietnameseHeaders_InBothFormats(Db db)
    {
        var api = await apps.Get(db).ApiClientAsync("canbo.langson");
        foreach (var format in new[] { "xlsx", "csv" })
        {
            var response = await api.GetAsync($"/api/v1/organisation/import/people/template?format={format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            using var stream = new MemoryStream(bytes);
            var opened = TabularFileReader.Open(stream, "mau." + format, ImportLimits.Default);
            Assert.True(opened.IsSuccess, opened.Problem?.Message);
            using var file = opened.File!;
            Assert.Equal(ImportSchemas.Columns(ImportKind.People).Select(c => c.Header), file.Headers);
            Assert.Contains("Mã công chức", file.Headers);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/organisation/import/khong-co/template")).StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task People_Preview_ListsEveryBadRow_AndWritesNothing_ThenTheFixedFileCommits_AndReimportChangesNothing(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var t = Tag();
        var decomposed = "Nguyễn Thị Hường".Normalize(NormalizationForm.FormD);
        var bad = Csv(
            "Mã công chức,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị,Chức vụ,Cấp lãnh đạo,Ngày tuyển dụng,Số định danh cá nhân",
            $"T{t}-1,{decomposed},Nữ,04/05/1990,LSN-KV1,Chấp hành viên,NONE,01/03/2015,",
            $"T{t}-2,Trần Văn Bình,Nam,31/02/1988,LSN-KV1,Thư ký thi hành án,,01/03/2015,",
            $"T{t}-3,Lê Thị Cúc,Nữ,12/31/1991,LSN-KV9,Chuyên viên,NONE,2016-05-01,",
            $"T{t}-1,Hoàng Văn Dũng,Nam,01/01/1985,LSN-KV2,Chuyên viên,NONE,,",
            $"T{t}-5,Phạm Thị Én,X,01/01/1985,HNI-KV1,Chuyên viên,SEP,,123");
        var (status, report) = await PostFile(api, "/api/v1/organisation/import/people/preview", bad, "cong-chuc.csv");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = Errors(report);
        Assert.Contains(errors, e => e.Row == 3 && e.Column == "Ngày sinh" && e.Message.Contains("31/02/1988 không phải là ngày có thật", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 4 && e.Column == "Ngày sinh" && e.Message.Contains("dd/MM/yyyy", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 4 && e.Column == "Mã đơn vị" && e.Message.Contains("LSN-KV9", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 5 && e.Message.Contains("Trùng mã công chức với dòng 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 6 && e.Column == "Giới tính");
        Assert.Contains(errors, e => e.Row == 6 && e.Column == "Mã đơn vị" && e.Message.Contains("ngoài phạm vi", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 6 && e.Column == "Cấp lãnh đạo");
        Assert.False(await app.WithDbAsync(d => d.People.AnyAsync(p => p.Code.StartsWith($"T{t}-"))));

        // The committed API refuses the same file, all or nothing.
        var (commitStatus, _) = await PostFile(api, "/api/v1/organisation/import/people/commit", bad, "cong-chuc.csv");
        Assert.Equal(HttpStatusCode.BadRequest, commitStatus);
        Assert.False(await app.WithDbAsync(d => d.People.AnyAsync(p => p.Code.StartsWith($"T{t}-"))));

        var good = Csv(
            "Mã công chức,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị,Chức vụ,Cấp lãnh đạo,Ngày tuyển dụng,Số định danh cá nhân",
            $"T{t}-1,{decomposed},Nữ,04/05/1990,LSN-KV1,Chấp hành viên,NONE,01/03/2015,",
            $"T{t}-2,Trần Văn Bình,Nam,28/02/1988,LSN-KV1,Phó Trưởng phòng,DIVISION,01/03/2015,",
            $"t{t}-3,  Lê   Thị Cúc ,nữ,31/12/1991,lsn-kv2,Chuyên viên,Người lao động trực tiếp,2016-05-01,");
        var (previewStatus, preview) = await PostFile(api, "/api/v1/organisation/import/people/preview", good, "cong-chuc.csv");
        Assert.Equal(HttpStatusCode.OK, previewStatus);
        Assert.Equal(3, preview.GetProperty("report").GetProperty("created").GetInt32());
        var uploadId = preview.GetProperty("uploadId").GetGuid();
        var committed = await api.PostAsync($"/api/v1/organisation/import/people/commit?uploadId={uploadId}", null);
        var result = await committed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(committed.IsSuccessStatusCode, result.ToString());
        Assert.Equal(3, result.GetProperty("created").GetInt32());

        var people = await app.WithDbAsync(d => d.People.Where(p => p.Code.StartsWith($"T{t}-")).OrderBy(p => p.Code).ToListAsync());
        Assert.Equal(3, people.Count);
        Assert.Equal("Nguyễn Thị Hường".Normalize(NormalizationForm.FormC), people[0].FullName);
        Assert.Equal("Lê Thị Cúc", people[2].FullName);
        Assert.True(people[1].IsLeader);
        Assert.Equal(3, await app.WithDbAsync(d => d.Assignments.CountAsync(a => people.Select(p => p.Id).Contains(a.PersonId))));
        var audit = await app.WithDbAsync(d => d.AuditEvents.Where(e => e.Action == "import.committed").OrderByDescending(e => e.Sequence).FirstAsync());
        Assert.Contains("thêm 3", audit.Summary, StringComparison.Ordinal);

        var (againStatus, again) = await PostFile(api, "/api/v1/organisation/import/people/commit", good, "cong-chuc.csv");
        Assert.Equal(HttpStatusCode.OK, againStatus);
        Assert.Equal((0, 0, 3), (again.GetProperty("created").GetInt32(), again.GetProperty("updated").GetInt32(), again.GetProperty("unchanged").GetInt32()));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task FiveYearsOfRecords_FromXlsx_ExportAndReimport_ChangeNothing(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var t = Tag();
        var peopleFile = Xlsx(ImportKind.People, Enumerable.Range(1, 20).Select(i => (IReadOnlyList<object?>)
            [$"T{t}-{i:00}", $"Đỗ Văn Mẫu {i}", i % 2 == 0 ? "Nữ" : "Nam", new DateOnly(1980 + i, 1, 15), "LSN-KV5", "Chấp hành viên", "NONE", new DateOnly(2019, 1, 1), null]));
        var (s1, r1) = await PostFile(api, "/api/v1/organisation/import/people/commit", peopleFile, "nguoi.xlsx");
        Assert.True(s1 == HttpStatusCode.OK, r1.ToString());

        // Excel serial dates and formulas' cached values are accepted (the writer stores dates as text; ratings as codes).
        var ratings = Xlsx(ImportKind.Ratings, Enumerable.Range(1, 20).SelectMany(i => Enumerable.Range(2021, 5)
            .Select(y => (IReadOnlyList<object?>)[$"T{t}-{i:00}", y, i % 5 == 0 ? "HTXS" : "HTT"])));
        var (s2, r2) = await PostFile(api, "/api/v1/organisation/import/ratings/commit", ratings, "xep-loai.xlsx");
        Assert.True(s2 == HttpStatusCode.OK, r2.ToString());
        Assert.Equal(100, r2.GetProperty("created").GetInt32());

        var badRatings = Xlsx(ImportKind.Ratings, [[$"T{t}-01", 2024, "XUAT SAC"], [$"T{t}-02", 1800, "HTT"], ["KHONG-CO", 2024, "HTT"]]);
        var (s3, r3) = await PostFile(api, "/api/v1/organisation/import/ratings/commit", badRatings, "xep-loai-loi.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, s3);
        var errors = Errors(r3);
        Assert.Contains(errors, e => e.Row == 2 && e.Column == "Xếp loại" && e.Message.Contains("HTXS", StringComparison.Ordinal) && e.Message.Contains("XUAT SAC", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 3 && e.Column == "Năm");
        Assert.Contains(errors, e => e.Row == 4 && e.Column == "Mã công chức");

        // Export the unit's ratings and import them back: nothing changes.
        var kv5 = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN-KV5").Select(u => u.Id).SingleAsync());
        var exported = await api.GetByteArrayAsync($"/api/v1/organisation/export/ratings?format=xlsx&unitId={kv5}");
        var (s4, r4) = await PostFile(api, "/api/v1/organisation/import/ratings/commit", exported, "xuat.xlsx");
        Assert.True(s4 == HttpStatusCode.OK, r4.ToString());
        Assert.Equal(0, r4.GetProperty("created").GetInt32() + r4.GetProperty("updated").GetInt32());
        Assert.True(r4.GetProperty("unchanged").GetInt32() >= 100);
        var exportedPeople = await api.GetByteArrayAsync($"/api/v1/organisation/export/people?format=csv&unitId={kv5}");
        var (s5, r5) = await PostFile(api, "/api/v1/organisation/import/people/commit", exportedPeople, "nguoi.csv");
        Assert.True(s5 == HttpStatusCode.OK, r5.ToString());
        Assert.Equal(0, r5.GetProperty("created").GetInt32() + r5.GetProperty("updated").GetInt32());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task BadFiles_AreRefusedWithAClearMessage(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("canbo.langson");
        var before = await app.WithDbAsync(d => d.People.CountAsync());
        var cases = new (string Name, byte[] Content, string Expected)[]
        {
            ("nguoi.xlsx", Encoding.UTF8.GetBytes("Mã công chức,Họ và tên\r\nA,B\r\n"), ".xlsx"),
            ("nguoi.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]], ".xls"),
            ("nguoi.csv", Encoding.Latin1.GetBytes("Mã công chức,Họ và tên\r\nA,Nguy\u00D4n\r\n"), "UTF-8"),
            ("nguoi.csv", Csv("Mã công chức,Họ và tên,Giới tính,Mã đơn vị", "LSN-9999,NguyÔn V¨n An,Nam,LSN-KV1"), "TCVN3"),
            ("nguoi.pdf", Encoding.ASCII.GetBytes("%PDF-1.7"), ".xlsx"),
            ("nguoi.csv", Csv("Tên,Tuổi", "A,1"), "Thiếu cột"),
            ("nguoi.csv", [], "rỗng"),
        };
        foreach (var (name, content, expected) in cases)
        {
            var (status, report) = await PostFile(api, "/api/v1/organisation/import/people/preview", content, name);
            Assert.True(status == HttpStatusCode.BadRequest, $"{name}: {(int)status} {report}");
            var messages = string.Join(" | ", Errors(report).Select(e => e.Message));
            Assert.Contains(expected, messages, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(before, await app.WithDbAsync(d => d.People.CountAsync()));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task RowLimit_IsConfigurable_AndRefusesTheWholeFile(Db db)
    {
        var app = apps.Get(db);
        await using var scope = app.SystemScope();
        var services = scope.ServiceProvider;
        var import = new OrganisationImport(services.GetRequiredService<AppDbContext>(), services.GetRequiredService<ICurrentUser>(), TimeProvider.System, new ImportOptions { MaxRows = 10 });
        var lines = new List<string> { "Mã công chức,Năm,Xếp loại" };
        lines.AddRange(Enumerable.Range(0, 11).Select(i => $"LSN-0100,{2010 + i},HTT"));
        var report = await import.CommitAsync(new ImportRequest(ImportKind.Ratings, "nhieu.csv", Csv([.. lines])));
        Assert.False(report.Committed);
        Assert.Contains("10", report.Errors[0].Message, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(d => d.PersonRatings.AnyAsync(r => r.Year == 2010)));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ImportPage_PreviewsThenCommits(Db db)
    {
        var app = apps.Get(db);
        var browser = await app.SignInAsync("canbo.langson");
        var t = Tag();
        var file = Csv("Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ", $"T{t}-X,Phòng thử nghiệm nhập,DEPARTMENT,LSN,01/07/2025");
        var page = await browser.GetStringAsync("/Organisation/Import?kind=units");
        Assert.Contains("Tải tệp mẫu .xlsx", page, StringComparison.Ordinal);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(ThiDuaApp.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "don-vi.csv" },
        };
        var preview = await browser.PostAsync("/Organisation/Import?kind=units&handler=Preview", form);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("Tệp hợp lệ.", html, StringComparison.Ordinal);
        var uploadId = System.Text.RegularExpressions.Regex.Match(html, "name=\"uploadId\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        var commit = await browser.PostAsync("/Organisation/Import?kind=units&handler=Commit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ThiDuaApp.AntiforgeryToken(html), ["uploadId"] = uploadId,
        }));
        Assert.Contains("Đã nhập xong.", await commit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(d => d.Units.AnyAsync(u => u.Code == $"T{t}-X" && u.Path.Contains("/3/"))));
    }

    [Fact]
    public async Task Cli_ImportsPeople_AndRefusesABadFile()
    {
        var data = Directory.CreateTempSubdirectory("thidua-import-").FullName;
        try
        {
            Assert.Equal(0, (await CliRunner.RunAsync(data, "demo", "seed")).Code);
            var good = Path.Combine(data, "nguoi.csv");
            await File.WriteAllBytesAsync(good, Csv("Mã công chức,Họ và tên,Giới tính,Mã đơn vị", "CLI-0001,Vi Thị Dòng Lệnh,Nữ,LSN-KV8"));
            var (code, output) = await CliRunner.RunAsync(data, "import", "people", good);
            Assert.True(code == 0, output);
            Assert.Contains("thêm 1", output, StringComparison.Ordinal);
            var bad = Path.Combine(data, "loi.csv");
            await File.WriteAllBytesAsync(bad, Csv("Mã công chức,Họ và tên,Giới tính,Mã đơn vị", "CLI-0002,Vi Văn Lỗi,Nam,KHONG-CO"));
            var (badCode, badOutput) = await CliRunner.RunAsync(data, "import", "people", bad);
            Assert.Equal(1, badCode);
            Assert.Contains("dòng 2, cột Mã đơn vị", badOutput, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
