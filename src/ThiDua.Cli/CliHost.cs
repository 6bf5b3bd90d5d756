using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThiDua.Core;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Cli;

/// <summary>
/// Builds the same services as the web host from the same settings (environment variables
/// Database__Provider, ConnectionStrings__Default, THIDUA_DATA). Logs go to standard error so that standard
/// output carries only the command's result.
/// </summary>
public static class CliHost
{
    public static ServiceProvider Build(IConfiguration? configuration = null)
    {
        configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var paths = DataPaths.FromEnvironment(configuration);
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(b => b
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddSingleton(paths);
        services.AddThiDuaData(DatabaseSettings.From(configuration, paths));
        services.AddThiDuaCore();
        services.AddThiDuaIdentityCore();
        services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName("ThiDua");
        return services.BuildServiceProvider();
    }

    /// <summary>A scope acting as the named operator, who is written into the audit trail.</summary>
    public static AsyncServiceScope OperatorScope(ServiceProvider provider, string actor)
    {
        var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Set(new SystemUser(actor));
        return scope;
    }
}
