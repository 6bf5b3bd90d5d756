using System.CommandLine;

namespace ThiDua.Cli;

/// <summary>`thidua`: the admin commands. An explicit entry class, so that it does not clash with the web host's Program in the tests.</summary>
internal static class CliProgram
{
    public static Task<int> Main(string[] args)
    {
        var root = new RootCommand("thidua – lệnh quản trị hệ thống ThiDua (ThiDua admin commands)");
        root.Subcommands.Add(Commands.Db());
        root.Subcommands.Add(Commands.Users());
        root.Subcommands.Add(Commands.Audit());
        root.Subcommands.Add(Commands.Demo());
        root.Subcommands.Add(EligibilityCommand.Create());
        root.Subcommands.Add(ImportCommands.Import());
        root.Subcommands.Add(ImportCommands.Export());
        root.Subcommands.Add(DocumentCommand.Create());
        root.Subcommands.Add(CandidateCommands.Candidates());
        root.Subcommands.Add(RegistrationCommands.Registrations());
        root.Subcommands.Add(TargetCommands.Targets());
        return root.Parse(args).InvokeAsync();
    }
}
