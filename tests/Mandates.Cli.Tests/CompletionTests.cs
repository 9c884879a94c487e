using System.Diagnostics;
using Xunit;

namespace Mandates.Cli.Tests;

/// <summary>Shell completion, as bash runs it: the script `mandates completion bash` prints, calling the real program.</summary>
public class CompletionTests
{
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    [Theory]
    [InlineData("mandates ch", "chart check")]
    [InlineData("mandates chart KF", "KFOR")]
    [InlineData("mandates check KF", "KFOR")]
    [InlineData("mandates check KFOR --task re", "reconnaissance")]
    [InlineData("mandates check ASPIDES --exception ", "emergency rotation transfer")]
    [InlineData("mandates deploy KFOR --task hq", "hq-pristina")]
    [InlineData("mandates record motion KFOR --procedure sub", "subsequent-approval")]
    [InlineData("mandates record vote --result ", "adopted rejected")]
    [InlineData("mandates dip i", "import")]
    [InlineData("mandates us", "users")]
    [InlineData("mandates dea", "deadlines")]
    [InlineData("mandates deadlines --operation KF", "KFOR")]
    [InlineData("mandates rep", "report")]
    [InlineData("mandates report KF", "KFOR")]
    [InlineData("mandates users add alice --role ", "admin operations parliament viewer")]
    public void Bash_completes_commands_operation_ids_tasks_and_exception_kinds(string line, string offered)
    {
        var folder = Directory.CreateTempSubdirectory("mandates-completion-").FullName;
        var shim = Path.Combine(folder, "mandates");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "mandates.dll")}' \"$@\"\n");
        File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        const string complete = """
            source <(mandates completion bash)
            COMP_LINE="$LINE"; COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<< "$LINE"; [[ "$LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            _mandates_complete; echo "${COMPREPLY[*]}"
            """;
        var start = new ProcessStartInfo("bash", ["-c", complete]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = folder + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["LINE"] = line;
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();
        Assert.Equal(offered, output.Trim());
    }

    [Fact]
    public void An_unknown_shell_is_bad_input()
    {
        var run = Cli.Invoke("completion", "fish");
        Assert.Equal(2, run.Exit);
        Assert.Contains("shell: 'fish' is not a shell this command writes for; expected bash or zsh.", run.Err);
    }
}
