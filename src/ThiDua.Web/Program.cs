using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Scalar.AspNetCore;
using Serilog;
using ThiDua.Core;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;
using ThiDua.Web;
using ThiDua.Web.Api;
using ThiDua.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((context, services, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));

var paths = DataPaths.FromEnvironment(builder.Configuration);
var database = DatabaseSettings.From(builder.Configuration, paths);
var security = builder.Configuration.GetSection("Security");
var maxBody = security.GetValue("MaxRequestBodyMegabytes", 20) * 1024L * 1024L;
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxBody);
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = maxBody);
builder.Services.AddSingleton(paths);

builder.Services.AddThiDuaData(database);
builder.Services.AddThiDuaCore();
builder.Services.AddThiDuaWeb(builder.Configuration, builder.Environment);
builder.Services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName("ThiDua");

var app = builder.Build();

app.UseSerilogRequestLogging(o => o.GetLevel = (ctx, _, ex) =>
    ex is not null || ctx.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error : Serilog.Events.LogEventLevel.Debug);
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorResponses.HandleExceptionAsync });
app.UseWhen(ErrorResponses.IsApi, api => api.UseStatusCodePages(ErrorResponses.HandleApiStatusCodeAsync));
app.UseWhen(ctx => !ErrorResponses.IsApi(ctx), pages => pages.UseStatusCodePagesWithReExecute("/StatusCode", "?code={0}"));
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseMiddleware<RequestSizeLimitMiddleware>(maxBody);
app.UseRequestLocalization(WebModule.Localization());
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<CurrentUserMiddleware>();
app.UseMiddleware<TwoFactorEnrolmentMiddleware>();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapScalarApiReference("/scalar", o => o.WithTitle("ThiDua API")).AllowAnonymous();

var api = app.MapGroup("/api/v1").RequireAuthorization(WebModule.ApiPolicy);
api.MapOrganisationApi();
api.MapOrganisationWriteApi();
api.MapImportApi();
api.MapClustersApi();
api.MapAccountsApi();
api.MapAuditApi();
api.MapMeApi();
api.MapEligibilityApi();
api.MapMovementsApi();
api.MapRegistrationsApi();
api.MapCovenantsApi();
api.MapRegimesApi();
api.MapAwardsApi();
api.MapTargetsApi();
api.MapDecisionsApi();
api.MapCouncilsApi();
api.MapProposalsApi();
app.MapRazorPages();

await Startup.InitialiseAsync(app);
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
