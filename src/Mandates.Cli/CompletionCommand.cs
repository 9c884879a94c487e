using System.CommandLine;

namespace Mandates.Cli;

/// <summary>
/// `mandates completion bash`: the script that makes the shell complete commands, options, operation ids and tasks.
/// </summary>
internal static class CompletionCommand
{
    public static Command Create(CommandContext context)
    {
        var shell = new Argument<string>("shell") { Description = "The shell: bash or zsh." };
        shell.CompletionSources.Add("bash", "zsh");
        var command = new Command("completion",
            "Print the shell completion script: `source <(mandates completion bash)` (zsh: `mandates completion zsh`) "
            + "in your shell's startup file. It offers commands, options, operation ids, tasks and areas, "
            + "and allowed words.")
        {
            shell,
        };
        command.SetAction(parsed =>
        {
            var name = parsed.GetValue(shell)!.ToLowerInvariant();
            context.Output.Writer.Write(name switch
            {
                "bash" => Bash,
                "zsh" => "autoload -U +X bashcompinit && bashcompinit\n" + Bash,
                _ => throw new BadInputException(
                    $"shell: '{Arguments.Shown(name)}' is not a shell this command writes for; expected bash or zsh."),
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    // The program completes its own line (System.CommandLine's [suggest] directive), given the line without
    // the program's name and the cursor's place in it.
    private const string Bash = """
        _mandates_complete() {
          local line="${COMP_LINE#*mandates}"
          local point=$((COMP_POINT - ${#COMP_LINE} + ${#line}))
          line="${line# }"; point=$((point > 0 ? point - 1 : 0))
          local IFS=$'\n'
          COMPREPLY=($(compgen -W "$(mandates "[suggest:${point}]" "${line}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _mandates_complete mandates

        """;
}
